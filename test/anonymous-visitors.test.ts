// Anonymous visitors: a member given by an anonymous id gets a profile on first reference and
// the same profile later; identify moves the profile's interactions to the known customer in
// one transaction, once, and later references to the id are the customer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CREATE_ENTITY_TYPE = `mutation ($input: EntityTypeInput!) { createEntityType(input: $input) { ok errors { name message } } }`;
const CREATE_INTERACTION_TYPE = `mutation ($input: InteractionTypeInput!) { createInteractionType(input: $input) { ok errors { name message } } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) {
  uri status errors { name message } object { members { members { objectURI } } } } }`;
const IDENTIFY = `mutation ($anonymousId: String!, $customer: CustomerReference!) {
  identify(anonymousId: $anonymousId, customer: $customer) { anonymousId customer { uri } interactionsMoved alreadyIdentified } }`;
const BY_ANONYMOUS_ID = `query ($id: String!) { entityByAnonymousId(anonymousId: $id) { uri type { name } } }`;
const TIMELINE = `query ($uri: String!) { entity(uri: $uri) { interactions(order: ASC, first: 50) { nodes { uri timestamp } } } }`;

const T0 = Date.UTC(2026, 5, 1);

interface Created {
  uri: string;
  status: string;
  errors: Array<{ name: string; message: string }>;
  object: { members: Array<{ members: Array<{ objectURI: string }> }> } | null;
}

describeEachDatabase('anonymous visitors', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** A demo tenant with a Visitor type for anonymous profiles and a PageView that takes visitors or individuals. */
  async function tenantWithVisitors(prefix: string) {
    const tenant = await demoTenant(service, prefix);
    const visitor = await service.graphql(tenant, CREATE_ENTITY_TYPE, { input: { name: 'Visitor', anonymousProfiles: true } });
    expect(visitor.data).toEqual({ createEntityType: { ok: true, errors: [] } });
    const pageView = await service.graphql(tenant, CREATE_INTERACTION_TYPE, {
      input: {
        name: 'PageView',
        attributes: [{ name: 'Page', valueType: 'STRING' }],
        participants: [{ name: 'Viewer', entityTypes: ['Visitor', 'Individual'], minOccurs: 1, maxOccurs: 1 }],
      },
    });
    expect(pageView.data).toEqual({ createInteractionType: { ok: true, errors: [] } });
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman', `ck-${prefix}`)] });
    const customer = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    return { tenant, customer };
  }
  const view = (anonymousId: string, at: number, page = 'home') => ({
    type: 'PageView',
    timestamp: T0 + at,
    attributes: [{ name: 'Page', values: [page] }],
    members: [{ participant: 'Viewer', members: [{ anonymousId }] }],
  });
  async function create(tenant: string, interactions: unknown[]): Promise<Created[]> {
    const answer = await service.graphql(tenant, CREATE, { interactions });
    expect(answer.errors).toBeUndefined();
    return (answer.data as { createInteractions: Created[] }).createInteractions;
  }
  const memberOf = (created: Created) => created.object!.members[0]!.members[0]!.objectURI;
  const timeline = async (tenant: string, uri: string) =>
    (
      (await service.graphql(tenant, TIMELINE, { uri })).data as { entity: { interactions: { nodes: Array<{ uri: string }> } } }
    ).entity.interactions.nodes.map((node) => node.uri);

  it('creates a profile on first reference, finds it again, and after identify resolves the id to the customer', async () => {
    const { tenant, customer } = await tenantWithVisitors('anon');
    // Two references to a new id in one batch: one profile.
    const [first, second] = await create(tenant, [view('tid-1', 1), view('tid-1', 2, 'offers')]);
    expect([first!.status, second!.status]).toEqual(['OK', 'OK']);
    const profile = memberOf(first!);
    expect(memberOf(second!)).toBe(profile);
    expect((await service.graphql(tenant, BY_ANONYMOUS_ID, { id: 'tid-1' })).data).toEqual({
      entityByAnonymousId: { uri: profile, type: { name: 'Visitor' } },
    });
    const [third] = await create(tenant, [view('tid-1', 3)]);
    expect(memberOf(third!)).toBe(profile);
    // The customer's own, earlier and later than the visitor's.
    const [own] = await create(tenant, [{ ...view('x', 0), members: [{ participant: 'Viewer', members: [{ objectURI: customer }] }] }]);

    const identified = await service.graphql(tenant, IDENTIFY, {
      anonymousId: 'tid-1',
      customer: { crosswalk: { source: 'Salesforce', value: 'ck-anon' } },
    });
    expect(identified.data).toEqual({
      identify: { anonymousId: 'tid-1', customer: { uri: customer }, interactionsMoved: 3, alreadyIdentified: false },
    });
    // The customer's timeline holds the anonymous history, in timestamp order; the profile is gone.
    expect(await timeline(tenant, customer)).toEqual([own!.uri, first!.uri, second!.uri, third!.uri]);
    expect((await service.graphql(tenant, `query ($uri: String!) { entity(uri: $uri) { uri } }`, { uri: profile })).data).toEqual({
      entity: null,
    });
    expect((await service.graphql(tenant, BY_ANONYMOUS_ID, { id: 'tid-1' })).data).toEqual({
      entityByAnonymousId: { uri: customer, type: { name: 'Individual' } },
    });
    // Later references to the id are the customer.
    const [later] = await create(tenant, [view('tid-1', 4)]);
    expect(memberOf(later!)).toBe(customer);
    expect(await timeline(tenant, customer)).toHaveLength(5);

    // Again with the same customer: nothing to do. With another: refused.
    const again = await service.graphql(tenant, IDENTIFY, { anonymousId: 'tid-1', customer: { objectURI: customer } });
    expect(again.data).toMatchObject({ identify: { interactionsMoved: 0, alreadyIdentified: true } });
    const others = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Bob Other')] });
    const bob = (others.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const refused = await service.graphql(tenant, IDENTIFY, { anonymousId: 'tid-1', customer: { objectURI: bob } });
    expect(refused.status).toBe(409);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ANONYMOUS_ID_IDENTIFIED_OTHERWISE',
      existingUri: customer,
    });
  });

  it('refuses anonymous members where no profile type is configured or the participant does not allow it', async () => {
    const tenant = await demoTenant(service, 'anon-none');
    const lunch = {
      type: 'Lunch',
      members: [{ participant: 'Organizers', members: [{ anonymousId: 'tid-x' }] }],
    };
    const [result] = await create(tenant, [lunch]);
    expect(result!.errors.map((error) => error.name)).toEqual(['ANONYMOUS_MEMBERS_NOT_CONFIGURED']);
    const { tenant: configured } = await tenantWithVisitors('anon-lunch');
    // Lunch's Organizers take Individuals only.
    const [refused] = await create(configured, [lunch]);
    expect(refused!.errors[0]!.message).toMatch(/Organizers does not allow Visitor/);
    const [both] = await create(configured, [
      { ...view('a', 1), members: [{ participant: 'Viewer', members: [{ anonymousId: 'a', objectURI: 'entities/x' }] }] },
    ]);
    expect(both!.errors.map((error) => error.name)).toEqual(['INVALID_MEMBER_REFERENCE']);
    // A failing input creates no profile.
    expect((await service.graphql(configured, BY_ANONYMOUS_ID, { id: 'a' })).data).toEqual({ entityByAnonymousId: null });
    const second = await service.graphql(configured, CREATE_ENTITY_TYPE, { input: { name: 'Device', anonymousProfiles: true } });
    expect(
      (second.data as { createEntityType: { errors: Array<{ name: string }> } }).createEntityType.errors.map((error) => error.name),
    ).toEqual(['ANONYMOUS_PROFILE_TYPES']);
  });

  it('refuses to identify a visitor as a customer a participant the visitor plays does not allow, and changes nothing', async () => {
    const { tenant, customer } = await tenantWithVisitors('anon-beacon');
    const beacon = await service.graphql(tenant, CREATE_INTERACTION_TYPE, {
      input: { name: 'Beacon', participants: [{ name: 'Device', entityTypes: ['Visitor'], minOccurs: 1 }] },
    });
    expect(beacon.data).toEqual({ createInteractionType: { ok: true, errors: [] } });
    const [ping] = await create(tenant, [
      { type: 'Beacon', timestamp: T0, members: [{ participant: 'Device', members: [{ anonymousId: 'tid-b' }] }] },
    ]);
    const profile = memberOf(ping!);
    const refused = await service.graphql(tenant, IDENTIFY, { anonymousId: 'tid-b', customer: { objectURI: customer } });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toBe(
      `${customer} cannot take the visitor's place: configuration/interactionTypes/Beacon/participants/Device does not allow its entity type; nothing was changed`,
    );
    expect((await service.graphql(tenant, BY_ANONYMOUS_ID, { id: 'tid-b' })).data).toEqual({
      entityByAnonymousId: { uri: profile, type: { name: 'Visitor' } },
    });
  });

  it('moves once when the same id is identified as one customer by concurrent requests', async () => {
    const { tenant, customer } = await tenantWithVisitors('anon-race');
    const created = await create(
      tenant,
      Array.from({ length: 20 }, (_, index) => view('tid-race', index)),
    );
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => service.graphql(tenant, IDENTIFY, { anonymousId: 'tid-race', customer: { objectURI: customer } })),
    );
    const outcomes = answers.map(
      (answer) => (answer.data as { identify: { interactionsMoved: number; alreadyIdentified: boolean } }).identify,
    );
    expect(outcomes.filter((outcome) => !outcome.alreadyIdentified).map((outcome) => outcome.interactionsMoved)).toEqual([20]);
    expect((await timeline(tenant, customer)).sort()).toEqual(created.map((item) => item.uri).sort());
    const members = await service.database.db.interactionMember.count({ where: { tenantId: tenant } });
    expect(members).toBe(20);
  });

  it('lets one of two concurrent identifies as different customers win, and refuses the other', async () => {
    const { tenant, customer } = await tenantWithVisitors('anon-two');
    await create(tenant, [view('tid-two', 1), view('tid-two', 2)]);
    const others = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Bob Other')] });
    const bob = (others.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const answers = await Promise.all(
      [customer, bob, customer, bob].map((uri) =>
        service.graphql(tenant, IDENTIFY, { anonymousId: 'tid-two', customer: { objectURI: uri } }),
      ),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    const winner = (winners[0]!.data as { identify: { customer: { uri: string } } }).identify.customer.uri;
    expect(winners.every((answer) => (answer.data as { identify: { customer: { uri: string } } }).identify.customer.uri === winner)).toBe(
      true,
    );
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(4 - winners.length);
    expect(winners.length).toBe(2);
    expect(await timeline(tenant, winner)).toHaveLength(2);
    expect(await timeline(tenant, winner === customer ? bob : customer)).toHaveLength(0);
  });
});
