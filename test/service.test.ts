import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { bearer, signToken } from './helpers/credentials.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';

const TYPENAME = graphql(`
  query ServiceTypename {
    __typename
  }
`);

const TENANT_CONFIGURATION = graphql(`
  query ServiceTenantConfiguration {
    sources {
      uri
      name
      isDefault
    }
    entityTypes {
      uri
    }
    interactionTypes {
      uri
    }
  }
`);

const KNOWN_AND_UNKNOWN_SOURCE = graphql(`
  query ServiceKnownAndUnknownSource {
    known: source(uri: "configuration/sources/Default") {
      name
    }
    unknown: source(uri: "configuration/sources/Nope") {
      name
    }
  }
`);

const SOURCE_URIS = graphql(`
  query ServiceSourceUris {
    sources {
      uri
    }
  }
`);

describeEachDatabase('HTTP service', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  it('answers a GraphQL query on /graphql', async () => {
    const tenant = newTenant();
    const response = await service.graphql(tenant, TYPENAME);
    expect(response).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    // A tenant's answers are never for shared caches, GET ones included.
    expect(response.headers?.get('cache-control')).toBe('no-store');
    const get = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { ...(await service.as(tenant)), 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('no-store');
  });

  it('reports liveness on /health and readiness on /ready', async () => {
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('gives every provisioned tenant its default source, and nothing of other tenants', async () => {
    const first = await service.graphql(newTenant(), TENANT_CONFIGURATION);
    const second = await service.graphql(newTenant(), TENANT_CONFIGURATION);
    const expected = {
      sources: [{ uri: 'configuration/sources/Default', name: 'Default', isDefault: true }],
      entityTypes: [],
      interactionTypes: [],
    };
    expect(first.data).toEqual(expected);
    expect(second.data).toEqual(expected);
  });

  it('reads a source by URI and answers null for an unknown one', async () => {
    const tenant = newTenant();
    const response = await service.graphql(tenant, KNOWN_AND_UNKNOWN_SOURCE);
    expect(response.data).toEqual({ known: { name: 'Default' }, unknown: null });
  });

  it('refuses a malformed tenant header with 400 and a documented code', async () => {
    const operator = bearer(await signToken({ sub: 'ops', roles: ['operator'], tenant: '*' }));
    const response = await service.post(SOURCE_URIS, undefined, { ...operator, 'x-tenant-id': 'not a tenant!' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('asks an operator acting on no tenant to name one for tenant operations', async () => {
    const operator = bearer(await signToken({ sub: 'ops', roles: ['operator'], tenant: '*' }));
    const response = await service.post(SOURCE_URIS, undefined, operator);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'TENANT_REQUIRED' });
    expect(response.errors?.[0]?.message).toContain('x-tenant-id');
  });

  it('answers 404 for unknown routes and 405 for wrong methods', async () => {
    expect((await fetch(`${service.url}/nowhere`)).status).toBe(404);
    const wrongMethod = await fetch(`${service.url}/health`, { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect((await fetch(`${service.url}/graphql`, { method: 'PUT' })).status).toBe(405);
    expect((await fetch(`${service.url}/graphql`, { method: 'DELETE' })).status).toBe(405);
  });

  it('answers malformed requests with 400 and no internals', async () => {
    const credential = await service.as(newTenant());
    const badJson = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credential },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    const text = await badJson.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    // Deliberately invalid (an unknown field), so a plain string.
    const badQuery = await service.graphql(newTenant(), '{ noSuchField }');
    expect(badQuery.status).toBe(400);
    expect(badQuery.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(badQuery)).not.toContain('stacktrace');
    // Subscriptions are served over WebSocket only.
    const subscription = await service.graphql(newTenant(), 'subscription { changes { uri } }');
    expect(subscription.status).toBe(400);
    expect(subscription.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
