import type { ApiErrorBody } from '../src/api/contract.ts';
import { z } from './zod.ts';

/** Every error code the API answers; the last two come only from a real server's limits (server/). */
export const PROBLEM_CODES = [
  'unknown_parameter',
  'invalid_parameter',
  'unknown_country',
  'not_found',
  'method_not_allowed',
  'dataset_unavailable',
  'internal_error',
  'request_too_large',
  'timeout',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The error body, as a schema for the OpenAPI document. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(PROBLEM_CODES), message: z.string(), parameter: z.optional(z.string()) }),
}) satisfies z.ZodMiniType<ApiErrorBody>;

/** An error the API answers with a status and the contract's error body, never a crash. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';

  constructor(
    readonly status: 400 | 404 | 405 | 408 | 413 | 431 | 500 | 503,
    readonly code: ProblemCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.parameter === undefined ? {} : { parameter: this.parameter }) } };
  }
}

export const invalidParameter = (parameter: string, message: string) =>
  new ApiProblem(400, 'invalid_parameter', message, parameter);

export const unknownParameter = (parameter: string) =>
  new ApiProblem(400, 'unknown_parameter', `Unknown parameter "${parameter}".`, parameter);
