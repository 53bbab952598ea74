// A caller's mistake is a 400 in the error shape of its route, never a 500: operations the
// service does not serve, documents built to exhaust validation, and bodies that are not a
// request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import { MAX_SELECTION_NESTING } from '../src/graphql/selection-nesting.ts';

/** A chain of fragments, each spreading the next (the last one back to the first when `cycle`). */
function fragmentChain(length: number, cycle = false): string {
  const fragments = Array.from({ length }, (_, index) => {
    const next = index + 1 < length ? `...F${index + 1}` : cycle ? '...F0' : '__typename';
    return `fragment F${index} on Query { ${next} }`;
  });
  return `query { ...F0 }\n${fragments.join('\n')}`;
}

interface Answer {
  status: number;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } & Record<string, unknown>;
}

describeEachDatabase('client mistakes', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    // Tokens are not the limit under test: a chain of 5,000 fragments is 40,000 of them.
    service = await startTestService(provider, { MAX_TOKENS: '1000000' });
  });
  afterAll(() => service?.stop());

  async function send(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Answer> {
    const tenant = newTenant();
    const credential = await service.as(tenant);
    const response = await fetch(`${service.url}${path.replace('{tenant}', tenant)}`, {
      ...init,
      headers: { ...credential, ...init.headers },
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
  const postJson = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    send('/graphql', { method: 'POST', headers, body });

  /** A 400 in the GraphQL error shape: one error with its message and code, nothing else. */
  function expectGraphqlRefusal(answer: Answer, code: string, message: RegExp) {
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body)).toEqual(['errors']);
    expect(answer.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  }

  it('answers a subscription operation 400: subscriptions are served over WebSocket, not HTTP', async () => {
    for (const query of ['subscription { changes { cursor } }', 'subscription OnChange { changes(types: ["Lunch"]) { uri } }']) {
      expectGraphqlRefusal(await postJson(JSON.stringify({ query })), 'BAD_REQUEST', /^subscriptions are served over WebSocket/);
    }
  });

  it('answers a chain or a cycle of 5,000 fragments 400 before validation recurses through it', async () => {
    for (const query of [fragmentChain(5000), fragmentChain(5000, true), fragmentChain(MAX_SELECTION_NESTING + 1)]) {
      expectGraphqlRefusal(
        await postJson(JSON.stringify({ query })),
        'GRAPHQL_VALIDATION_FAILED',
        /^selections nest \d+ deep through fragments/,
      );
    }
    const nested = `query { ${'... on Query { '.repeat(MAX_SELECTION_NESTING)}__typename${' }'.repeat(MAX_SELECTION_NESTING)} }`;
    expectGraphqlRefusal(await postJson(JSON.stringify({ query: nested })), 'GRAPHQL_VALIDATION_FAILED', /^selections nest 101 deep/);
    // A short cycle is still graphql-js's to name.
    expectGraphqlRefusal(
      await postJson(JSON.stringify({ query: fragmentChain(3, true) })),
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "F0"/,
    );
    const ordinary = await postJson(JSON.stringify({ query: fragmentChain(5) }));
    expect(ordinary).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('answers bodies that are not a GraphQL request 400 in the GraphQL error shape', async () => {
    const cases: Array<[string, Record<string, string> | undefined, RegExp]> = [
      ['{"query": "{ __typename }"', undefined, /^the request body is not valid JSON$/],
      ['"{ __typename }"', undefined, /^the request body is a bare JSON value/],
      ['42', undefined, /^the request body is a bare JSON value/],
      ['null', undefined, /^the request body is a bare JSON value/],
      ['[{"query": "{ __typename }"}]', undefined, /batching/],
      ['{}', undefined, /POST body missing/],
      ['{"query": "{ __typename }", "variables": "{\\"a\\": 1}"}', undefined, /`variables` in a POST body/],
      ['{"query": "{ __typename }", "variables": [1]}', undefined, /`variables` in a POST body must be an object/],
      ['{"query": 5}', undefined, /queries must be strings/],
      ['{"query": "{ __typename }"}', { 'content-type': 'text/plain' }, /Cross-Site Request Forgery/],
      ['{"query": "{ __typename }"}', {}, /Cross-Site Request Forgery/],
      ['{"query": "{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }, /^the request is malformed$/],
    ];
    for (const [body, headers, message] of cases) expectGraphqlRefusal(await postJson(body, headers), 'BAD_REQUEST', message);

    const get = (query: string) =>
      send(`/graphql?${query}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expectGraphqlRefusal(
      await get('query=%7B__typename%7D&variables=%7Bbad'),
      'BAD_REQUEST',
      /variables search parameter contains invalid JSON/,
    );
    expectGraphqlRefusal(await get('query=a&query=b'), 'BAD_REQUEST', /may only be specified once/);
    expectGraphqlRefusal(await get(''), 'BAD_REQUEST', /non-empty `query`/);

    const elsewhere = await send('/no-such-route', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(elsewhere).toEqual({ status: 404, body: { errors: [{ message: 'no such route', extensions: { code: 'NOT_FOUND' } }] } });
  });

  it('answers variables nested 100,000 deep 400 without quoting them', async () => {
    const deep = (open: string, close: string) =>
      `{"query": "query($v: AttributeScalar!) { interactions(filter: { attributes: [{ name: \\"Place\\", value: $v }] }) { totalCount } }", "variables": {"v": ${open.repeat(100_000)}1${close.repeat(100_000)}}}`;
    for (const body of [deep('{"a":', '}'), deep('[', ']')]) {
      const answer = await postJson(body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).not.toMatch(/call stack/i);
    }
  });

  it('answers the Reltio facade 400 in its own shape for bodies that are not a list of items', async () => {
    for (const body of ['[{', '{}', '42']) {
      const answer = await send('/services/reltio/api/{tenant}/interactions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ severity: 'Error', errorCode: 400, details: { code: 'BAD_REQUEST' } });
    }
  });
});
