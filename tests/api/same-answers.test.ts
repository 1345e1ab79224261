import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers.ts';
import { dataSources } from '../../mocks/node.ts';
import { startServer, type RunningServer } from '../../server/start.ts';

/**
 * "A real server could replace the mock", checked: the same requests to the MSW handler and to the Node server
 * get the same status, content headers and bytes, on the real dataset.
 */

const handlers = createHandlers(dataSources);
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ sources: dataSources, log: () => undefined });
});
afterAll(() => server.close());

async function answerOf(response: Response) {
  const header = (name: string) => response.headers.get(name);
  return { status: response.status, type: header('content-type'), disposition: header('content-disposition'), allow: header('allow'), body: await response.text() };
}

/** What each transport answers to the same request (MSW's handler resolved directly: no interception needed). */
async function bothAnswers(target: string, method = 'GET') {
  const mocked = await getResponse(handlers, new Request(`http://localhost${target}`, { method }));
  if (!mocked) throw new Error(`the MSW handler does not answer ${target}`);
  return { mock: await answerOf(mocked), server: await answerOf(await fetch(`${server.url}${target}`, { method })) };
}

describe('the MSW transport and the server answer alike', () => {
  it.each([
    '/api/v1/meta',
    '/api/v1/countries',
    '/api/v1/shares?recipient=IND&from=2021&to=2025',
    '/api/v1/shares?supplier=RUS&mergeSoviet=true&window=5&top=10',
    '/api/v1/shares?by=supplier&from=2000',
    '/api/v1/transfers?supplier=RUS,USA,FRA&recipient=IND,PAK&from=1990',
    '/api/v1/deals?q=mi-35&sort=orderYear:desc',
    '/api/v1/deals?supplier=RUS&page=3&pageSize=100',
    '/api/v1/deals.csv?supplier=RUS&recipient=PAK',
    '/api/v1/deals.csv?category=ships&from=2010&to=2020&yearOf=order',
    '/api/v1/deals/19059',
    '/api/v1/events?country=PAK',
    '/api/v1/claims',
    '/api/v1/openapi.json',
    '/API/V1/Meta/',
    '/api/v1/deals/0',
    '/api/v1/shares?recipient=XYZ',
    '/api/v1/shares?from=2000&from=2001',
    '/api/v1/deals.csv?page=1',
    '/api/v1/meta?verbose=1',
    '/api/v2/meta',
    '/x/api/v1/meta',
  ])('GET %s', async (target) => {
    const { mock, server: real } = await bothAnswers(target);
    expect(real).toEqual(mock);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s on an endpoint: 405 with Allow', async (method) => {
    const { mock, server: real } = await bothAnswers('/api/v1/deals', method);
    expect(real).toEqual(mock);
    expect(real.status).toBe(405);
  });

  it('answers random queries alike', async () => {
    const keys = ['recipient', 'supplier', 'from', 'to', 'window', 'top', 'q', 'page', 'sort', 'colour'];
    const values = fc.oneof(fc.constantFrom('IND', 'RUS', 'USA,FRA', '2000', '5', 'x', '', 'id:desc', '%', '💥'), fc.string({ maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('shares', 'transfers', 'deals', 'events'), fc.array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 4 }), async (endpoint, entries) => {
        const query = new URLSearchParams(entries).toString();
        const { mock, server: real } = await bothAnswers(`/api/v1/${endpoint}?${query}`);
        expect(real).toEqual(mock);
      }),
      { numRuns: 40 },
    );
  });
});
