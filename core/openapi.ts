import { z } from './zod.ts';
import { API_VERSION, UNIT } from '../src/api/contract.ts';
import type { Dataset } from './dataset/dataset.ts';
import type { Endpoint } from './routes.ts';
import { errorBodySchema } from './problem.ts';
import { parameterDocs, type ParameterDoc } from './query-params.ts';

/**
 * API v1 as an OpenAPI 3.1 document, generated from the endpoint table and the very schemas the endpoints
 * validate with (zod's JSON Schema, draft 2020-12, which OpenAPI 3.1 uses). Built per dataset: its country ids,
 * years and categories are part of the schemas.
 */

type JsonSchema = Record<string, unknown>;

const COUNTRY_ID = '#/components/schemas/CountryId';
const ERROR = '#/components/responses/Error';

/** A schema as a client sends it: a query value's text, described by its builder's entry in `parameterDocs`. */
function toJsonSchema(schema: z.core.$ZodType): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const doc = parameterDocs.get(zodSchema);
      if (!doc) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
      Object.assign(jsonSchema, documented(zodSchema, doc));
    },
  });
  return json;
}

function documented(schema: z.core.$ZodType, doc: ParameterDoc): JsonSchema {
  if ('countryId' in doc) return { $ref: COUNTRY_ID };
  if (doc.type === 'array') {
    // list() is a pipe from the text to an array of its items.
    const { element } = (schema as z.ZodMiniPipe<z.ZodMiniType, z.ZodMiniArray<z.ZodMiniType>>).def.out.def;
    return { type: 'array', items: toJsonSchema(element), minItems: doc.minItems, maxItems: doc.maxItems };
  }
  return doc.type === 'string' ? { ...doc, enum: [...doc.enum] } : { ...doc };
}

function parametersOf(endpoint: Endpoint, dataset: Dataset) {
  const query = toJsonSchema(endpoint.query(dataset)) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const path = endpoint.id ? [{ name: 'id', in: 'path', required: true, schema: toJsonSchema(endpoint.id) }] : [];
  return [
    ...path,
    ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query.required?.includes(name) ?? false,
      // A list is comma-separated: supplier=RUS,USA.
      ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
      schema,
    })),
  ];
}

/** `/deals/:id` → `getDealsId`. */
const operationId = (path: string) =>
  `get${path
    .split(/[^a-z]+/i)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('')}`;

export function openApiDocument(dataset: Dataset, endpoints: Record<string, Endpoint>, basePath: string) {
  const { release, citation, url } = dataset.source;
  const paths = Object.fromEntries(
    Object.entries(endpoints).map(([path, endpoint]) => [
      path.replace(':id', '{id}'),
      {
        get: {
          operationId: operationId(path),
          summary: endpoint.summary,
          parameters: parametersOf(endpoint, dataset),
          responses: {
            '200': {
              description: endpoint.summary,
              content: { [endpoint.produces]: { schema: endpoint.produces === 'text/csv' ? { type: 'string' } : { type: 'object' } } },
            },
            '400': { $ref: ERROR },
            ...(endpoint.id ? { '404': { $ref: ERROR } } : {}),
            default: { $ref: ERROR },
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Arms Transfer Tracker API',
      version: API_VERSION,
      description:
        `A read-only API over the SIPRI Arms Transfers Database, ${release} release. Volumes are ${UNIT}: SIPRI's ` +
        `trend-indicator value, a measure of military capability transferred, not US dollars. Every parameter is ` +
        `checked: an unknown one, or one given twice, is a 400 error. ${citation}`,
    },
    externalDocs: { description: 'The SIPRI Arms Transfers Database', url },
    servers: [{ url: basePath }],
    paths,
    components: {
      schemas: {
        CountryId: {
          type: 'string',
          description: 'A country id, as /countries lists them: ISO 3166-1 alpha-3 for states (IND), SIPRI historical states (SUN), slugs for groups and organisations (nato).',
          enum: [...dataset.countries.keys()].sort(),
        },
        Error: toJsonSchema(errorBodySchema),
      },
      responses: {
        Error: {
          description: 'An error: the status says which kind, the body says what was wrong (and which parameter).',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
