import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signToken } from './helpers/credentials.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { aliasedBatchMutation, aliasesQuery, manyTokensQuery, nestedTimelineQuery } from '../src/bench/hostile-requests.ts';
import { createDemoPeople, interactionCount, lunch } from './helpers/interactions.ts';
import { newTenant, startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';

const TYPENAME = graphql(`
  query LimitsTypename {
    __typename
  }
`);
const INTROSPECTION = graphql(`
  query LimitsIntrospectionQueryType {
    __schema {
      queryType {
        name
      }
    }
  }
`);

/** The data of a response, failing the test with the whole response when there is none. */
function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.data == null) throw new Error(`no data: ${JSON.stringify(response)}`);
  return response.data;
}

function expectRefused(response: GraphQLResponse<unknown>, status = 400) {
  expect(response.status).toBe(status);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
}

describeEachDatabase('request limits', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  it('advertises its limits', async () => {
    const { data } = await service.graphql(
      newTenant(),
      graphql(`
        query LimitsAdvertised {
          limits {
            maxBatchSize
            maxValuesPerAttribute
            maxMembersPerParticipant
            maxCrosswalksPerObject
            maxRequestValues
            maxBodyBytes
            maxDepth
            maxAliases
            maxTokens
            maxCost
            maxPageSize
            rateLimitRequests
            rateLimitWindowSeconds
          }
        }
      `),
    );
    expect(data?.limits).toEqual({
      maxBatchSize: 1000,
      maxValuesPerAttribute: 100,
      maxMembersPerParticipant: 1000,
      maxCrosswalksPerObject: 100,
      maxRequestValues: 100_000,
      maxBodyBytes: 5 * 1024 * 1024,
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 10_000,
      maxCost: 500_000,
      maxPageSize: 500,
      rateLimitRequests: 1200,
      rateLimitWindowSeconds: 60,
    });
  });

  it('refuses nested timelines (entity → interactions → members → entity …) by depth and by cost, before anything runs', async () => {
    const tenant = newTenant();
    const deep = await service.graphql(tenant, nestedTimelineQuery(3));
    expectRefused(deep);
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    // Two cycles are within the depth limit; their estimated answer is not within the cost limit.
    const costly = await service.graphql(tenant, nestedTimelineQuery(2));
    expectRefused(costly);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'QUERY_TOO_COSTLY', maxCost: 500_000 });
    // Smaller pages make the same shape affordable.
    const paged = await service.graphql(
      tenant,
      '{ entity(uri: "entities/000000000000") { interactions(first: 5) { nodes { members { members { entity { interactions(first: 5) { nodes { uri } } } } } } } } }',
    );
    expect(paged).toMatchObject({ status: 200, data: { entity: null } });
  });

  it('estimates one document anew for each page size and @include condition it is sent with', async () => {
    const tenant = newTenant();
    // The service keeps estimates per document: a cheap estimate must not let the same text through with bigger pages.
    const query = `query($outer: Int, $inner: Int, $deep: Boolean!) { entity(uri: "entities/000000000000") {
      interactions(first: $outer) { nodes { uri members { members { entity {
        interactions(first: $inner) @include(if: $deep) { nodes { uri } } } } } } } } }`;
    const send = (outer: number | null, inner: number | null, deep: boolean) => service.graphql(tenant, query, { outer, inner, deep });
    const tooCostly = { code: 'BAD_REQUEST', reason: 'QUERY_TOO_COSTLY', maxCost: 500_000 };
    expect(await send(5, 5, true)).toMatchObject({ status: 200, data: { entity: null } });
    const bigger = await send(500, 500, true);
    expectRefused(bigger);
    expect(bigger.errors?.[0]?.extensions).toMatchObject(tooCostly);
    expect(await send(500, 500, false)).toMatchObject({ status: 200, data: { entity: null } });
    // Null pages are the default page size (50): 500 × 25 × 50 members' timelines is over the limit too.
    expect((await send(500, null, true)).errors?.[0]?.extensions).toMatchObject(tooCostly);
    expect(await send(5, 5, true)).toMatchObject({ status: 200, data: { entity: null } });
    // A page size of the wrong type is the usual input error, also when the estimate kept for
    // the values that are right (outer left out: the default page) is over the limit.
    const keptOverLimit = await service.graphql(tenant, query, { inner: 500, deep: true });
    expect(keptOverLimit.errors?.[0]?.extensions).toMatchObject(tooCostly);
    const mistyped = await service.graphql(tenant, query, { outer: '500', inner: 500, deep: true });
    expect(mistyped.status).toBe(400);
    expect(mistyped.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('estimates one batch mutation anew for each number of items it is sent with', async () => {
    const tenant = newTenant();
    const mutation = `mutation($items: [InteractionInput!]!) { createInteractions(interactions: $items) {
      uri object { members { members { entity { interactions(first: 100) { nodes { uri } } } } } } } }`;
    const item = { type: 'NoSuchType', timestamp: 1_700_000_000_000 };
    const one = await service.graphql(tenant, mutation, { items: [item] });
    expect(one.status).toBe(200);
    expect(one.errors).toBeUndefined();
    const many = await service.graphql(tenant, mutation, { items: Array.from({ length: 400 }, () => item) });
    expectRefused(many);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'QUERY_TOO_COSTLY' });
    expect(await service.graphql(tenant, mutation, { items: [item] })).toMatchObject({ status: 200 });
  });

  it('refuses 2,000 aliases and a 100,000-token query with 400', async () => {
    const tenant = newTenant();
    // 2,000 aliases are also more tokens than allowed: whichever limit is met first refuses them.
    expectRefused(await service.graphql(tenant, aliasesQuery(2000)));
    const aliases = await service.graphql(tenant, aliasesQuery(31));
    expectRefused(aliases);
    expect(aliases.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
    expect((await service.graphql(tenant, aliasesQuery(30))).status).toBe(200);
    const tokens = await service.graphql(tenant, manyTokensQuery(100_000));
    expectRefused(tokens);
    expect(tokens.errors?.[0]?.message).toMatch(/Document contains more th\w+ 10000 tokens/);
  });

  it('counts batch items across aliases and fields: 100 aliased batches, or 2 × 600, are refused whole and store nothing', async () => {
    const tenant = await demoTenant(service);
    const people = await createDemoPeople(service, tenant);
    const batch = (size: number) => Array.from({ length: size }, () => lunch(people.john));
    const hundred = await service.graphql(tenant, aliasedBatchMutation(100), { interactions: batch(1000) });
    expectRefused(hundred);
    const twice = await service.graphql(tenant, aliasedBatchMutation(2), { interactions: batch(600) });
    expectRefused(twice);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'BATCH_TOO_LARGE', maxBatchSize: 1000 });
    // Different batch fields count together too.
    const mixed = await service.graphql(
      tenant,
      graphql(`
        mutation LimitsCreateAndDeleteInteractions($interactions: [InteractionInput!]!, $uris: [String!]!) {
          createInteractions(interactions: $interactions) {
            status
          }
          deleteInteractions(uris: $uris) {
            status
          }
        }
      `),
      { interactions: batch(900), uris: Array.from({ length: 101 }, (_, index) => `interactions/${String(index).padStart(12, '0')}`) },
    );
    expectRefused(mixed);
    expect(await interactionCount(service, tenant)).toBe(0);
    // Exactly the limit, across two aliases, is accepted.
    const accepted = await service.graphql(tenant, aliasedBatchMutation(2), { interactions: batch(500) });
    expect(accepted.status).toBe(200);
    expect(await interactionCount(service, tenant)).toBe(1000);
  });

  it('caps values per attribute per item, and values per request as a whole', async () => {
    const tenant = await demoTenant(service);
    const people = await createDemoPeople(service, tenant);
    const notes = (count: number) => ({ name: 'Notes', values: Array.from({ length: count }, (_, index) => `note ${index}`) });
    const CREATE = graphql(`
      mutation LimitsCreateInteractionsWithValueErrors($interactions: [InteractionInput!]!) {
        createInteractions(interactions: $interactions) {
          status
          errors {
            code
            name
            path
            message
          }
        }
      }
    `);
    const perItem = await service.graphql(tenant, CREATE, {
      interactions: [lunch(people.john, { attributes: [notes(101)] }), lunch(people.john, { attributes: [notes(100)] })],
    });
    expect(perItem.status).toBe(200);
    expect(perItem.data?.createInteractions[0]).toMatchObject({
      status: 'FAILED',
      errors: [
        { code: 2005, name: 'TOO_MANY_VALUES', path: ['attributes', '0', 'values'], message: 'Notes takes at most 100 values, got 101' },
      ],
    });
    expect(perItem.data?.createInteractions[1]?.status).toBe('OK');

    // 1,000 inputs × 1,000 values (the million values that once blocked every caller) is refused whole.
    const million = Array.from({ length: 1000 }, () =>
      lunch(people.john, { attributes: [{ name: 'Notes', values: Array<string>(1000).fill('n') }] }),
    );
    const whole = await service.graphql(tenant, CREATE, { interactions: million });
    expectRefused(whole);
    expect(whole.errors?.[0]?.extensions).toMatchObject({ reason: 'REQUEST_TOO_LARGE', maxRequestValues: 100_000 });
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('answers a malformed item, never 500, for variables nested far deeper than any input type, with an Idempotency-Key too', async () => {
    const credential = await service.as(newTenant());
    const createEntities = graphql(`
      mutation LimitsCreateEntityStatuses($entities: [EntityInput!]!) {
        createEntities(entities: $entities) {
          status
        }
      }
    `);
    const query = JSON.stringify(String(createEntities));
    // Written as text: JSON.stringify itself cannot nest this deep. Lists fewer than the
    // request's MAX_REQUEST_VALUES elements; objects as deep as 2 MB of body go.
    const deepLists = `${'['.repeat(90_000)}${']'.repeat(90_000)}`;
    const deepObjects = `[${'{"type":'.repeat(200_000)}"Individual"${'}'.repeat(200_000)}]`;
    // Each also with an Idempotency-Key, whose request hash reads the variables as deep as they go.
    const requests = Object.entries({ deepLists, deepObjects }).flatMap(([name, entities]) => [
      { entities, key: null },
      { entities, key: name },
    ]);
    for (const { entities, key } of requests) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...credential, ...(key ? { 'Idempotency-Key': key } : {}) },
        body: `{"query":${query},"variables":{"entities":${entities}}}`,
      });
      // Each item fails alone: an item is read one level at a time, however deep it goes.
      expect(response.status, key ?? 'without a key').toBe(200);
      const body = (await response.json()) as { data: { createEntities: Array<{ status: string }> } };
      expect(body.data.createEntities).toEqual([{ status: 'FAILED' }]);
    }
  });

  it('answers a body over the limit with 413 in the GraphQL error shape', async () => {
    const credential = await service.as(newTenant());
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credential },
      body: JSON.stringify({ query: String(TYPENAME), variables: { padding: 'x'.repeat(6 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `the request body is larger than the ${5 * 1024 * 1024} bytes the service accepts`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', maxBodyBytes: 5 * 1024 * 1024 },
        },
      ],
    });
  });

  it('quotes at most a short prefix of an offending value in its errors', async () => {
    const tenant = await demoTenant(service);
    const people = await createDemoPeople(service, tenant);
    const huge = 'x'.repeat(1024 * 1024);
    const timestamp = await service.graphql(
      tenant,
      graphql(`
        mutation LimitsCreateInteractionStatuses($interactions: [InteractionInput!]!) {
          createInteractions(interactions: $interactions) {
            status
          }
        }
      `),
      { interactions: [{ ...lunch(people.john), timestamp: huge }] },
    );
    // A malformed item: it fails alone, and its message quotes a prefix of the value.
    expect(timestamp.status).toBe(200);
    expect(timestamp.data?.createInteractions).toEqual([{ status: 'FAILED' }]);
    expect(JSON.stringify(timestamp).length).toBeLessThan(2000);
    const literal = await service.graphql(tenant, `{ interactions(filter: { from: "${huge}" }) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(JSON.stringify(literal).length).toBeLessThan(2000);
    const items = await service.graphql(
      tenant,
      graphql(`
        mutation LimitsCreateInteractionErrorMessages($interactions: [InteractionInput!]!) {
          createInteractions(interactions: $interactions) {
            errors {
              message
            }
          }
        }
      `),
      {
        interactions: [
          { type: huge },
          lunch(people.john, { attributes: [{ name: 'Place', values: [huge] }] }),
          lunch(people.john, { attributes: [{ name: huge, values: ['a'] }] }),
        ],
      },
    );
    expect(items.status).toBe(200);
    for (const result of dataOf(items).createInteractions) expect(JSON.stringify(result).length).toBeLessThan(1200);
  });

  it('keeps serving other callers while hostile requests are refused', async () => {
    const tenant = await demoTenant(service);
    const hostile = [nestedTimelineQuery(3), nestedTimelineQuery(2), aliasesQuery(2000), manyTokensQuery(100_000)];
    const attacks = Array.from({ length: 20 }, (_, index) => service.graphql(tenant, hostile[index % hostile.length]!));
    const interactionTypeNames = graphql(`
      query LimitsInteractionTypeNames {
        interactionTypes {
          name
        }
      }
    `);
    const normal = Array.from({ length: 20 }, () => service.graphql(tenant, interactionTypeNames));
    const [refused, served] = await Promise.all([Promise.all(attacks), Promise.all(normal)]);
    expect(refused.every((response) => response.status === 400)).toBe(true);
    expect(served.every((response) => response.status === 200 && (response.data?.interactionTypes.length ?? 0) > 0)).toBe(true);
  });

  it('has introspection on outside production, for the playground and codegen', async () => {
    const response = await service.graphql(newTenant(), INTROSPECTION);
    expect(response).toMatchObject({ status: 200, data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describeEachDatabase('caps on what one object holds', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider, { MAX_MEMBERS_PER_PARTICIPANT: '3', MAX_CROSSWALKS_PER_OBJECT: '2' });
  });
  afterAll(() => service?.stop());

  it('refuses more members of a participant than the service takes, whatever maxOccurs allows (2106), on that item only', async () => {
    const tenant = await demoTenant(service);
    const people = await createDemoPeople(service, tenant);
    const participants = (uris: string[]) => ({ participant: 'Participants', members: uris.map((objectURI) => ({ objectURI })) });
    const CREATE = graphql(`
      mutation LimitsCreateInteractionsWithMemberErrors($interactions: [InteractionInput!]!) {
        createInteractions(interactions: $interactions) {
          status
          errors {
            code
            message
            path
          }
        }
      }
    `);
    const response = await service.graphql(tenant, CREATE, {
      interactions: [
        lunch(people.john, { members: [participants([people.san, people.josh, people.marc, people.ann])] }),
        lunch(people.john, { members: [participants([people.san, people.josh, people.marc])] }),
      ],
    });
    expect(response.data?.createInteractions).toEqual([
      { status: 'FAILED', errors: [{ code: 2106, message: 'Participants takes at most 3 members, got 4', path: ['members', '1'] }] },
      { status: 'OK', errors: [] },
    ]);
  });

  it('keeps an entity to MAX_CROSSWALKS_PER_OBJECT crosswalks, also when they are added one update at a time (2011)', async () => {
    const tenant = await demoTenant(service);
    const CREATE = graphql(`
      mutation LimitsCreateEntitiesWithErrors($entities: [EntityInput!]!) {
        createEntities(entities: $entities) {
          uri
          status
          errors {
            code
            message
          }
        }
      }
    `);
    const person = (crosswalks: string[]) => ({
      type: 'Individual',
      attributes: [{ name: 'FullName', values: ['Crosswalk Collector'] }],
      crosswalks: crosswalks.map((value) => ({ source: 'Salesforce', value })),
    });
    const [tooMany, two] = dataOf(
      await service.graphql(tenant, CREATE, { entities: [person(['a', 'b', 'c']), person(['d', 'e'])] }),
    ).createEntities;
    expect(tooMany).toMatchObject({
      status: 'FAILED',
      errors: [{ code: 2011, message: 'an object has at most 2 crosswalks; this one would have 3' }],
    });
    expect(two?.status).toBe('OK');
    expect(two?.uri).toEqual(expect.any(String));
    const UPDATE = graphql(`
      mutation LimitsAddEntityCrosswalks($uri: String!, $add: [CrosswalkInput!]) {
        updateEntity(uri: $uri, addCrosswalks: $add) {
          status
          errors {
            code
            message
          }
        }
      }
    `);
    const third = await service.graphql(tenant, UPDATE, { uri: two!.uri!, add: [{ source: 'AMA', value: 'f' }] });
    expect(third.data?.updateEntity).toMatchObject({
      status: 'FAILED',
      errors: [{ code: 2011, message: 'an object has at most 2 crosswalks; this one would have 3' }],
    });
    expect(await service.database.db.entityCrosswalk.count({ where: { tenantId: tenant } })).toBe(2);
  });
});

// Sequential: one test takes the shared counters' table away from the others for a while.
describeEachDatabase.sequential('rate limit', (provider) => {
  let service: TestService;
  let other: TestService;
  beforeAll(async () => {
    service = await startTestService(provider, { RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    // A second API process on the same database, as in a scaled-out deployment.
    other = await startTestService(provider, {
      DATABASE_URL: service.databaseUrl,
      RATE_LIMIT_REQUESTS: '5',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(async () => {
    await other?.stop();
    await service?.stop();
  });

  it('answers 429 with Retry-After once a credential has used its budget, and leaves other credentials alone', async () => {
    const tenant = newTenant();
    await service.provision(tenant);
    const greedy = bearer(await signToken({ sub: `greedy-${tenant}`, tenant, roles: ['reader'] }));
    const statuses: number[] = [];
    for (let index = 0; index < 5; index++) statuses.push((await service.post(TYPENAME, undefined, greedy)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await service.post(TYPENAME, undefined, greedy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers?.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const polite = bearer(await signToken({ sub: `polite-${tenant}`, tenant, roles: ['reader'] }));
    expect((await service.post(TYPENAME, undefined, polite)).status).toBe(200);
  });

  if (provider === 'postgresql')
    it('keeps counting per process while the shared store fails, and shares again once it is back', async () => {
      const tenant = newTenant();
      await service.provision(tenant);
      const credential = bearer(await signToken({ sub: `store-${tenant}`, tenant, roles: ['reader'] }));
      const db = service.database.db;
      await db.$executeRawUnsafe('ALTER TABLE "RateLimitCounter" RENAME TO "RateLimitCounterAway"');
      try {
        const statuses: number[] = [];
        for (let index = 0; index < 6; index++) statuses.push((await service.post(TYPENAME, undefined, credential)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      } finally {
        await db.$executeRawUnsafe('ALTER TABLE "RateLimitCounterAway" RENAME TO "RateLimitCounter"');
      }
      const other = bearer(await signToken({ sub: `store-again-${tenant}`, tenant, roles: ['reader'] }));
      for (let index = 0; index < 3; index++) expect((await service.post(TYPENAME, undefined, other)).status).toBe(200);
      expect(
        await db.$queryRawUnsafe<unknown[]>('SELECT key FROM "RateLimitCounter" WHERE key LIKE $1', `%store-again-${tenant}`),
      ).toHaveLength(1);
    });

  it(`shares one budget between the API processes of a database${provider === 'sqlite' ? ' (per process on SQLite)' : ''}`, async () => {
    const tenant = newTenant();
    await service.provision(tenant);
    const credential = bearer(await signToken({ sub: `shared-${tenant}`, tenant, roles: ['reader'] }));
    for (let index = 0; index < 3; index++) expect((await service.post(TYPENAME, undefined, credential)).status).toBe(200);
    const onOther: number[] = [];
    for (let index = 0; index < 3; index++) onOther.push((await other.post(TYPENAME, undefined, credential)).status);
    expect(onOther).toEqual(provider === 'postgresql' ? [200, 200, 429] : [200, 200, 200]);
  });
});

describe('CORS and introspection settings', () => {
  let service: TestService;
  let closed: TestService;
  beforeAll(async () => {
    service = await startTestService('sqlite', { CORS_ORIGINS: 'https://app.example.com' });
    closed = await startTestService('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await service?.stop();
    await closed?.stop();
  });

  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-tenant-id',
      },
    });

  it('lets an allowed origin call the API from a browser, and no other', async () => {
    const allowed = await preflight(service.url, 'https://app.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const refused = await preflight(service.url, 'https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const noCors = await preflight(closed.url, 'https://app.example.com');
    expect(noCors.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('turns introspection and field suggestions off in production', async () => {
    const tenant = newTenant();
    const introspection = await closed.graphql(tenant, INTROSPECTION);
    expect(introspection.status).toBe(400);
    const typo = await closed.graphql(tenant, '{ sourcez { name } }');
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).not.toContain('Did you mean');
  });
});
