// The MXO-compatible endpoint (/one/oauth2/rt/api/2.0/...) spoken to as an MXO touchpoint
// would: the second source document's example (a POST with site key, touchpoint URI and
// customer key, then requests carrying only the returned tid), anonymous visitors who
// identify later, offline interactions one by one and 100 at a time, and its refusals.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

// The document's example parameters: its site key names the tenant (a space per tenant).
const TOUCHPOINT = 'api://my.touchpoint/customer/interaction';
const CUSTOMER_KEY = 'my-customer-id';
const T0 = Date.UTC(2026, 10, 1);

const CONFIGURE = `mutation ($document: ConfigurationInput!) { applyConfiguration(input: $document, mode: MERGE) { ok errors { name message path } } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri errors { name message } } }`;
const CREATE_API_KEY = `mutation { createApiKey(input: { role: WRITER, name: "touchpoint" }) { key } }`;
const IDENTIFY = `mutation ($anonymousId: String!, $customer: CustomerReference!) {
  identify(anonymousId: $anonymousId, customer: $customer) { interactionsMoved alreadyIdentified } }`;
const TIMELINE = `query ($uri: String!) { entity(uri: $uri) { interactions(order: ASC, first: 200) { totalCount nodes {
  uri timestamp type { name } attributes { name values { value } } } } } }`;
const BY_ANONYMOUS_ID = `query ($id: String!) { entityByAnonymousId(anonymousId: $id) { uri type { name } } }`;

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}
interface TimelineNode {
  uri: string;
  timestamp: number;
  type: { name: string };
  attributes: Array<{ name: string; values: Array<{ value: unknown }> }>;
}

describeEachDatabase('MXO-compatible interaction endpoint', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** A demo tenant whose CustomerInteraction type records the document's touchpoint, with a known customer. */
  async function space(prefix: string) {
    const tenant = await demoTenant(service, prefix);
    const configured = await service.graphql(tenant, CONFIGURE, {
      document: {
        sources: [{ name: 'customerkey', label: 'MXO customer key' }],
        entityTypes: [{ name: 'Visitor', anonymousProfiles: true }],
        interactionTypes: [
          {
            name: 'CustomerInteraction',
            attributes: [
              { name: 'Page', valueType: 'STRING' },
              { name: 'Basket', valueType: 'FLOAT' },
            ],
            participants: [{ name: 'Customer', entityTypes: ['Visitor', 'Individual'], minOccurs: 1, maxOccurs: 1 }],
            primaryParticipant: 'Customer',
            touchpoints: [TOUCHPOINT],
          },
        ],
      },
    });
    expect(configured.data).toEqual({ applyConfiguration: { ok: true, errors: [] } });
    const customerInput = { ...individual('Ann Roman'), crosswalks: [{ source: 'customerkey', value: CUSTOMER_KEY }] };
    const created = await service.graphql(tenant, CREATE_ENTITIES, { entities: [customerInput] });
    const customer = (created.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    return { tenant, customer };
  }

  async function send(method: string, path: string, tenant: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const credential = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
      ? {}
      : await service.as(tenant, { roles: ['writer'] });
    const response = await fetch(`${service.url}/one/oauth2/rt/api/2.0${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...credential, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  }
  // Attributes as { name, values } with the values themselves.
  const plain = (node: TimelineNode) => node.attributes.map(({ name, values }) => ({ name, values: values.map((value) => value.value) }));
  const timeline = async (tenant: string, uri: string) =>
    ((await service.graphql(tenant, TIMELINE, { uri })).data as { entity: { interactions: { totalCount: number; nodes: TimelineNode[] } } })
      .entity.interactions;

  it("records the document's example: a customer's POST returns a tid; requests with only that tid are the customer's", async () => {
    const { tenant, customer } = await space('mxo');
    const first = await send('POST', `/interaction?sk=${tenant}`, tenant, {
      url: TOUCHPOINT,
      customerKey: CUSTOMER_KEY,
      timestamp: T0 + 1_000,
      properties: [{ name: 'Page', value: 'home' }],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statusCode: 200, optimizations: [] });
    const tid = first.body.tid as string;
    expect(tid).toMatch(/^[0-9a-f-]{36}$/);

    const second = await send('PUT', `/interaction?sk=${tenant}&tid=${tid}`, tenant, {
      url: TOUCHPOINT,
      timestamp: T0 + 2_000,
      properties: [{ name: 'Page', value: 'offers' }],
    });
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ statusCode: 200, tid });

    // The tid is the customer's already: identify says so, and moves nothing.
    const identified = await service.graphql(tenant, IDENTIFY, { anonymousId: tid, customer: { objectURI: customer } });
    expect(identified.data).toEqual({ identify: { interactionsMoved: 0, alreadyIdentified: true } });
    const history = await timeline(tenant, customer);
    expect(history.nodes.map((node) => [node.timestamp, plain(node)])).toEqual([
      [T0 + 1_000, [{ name: 'Page', values: ['home'] }]],
      [T0 + 2_000, [{ name: 'Page', values: ['offers'] }]],
    ]);
  });

  it('records an anonymous visitor under a new tid, and gives the history to the customer once identified', async () => {
    const { tenant, customer } = await space('mxo-anon');
    const first = await send('POST', `/interaction?sk=${tenant}`, tenant, { url: TOUCHPOINT, timestamp: T0 + 1_000 });
    expect(first.status).toBe(200);
    const tid = first.body.tid as string;
    const again = await send('PUT', `/interaction?sk=${tenant}&tid=${tid}`, tenant, { url: TOUCHPOINT, timestamp: T0 + 3_000 });
    expect(again.body).toEqual({ statusCode: 200, tid });
    const profile = (await service.graphql(tenant, BY_ANONYMOUS_ID, { id: tid })).data as {
      entityByAnonymousId: { type: { name: string } };
    };
    expect(profile.entityByAnonymousId.type.name).toBe('Visitor');
    // The customer's own interaction, between the visitor's two.
    const own = await send('PUT', `/interaction?sk=${tenant}`, tenant, {
      url: TOUCHPOINT,
      customerKey: CUSTOMER_KEY,
      timestamp: T0 + 2_000,
    });
    expect(own.status).toBe(200);

    const identified = await service.graphql(tenant, IDENTIFY, {
      anonymousId: tid,
      customer: { crosswalk: { source: 'customerkey', value: CUSTOMER_KEY } },
    });
    expect(identified.data).toEqual({ identify: { interactionsMoved: 2, alreadyIdentified: false } });
    expect((await timeline(tenant, customer)).nodes.map((node) => node.timestamp)).toEqual([T0 + 1_000, T0 + 2_000, T0 + 3_000]);
  });

  it('links a tid sent with a customer key to the customer, moving what the visitor did before', async () => {
    const { tenant, customer } = await space('mxo-link');
    const visit = await send('PUT', `/interaction?sk=${tenant}&tid=visitor-7`, tenant, { url: TOUCHPOINT, timestamp: T0 + 1_000 });
    expect(visit.body).toEqual({ statusCode: 200, tid: 'visitor-7' });
    const login = await send('PUT', `/interaction?sk=${tenant}&tid=visitor-7`, tenant, {
      url: TOUCHPOINT,
      customerKey: CUSTOMER_KEY,
      customerKeyName: 'customerkey',
      timestamp: T0 + 2_000,
    });
    expect(login.body).toEqual({ statusCode: 200, tid: 'visitor-7' });
    expect((await timeline(tenant, customer)).nodes.map((node) => node.timestamp)).toEqual([T0 + 1_000, T0 + 2_000]);
    expect(
      ((await service.graphql(tenant, BY_ANONYMOUS_ID, { id: 'visitor-7' })).data as { entityByAnonymousId: { uri: string } })
        .entityByAnonymousId.uri,
    ).toBe(customer);

    // The tid is this customer's now: another customer's key with it is refused, and nothing is recorded.
    const other = { ...individual('Bob Other'), crosswalks: [{ source: 'customerkey', value: 'other-customer' }] };
    await service.graphql(tenant, CREATE_ENTITIES, { entities: [other] });
    const refused = await send('PUT', `/interaction?sk=${tenant}&tid=visitor-7`, tenant, {
      url: TOUCHPOINT,
      customerKey: 'other-customer',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      statusCode: 400,
      tid: 'visitor-7',
      errors: [{ code: 2119, name: 'ANONYMOUS_ID_IDENTIFIED_OTHERWISE', path: ['anonymousId'] }],
    });
    expect((await timeline(tenant, customer)).totalCount).toBe(2);
  });

  it('stores 100 offline interactions with their own timestamps in one call, and refuses 101 whole', async () => {
    const { tenant, customer } = await space('mxo-offline');
    const offline = (index: number) => ({
      url: TOUCHPOINT,
      customerKey: CUSTOMER_KEY,
      timestamp: new Date(T0 + index * 60_000).toISOString(),
      properties: [{ name: 'Basket', value: index }],
    });
    const tooMany = await send(
      'PUT',
      `/interactions/offline?sk=${tenant}`,
      tenant,
      Array.from({ length: 101 }, (_, index) => offline(index)),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({
      statusCode: 400,
      errorCode: 'BAD_REQUEST',
      message: 'at most 100 offline interactions per call, got 101; nothing was recorded',
    });
    expect((await timeline(tenant, customer)).totalCount).toBe(0);

    const stored = await send(
      'PUT',
      `/interactions/offline?sk=${tenant}`,
      tenant,
      Array.from({ length: 100 }, (_, index) => offline(index)),
    );
    expect(stored.status).toBe(200);
    const responses = stored.body.responses as Array<{ statusCode: number }>;
    expect(responses).toHaveLength(100);
    expect(responses.every((response) => response.statusCode === 200)).toBe(true);
    const history = await timeline(tenant, customer);
    expect(history.totalCount).toBe(100);
    expect(history.nodes.map((node) => node.timestamp)).toEqual(Array.from({ length: 100 }, (_, index) => T0 + index * 60_000));
    expect(plain(history.nodes[42]!)).toEqual([{ name: 'Basket', values: [42] }]);
  });

  it('answers each offline interaction of a call on its own: one without a timestamp or with an unknown touchpoint fails alone', async () => {
    const { tenant, customer } = await space('mxo-offline-items');
    const answer = await send('PUT', `/interactions/offline?sk=${tenant}`, tenant, [
      { url: TOUCHPOINT, customerKey: CUSTOMER_KEY, timestamp: T0 },
      { url: TOUCHPOINT, customerKey: CUSTOMER_KEY },
      { url: 'api://unknown.touchpoint/x', customerKey: CUSTOMER_KEY, timestamp: T0 },
      { url: TOUCHPOINT, customerKey: CUSTOMER_KEY, timestamp: T0 + 1, properties: [{ name: 'Colour', value: 'red' }] },
      { url: TOUCHPOINT, customerKey: CUSTOMER_KEY, timestamp: T0 + 2, properties: [{ name: 'Basket', value: { amount: 3 } }] },
    ]);
    expect(answer.status).toBe(200);
    const responses = answer.body.responses as Array<{ statusCode: number; errors?: Array<{ name: string; path: unknown[] }> }>;
    expect(responses.map((response) => [response.statusCode, response.errors?.map((error) => [error.name, error.path])])).toEqual([
      [200, undefined],
      [400, [['TIMESTAMP_REQUIRED', ['timestamp']]]],
      [404, [['UNKNOWN_TOUCHPOINT', ['touchpoint']]]],
      [400, [['UNKNOWN_ATTRIBUTE', ['properties', '0']]]],
      [400, [['MALFORMED_ITEM', ['properties', '0', 'value']]]],
    ]);
    expect((await timeline(tenant, customer)).totalCount).toBe(1);
    // One offline interaction on its own needs its timestamp too.
    const single = await send('PUT', `/interaction/offline?sk=${tenant}`, tenant, { url: TOUCHPOINT, customerKey: CUSTOMER_KEY });
    expect(single.status).toBe(400);
    expect(single.body).toMatchObject({ statusCode: 400, errors: [{ code: 2118, name: 'TIMESTAMP_REQUIRED' }] });
  });

  it("takes the document's HTTP Basic credentials (an API key as the password) and its form-encoded body", async () => {
    const { tenant, customer } = await space('mxo-basic');
    const key = ((await service.graphql(tenant, CREATE_API_KEY)).data as { createApiKey: { key: string } }).createApiKey.key;
    const basic = `Basic ${Buffer.from(`2e8fec0e-34fb:${key}`).toString('base64')}`;
    const form = new URLSearchParams({ url: TOUCHPOINT, customerKey: CUSTOMER_KEY, timestamp: String(T0), Page: 'checkout' }).toString();
    const answer = await send('POST', `/interaction?sk=${tenant}`, tenant, form, {
      authorization: basic,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(200);
    expect((await timeline(tenant, customer)).nodes.map(plain)).toEqual([[{ name: 'Page', values: ['checkout'] }]]);

    const wrong = await send(
      'POST',
      `/interaction?sk=${tenant}`,
      tenant,
      { url: TOUCHPOINT },
      { authorization: `Basic ${Buffer.from('user:secret').toString('base64')}` },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, errorCode: 'UNAUTHENTICATED' });
  });

  it('refuses a touchpoint named by two types, and touchpoints on a type with no participant for the visitor (1025)', async () => {
    const { tenant } = await space('mxo-config');
    const refused = await service.graphql(tenant, CONFIGURE, {
      document: {
        interactionTypes: [
          { name: 'Other', participants: [{ name: 'Who' }], touchpoints: [TOUCHPOINT] },
          { name: 'Crowd', participants: [{ name: 'A' }, { name: 'B' }], touchpoints: ['api://crowd/visit'] },
        ],
      },
    });
    const errors = (refused.data as { applyConfiguration: { ok: boolean; errors: Array<{ name: string; message: string }> } })
      .applyConfiguration;
    expect(errors.ok).toBe(false);
    expect(errors.errors.map((error) => [error.name, error.message])).toEqual([
      ['TOUCHPOINT_CONFLICT', `touchpoint ${TOUCHPOINT} of Other is CustomerInteraction's already`],
      ['TOUCHPOINT_CONFLICT', 'Crowd has touchpoints but no primary participant (nor a single participant) to take the visitor'],
    ]);
  });

  it('refuses what is not an MXO request: no site key, another space than the credential’s, a wrong method, an unknown path', async () => {
    const { tenant } = await space('mxo-refusals');
    const noSiteKey = await send('POST', '/interaction', tenant, { url: TOUCHPOINT });
    expect(noSiteKey.status).toBe(400);
    expect(noSiteKey.body).toMatchObject({ statusCode: 400, message: 'the sk query parameter (the site key of the space) is required' });
    const otherSpace = await send('POST', '/interaction?sk=ONE-NX8P2RSAAU-1813', tenant, { url: TOUCHPOINT });
    expect(otherSpace.status).toBe(403);
    const wrongMethod = await send('DELETE', `/interaction?sk=${tenant}`, tenant, {});
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST, PUT']);
    const unknown = await send('PUT', `/interactions?sk=${tenant}`, tenant, []);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404 });
  });
});
