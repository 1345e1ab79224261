import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../core/routes.ts';
import { dataSources } from '../../mocks/node.ts';

/**
 * One contract: the endpoints and parameters docs/api.md documents are those the OpenAPI document describes,
 * and those the API takes (the document is generated from the schemas the endpoints validate with).
 */

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: Record<string, unknown>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, { get: { parameters: Parameter[]; responses: Record<string, unknown> } }>;
  components: Record<string, Record<string, unknown>>;
}

const api = createApi(dataSources);
/** A CSV file is a 200 like any other here. */
const get = async (path: string): Promise<{ status: number; body: object }> => {
  const answer = await api.answer('GET', new URL(`http://localhost/api/v1${path}`));
  return answer.kind === 'json' ? answer : { status: 200, body: {} };
};

/** Each `## GET /api/v1/…` section of docs/api.md: the names in its parameter table, required where it says so. */
async function documentedEndpoints(): Promise<Map<string, Map<string, { required: boolean }>>> {
  const markdown = await readFile(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const endpoints = new Map<string, Map<string, { required: boolean }>>();
  for (const section of markdown.split(/^## /m)) {
    const path = /^`GET \/api\/v1(\/[^`]*)`/.exec(section)?.[1];
    if (!path) continue;
    const lines = section.split('\n');
    const header = lines.findIndex((line) => /^\|\s*parameter\s*\|/.test(line));
    const parameters = new Map<string, { required: boolean }>();
    if (header < 0) {
      expect(section.replace(/\s+/g, ' '), `${path}: neither a parameter table nor "No parameters."`).toContain('No parameters.');
    } else {
      for (const row of lines.slice(header + 2)) {
        if (!row.startsWith('|')) break;
        const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
        for (const [, name] of cells[0]!.matchAll(/`([^`]+)`/g)) parameters.set(name!, { required: cells.at(-1) === 'required' });
      }
    }
    endpoints.set(path, parameters);
  }
  return endpoints;
}

let document: OpenApiDocument;
let documented: Map<string, Map<string, { required: boolean }>>;

beforeAll(async () => {
  const answer = await get('/openapi.json');
  expect(answer.status).toBe(200);
  document = answer.body as OpenApiDocument;
  documented = await documentedEndpoints();
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1, and every $ref in it resolves', async () => {
    expect(document.openapi).toBe('3.1.0');
    expect(await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>)).toEqual({ valid: true });
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const [, section, name] = /#\/components\/(\w+)\/(\w+)/.exec(ref) ?? [];
      expect(document.components[section!]?.[name!], ref).toBeDefined();
    }
  });

  it('describes exactly the endpoints docs/api.md documents', () => {
    expect(documented.size).toBeGreaterThanOrEqual(10);
    expect(Object.keys(document.paths).sort()).toEqual([...documented.keys()].map((path) => path.replace(':id', '{id}')).sort());
  });

  it('with the same parameters, required where the docs say so', () => {
    for (const [path, parameters] of documented) {
      const operation = document.paths[path.replace(':id', '{id}')]!.get;
      const query = operation.parameters.filter((p) => p.in === 'query');
      expect(Object.fromEntries(query.map((p) => [p.name, { required: p.required }])), path).toEqual(Object.fromEntries(parameters));
      expect(operation.parameters.filter((p) => p.in === 'path').map((p) => p.name), path).toEqual(path.includes(':id') ? ['id'] : []);
    }
  });

  it('names parameters the API takes, and the API takes no other', async () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const endpoint = path.replace('{id}', '1');
      const parameters = item.get.parameters.filter((p) => p.in === 'query');
      const required = parameters.filter((p) => p.required).map((p) => `${p.name}=IND`);
      for (const { name } of parameters) {
        const { status, body } = await get(`${endpoint}?${[...required.filter((r) => !r.startsWith(`${name}=`)), `${name}=%00`].join('&')}`);
        const error = (body as { error?: { code: string; parameter?: string } }).error;
        expect(status === 200 || error?.code !== 'unknown_parameter', `${path}?${name}`).toBe(true);
      }
      const { body } = await get(`${endpoint}?${[...required, 'undocumented=1'].join('&')}`);
      expect(body, path).toEqual({ error: expect.objectContaining({ code: 'unknown_parameter', parameter: 'undocumented' }) });
    }
  });

  it('gives the checks the API makes: ranges, allowed values, lists of country ids', () => {
    const shares = document.paths['/shares']!.get.parameters;
    const byName = (name: string) => shares.find((p) => p.name === name)!.schema;
    expect(byName('from')).toEqual({ type: 'integer', minimum: 1950, maximum: 2025 });
    expect(byName('window')).toEqual({ type: 'string', enum: ['1', '5'] });
    expect(byName('mergeSoviet')).toEqual({ type: 'boolean' });
    expect(byName('recipient')).toEqual({ $ref: '#/components/schemas/CountryId' });
    const supplier = document.paths['/transfers']!.get.parameters.find((p) => p.name === 'supplier')!;
    expect(supplier).toMatchObject({ required: true, style: 'form', explode: false, schema: { type: 'array', items: { $ref: '#/components/schemas/CountryId' }, maxItems: 50 } });
    expect(document.components.schemas!.CountryId).toMatchObject({ type: 'string', enum: expect.arrayContaining(['IND', 'RUS', 'SUN']) });
    expect((document.components.schemas!.CountryId as { enum: string[] }).enum).toHaveLength(257);
  });
});
