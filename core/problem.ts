import type { ApiErrorBody } from '../src/api/contract.ts';

export type ProblemCode =
  | 'unknown_parameter'
  | 'invalid_parameter'
  | 'unknown_country'
  | 'not_found'
  | 'method_not_allowed'
  | 'dataset_unavailable'
  | 'internal_error';

/** An error the API answers with a status and the contract's error body, never a crash. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';

  constructor(
    readonly status: 400 | 404 | 405 | 500,
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
