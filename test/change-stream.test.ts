// The change stream: every create, update and delete of an interaction or entity recorded in
// the transaction that made it, read a page at a time (the changes query) or followed over
// WebSocket (the changes subscription), in commit order without gaps, resumable by cursor.
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, signToken } from './helpers/credentials.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { subscriptionClient, type ReceivedResult } from './helpers/subscriptions.ts';
import { parseSamples, sampleSum } from './helpers/prometheus-text.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CHANGES = `query Changes($after: String, $first: Int, $objectTypes: [ChangeObjectType!], $types: [String!]) {
  changes(after: $after, first: $first, objectTypes: $objectTypes, types: $types) {
    changes { cursor sequence kind objectType uri type actor time interaction { uri } entity { uri } }
    endCursor
    hasMore
  }
}`;
const FOLLOW = `subscription Follow($after: String, $types: [String!]) {
  changes(after: $after, types: $types) { cursor sequence kind objectType uri interaction { uri attributes { name values { value } } } }
}`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri status errors { code } } }`;
const CREATE_INTERACTIONS = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) { uri status errors { code message } } }`;
const UPDATE_INTERACTION = `mutation ($uri: String!, $changes: InteractionChanges!) { updateInteraction(uri: $uri, changes: $changes) { status } }`;
const DELETE_INTERACTIONS = `mutation ($uris: [String!]!) { deleteInteractions(uris: $uris) { status } }`;
const UPDATE_ENTITY = `mutation ($uri: String!, $attributes: [AttributeInput!]) { updateEntity(uri: $uri, attributes: $attributes) { status } }`;

interface Change {
  cursor: string;
  sequence: number;
  kind: string;
  objectType: string;
  uri: string;
  type: string | null;
  actor: string;
  time: number;
  interaction: { uri: string } | null;
  entity: { uri: string } | null;
}
interface ChangePage {
  changes: Change[];
  endCursor: string;
  hasMore: boolean;
}

const lunch = (place: string, member: string) => ({
  type: 'Lunch',
  timestamp: Date.UTC(2026, 0, 5),
  attributes: [{ name: 'Place', values: [place] }],
  members: [{ participant: 'Organizers', members: [{ objectURI: member }] }],
});

describeEachDatabase('the change stream', (provider) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** A tenant with the demo configuration and one person, whose own stream starts with that person's creation. */
  async function tenantWithPerson(prefix: string) {
    const tenant = await demoTenant(service, prefix);
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
    return { tenant, person: (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri };
  }
  async function page(tenant: string, variables: Record<string, unknown> = {}): Promise<ChangePage> {
    const answer = await service.graphql(tenant, CHANGES, variables);
    expect(answer.errors).toBeUndefined();
    return (answer.data as { changes: ChangePage }).changes;
  }
  async function createLunches(tenant: string, person: string, places: string[]): Promise<string[]> {
    const created = await service.graphql(tenant, CREATE_INTERACTIONS, { interactions: places.map((place) => lunch(place, person)) });
    const results = (created.data as { createInteractions: Array<{ uri: string; status: string }> }).createInteractions;
    expect(results.map((result) => result.status)).toEqual(places.map(() => 'OK'));
    return results.map((result) => result.uri);
  }

  it('records every create, update and delete of interactions and entities, numbered 1, 2, 3, ... in commit order', async () => {
    const { tenant, person } = await tenantWithPerson('changes-kinds');
    const supportCase = {
      type: 'SupportCase',
      timestamp: Date.UTC(2026, 0, 6),
      attributes: [
        { name: 'CaseNumber', values: ['C-1'] },
        { name: 'Status', values: ['open'] },
      ],
      members: [{ participant: 'Customer', members: [{ objectURI: person }] }],
    };
    const opened = await service.graphql(tenant, CREATE_INTERACTIONS, { interactions: [supportCase] });
    const first = (opened.data as { createInteractions: Array<{ uri: string }> }).createInteractions[0]!.uri;
    const [second] = await createLunches(tenant, person, ['Geranium']);
    const closed = await service.graphql(tenant, UPDATE_INTERACTION, {
      uri: first,
      changes: { attributes: [{ name: 'Status', values: ['closed'] }] },
    });
    expect(closed.data).toEqual({ updateInteraction: { status: 'OK' } });
    expect((await service.graphql(tenant, DELETE_INTERACTIONS, { uris: [second] })).data).toEqual({
      deleteInteractions: [{ status: 'OK' }],
    });
    const renamed = await service.graphql(tenant, UPDATE_ENTITY, {
      uri: person,
      attributes: [{ name: 'FullName', values: ['Ann Roman-Smith'] }],
    });
    expect(renamed.data).toEqual({ updateEntity: { status: 'OK' } });
    // An item that fails changes nothing, so it is not in the stream.
    const refused = await service.graphql(tenant, CREATE_INTERACTIONS, { interactions: [{ type: 'Lunch', timestamp: 1 }] });
    expect((refused.data as { createInteractions: Array<{ status: string }> }).createInteractions[0]!.status).toBe('FAILED');

    const stream = await page(tenant);
    expect(stream.hasMore).toBe(false);
    expect(stream.changes.map(({ sequence, kind, objectType, uri, type }) => ({ sequence, kind, objectType, uri, type }))).toEqual([
      { sequence: 1, kind: 'CREATED', objectType: 'ENTITY', uri: person, type: 'configuration/entityTypes/Individual' },
      { sequence: 2, kind: 'CREATED', objectType: 'INTERACTION', uri: first, type: 'configuration/interactionTypes/SupportCase' },
      { sequence: 3, kind: 'CREATED', objectType: 'INTERACTION', uri: second, type: 'configuration/interactionTypes/Lunch' },
      { sequence: 4, kind: 'UPDATED', objectType: 'INTERACTION', uri: first, type: 'configuration/interactionTypes/SupportCase' },
      { sequence: 5, kind: 'DELETED', objectType: 'INTERACTION', uri: second, type: 'configuration/interactionTypes/Lunch' },
      { sequence: 6, kind: 'UPDATED', objectType: 'ENTITY', uri: person, type: 'configuration/entityTypes/Individual' },
    ]);
    // The object as it is now: the deleted interaction is gone, the others are there.
    expect(stream.changes.map((change) => change.interaction?.uri ?? change.entity?.uri ?? null)).toEqual([
      person,
      first,
      null,
      first,
      null,
      person,
    ]);
    expect(new Set(stream.changes.map((change) => change.actor)).size).toBe(1);
    expect(stream.changes.every((change) => Math.abs(change.time - Date.now()) < 60_000)).toBe(true);
    // Another tenant's stream is its own.
    const other = await tenantWithPerson('changes-other');
    expect((await page(other.tenant)).changes.map((change) => change.sequence)).toEqual([1]);
  });

  it('pages by cursor, passes over what a selection leaves out for good, and resumes after the last entry read', async () => {
    const { tenant, person } = await tenantWithPerson('changes-pages');
    const lunches = await createLunches(tenant, person, ['A', 'B', 'C', 'D', 'E']);
    const firstPage = await page(tenant, { first: 2 });
    expect(firstPage.changes.map((change) => change.sequence)).toEqual([1, 2]);
    expect(firstPage.hasMore).toBe(true);
    const rest = await page(tenant, { after: firstPage.endCursor, first: 10 });
    expect(rest.changes.map((change) => change.uri)).toEqual(lunches.slice(1));
    expect(rest.hasMore).toBe(false);
    // Nothing new: the same position again, with an empty page.
    const none = await page(tenant, { after: rest.endCursor });
    expect(none).toEqual({ changes: [], endCursor: rest.endCursor, hasMore: false });

    // Entities only: the one entity, and a cursor past the five lunches it did not select.
    const entities = await page(tenant, { objectTypes: ['ENTITY'] });
    expect(entities.changes.map((change) => change.uri)).toEqual([person]);
    expect(entities.endCursor).toBe(rest.endCursor);
    const [sixth] = await createLunches(tenant, person, ['F']);
    expect((await page(tenant, { after: entities.endCursor, types: ['Lunch'] })).changes.map((change) => change.uri)).toEqual([sixth]);
    expect((await page(tenant, { after: entities.endCursor, types: ['configuration/entityTypes/Individual'] })).changes).toEqual([]);
  });

  it('refuses a cursor it did not give out, one ahead of the stream, and a type the tenant does not define', async () => {
    const { tenant } = await tenantWithPerson('changes-refusals');
    const refusal = async (variables: Record<string, unknown>) => {
      const answer = await service.graphql(tenant, CHANGES, variables);
      expect(answer.status).toBe(400);
      return answer.errors?.[0]?.message;
    };
    expect(await refusal({ after: 'not-a-cursor' })).toMatch(/cursor/);
    expect(await refusal({ after: Buffer.from('change:999').toString('base64url') })).toMatch(/ahead of the change stream/);
    expect(await refusal({ types: ['Dragon'] })).toBe('no interaction type or entity type Dragon is defined');
    expect(await refusal({ first: 501 })).toMatch(/0 to 500/);
  });

  it('follows over WebSocket: replays after the cursor, then delivers each new change as it commits, once and in order', async () => {
    const { tenant, person } = await tenantWithPerson('changes-follow');
    const replayed = await createLunches(tenant, person, ['Before 1', 'Before 2']);
    const fromStart = (await page(tenant, { first: 1 })).endCursor;
    const subscriber = subscriptionClient(service.url, await service.as(tenant, { roles: ['reader'] }));
    let live: string[] = [];
    try {
      const received = await subscriber.collect(
        FOLLOW,
        { after: fromStart },
        (results) => results.length === 5,
        30_000,
        (result) => {
          // Once the replay is in, the next changes are committed: they arrive live.
          if ((result.data?.changes as Change).uri === replayed[1])
            void createLunches(tenant, person, ['Live 1', 'Live 2', 'Live 3']).then((uris) => (live = uris));
        },
      );
      const changes = received.map((result) => {
        expect(result.errors).toBeUndefined();
        return result.data!.changes as Change & { interaction: { attributes: Array<{ values: Array<{ value: string }> }> } };
      });
      expect(changes.map((change) => change.sequence)).toEqual([2, 3, 4, 5, 6]);
      expect(changes.map((change) => change.uri)).toEqual([...replayed, ...live]);
      expect(changes.map((change) => change.interaction.attributes[0]!.values[0]!.value)).toEqual([
        'Before 1',
        'Before 2',
        'Live 1',
        'Live 2',
        'Live 3',
      ]);

      // Resumed from the third change's cursor: the fourth and fifth again, nothing before, nothing twice.
      const resumed = await subscriber.collect(FOLLOW, { after: changes[2]!.cursor }, (results) => results.length === 2);
      expect(resumed.map((result) => (result.data!.changes as Change).sequence)).toEqual([5, 6]);
    } finally {
      await subscriber.dispose();
    }
  });

  it('follows only the types asked for, and without a cursor only what commits after it subscribed', async () => {
    const { tenant, person } = await tenantWithPerson('changes-live');
    const [old] = await createLunches(tenant, person, ['Old']);
    const subscriber = subscriptionClient(service.url, await service.as(tenant));
    try {
      const started = subscriber.collect(FOLLOW, { types: ['Lunch'] }, (results) => results.length === 1);
      let subscribed = false;
      void started.finally(() => (subscribed = true));
      // Nothing says when the subscription has started: an entity (not followed) and a lunch
      // (followed) are committed in turn until the first change arrives.
      const lunches: string[] = [];
      for (let round = 0; !subscribed && round < 100; round++) {
        await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual(`Not followed ${round}`)] });
        lunches.push(...(await createLunches(tenant, person, [`New ${round}`])));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const [first] = await started;
      const uri = (first!.data!.changes as Change).uri;
      expect(uri).not.toBe(old);
      expect(lunches).toContain(uri);
    } finally {
      await subscriber.dispose();
    }
  });

  it('authenticates a WebSocket like any request, and checks a subscription by the same rules as an HTTP operation', async () => {
    const { tenant } = await tenantWithPerson('changes-auth');
    const anonymous = subscriptionClient(service.url);
    await expect(anonymous.collect(FOLLOW, {}, () => false, 10_000)).rejects.toBeDefined();
    expect(anonymous.closed()).toMatchObject({ code: 4401 });
    await anonymous.dispose();

    // A page of another origin is refused at the upgrade (CORS_ORIGINS is empty here).
    const fromElsewhere = new WebSocket(`${service.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { origin: 'https://elsewhere.example' },
    });
    const upgrade = await new Promise<number | undefined>((resolve) => {
      fromElsewhere.once('unexpected-response', (_request, response) => resolve(response.statusCode));
      fromElsewhere.once('open', () => resolve(undefined));
      fromElsewhere.once('error', () => {});
    });
    fromElsewhere.terminate();
    expect(upgrade).toBe(401);

    const subscriber = subscriptionClient(service.url, await service.as(tenant, { roles: ['reader'] }));
    try {
      const refusals: Array<[string, Record<string, unknown>, RegExp]> = [
        ['subscription { changes { noSuchField } }', {}, /Cannot query field "noSuchField"/],
        ['query { changes { hasMore } }', {}, /over WebSocket, send subscriptions/],
        [FOLLOW, { after: 'not-a-cursor' }, /cursor/],
        [FOLLOW, { types: ['Dragon'] }, /Dragon/],
      ];
      for (const [query, variables, message] of refusals) {
        const [result] = await subscriber.collect(query, variables, () => false, 10_000);
        expect((result as ReceivedResult).errors?.[0]?.message).toMatch(message);
      }
    } finally {
      await subscriber.dispose();
    }
  });
});

describeEachDatabase('the change stream’s credentials', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  it('checks the credential again for each subscription: a key revoked meanwhile closes the connection (4401)', async () => {
    const tenant = await demoTenant(service, 'revoked');
    const created = await service.graphql(tenant, `mutation { createApiKey(input: { role: READER }) { key apiKey { id } } }`);
    const { key, apiKey } = (created.data as { createApiKey: { key: string; apiKey: { id: string } } }).createApiKey;
    const subscriber = subscriptionClient(service.url, { Authorization: `Bearer ${key}` });
    try {
      const open = subscriber.collect(FOLLOW, {}, () => false, 30_000).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(subscriber.closed()).toBeUndefined();
      expect(
        (await service.graphql(tenant, `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: apiKey.id })).errors,
      ).toBeUndefined();
      // A second subscription on the same connection: the credential is refused, the connection closed.
      await expect(subscriber.collect(FOLLOW, {}, () => false, 10_000)).rejects.toBeDefined();
      await open;
      expect(subscriber.closed()).toMatchObject({ code: 4401 });
    } finally {
      await subscriber.dispose();
    }
  });

  it('closes a connection for a tenant that does not exist with 4404', async () => {
    const subscriber = subscriptionClient(service.url, bearer(await signToken({ tenant: 'no-such-tenant', roles: ['admin'] })));
    await expect(subscriber.collect(FOLLOW, {}, () => false, 10_000)).rejects.toBeDefined();
    expect(subscriber.closed()).toMatchObject({ code: 4404 });
    await subscriber.dispose();
  });
});

describeEachDatabase('the change stream’s retention', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    // 1.8 s, purged every second.
    service = await startTestService(provider, { CHANGE_RETENTION_HOURS: '0.0005' });
  });
  afterAll(() => service?.stop());

  it('removes entries older than CHANGE_RETENTION_HOURS and refuses a cursor from before them rather than skip changes', async () => {
    const tenant = await demoTenant(service, 'retention');
    await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Short-lived')] });
    const start = Buffer.from('change:0').toString('base64url');
    expect((await service.graphql(tenant, CHANGES, { after: start })).errors).toBeUndefined();
    let answer = await service.graphql(tenant, CHANGES, { after: start });
    for (let attempt = 0; attempt < 40 && !answer.errors; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await service.graphql(tenant, CHANGES, { after: start });
    }
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'CHANGE_CURSOR_EXPIRED' });
    // From the oldest retained (none): an empty page whose cursor is the head, which stays valid.
    const fresh = (await service.graphql(tenant, CHANGES, {})).data as { changes: ChangePage };
    expect(fresh.changes).toMatchObject({ changes: [], hasMore: false });
    expect((await service.graphql(tenant, CHANGES, { after: fresh.changes.endCursor })).errors).toBeUndefined();
  });
});

describeEachDatabase('the change stream at shutdown', (provider) => {
  it('closes its WebSocket connections with 1001 (going away), so that clients resume elsewhere, and stops promptly', async () => {
    const service = await startTestService(provider);
    try {
      const tenant = await demoTenant(service, 'shutdown');
      await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
      const subscriber = subscriptionClient(service.url, await service.as(tenant));
      // From the start of the stream: the entity's creation arrives once the subscription is live.
      const { live, following } = subscriber.followUntilDisposed(FOLLOW, { after: Buffer.from('change:0').toString('base64url') });
      await live;
      // Timed without dropping the scratch database, which a loaded PostgreSQL can take seconds over.
      const started = Date.now();
      await service.stopServing();
      expect(Date.now() - started).toBeLessThan(5_000);
      await following;
      expect(subscriber.closed()).toMatchObject({ code: 1001 });
      await subscriber.dispose();
    } finally {
      await service.stop();
    }
  });
});

describeEachDatabase('the change stream in /metrics', (provider) => {
  it('counts WebSocket connections, subscriptions followed, and subscriptions asked for by outcome', async () => {
    const service = await startTestService(provider);
    try {
      const tenant = await demoTenant(service, 'ws-metrics');
      await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
      const scrape = async () => parseSamples(await (await fetch(`${service.url}/metrics`)).text());
      const subscriber = subscriptionClient(service.url, await service.as(tenant));
      const { live, following } = subscriber.followUntilDisposed(FOLLOW, { after: Buffer.from('change:0').toString('base64url') });
      await live;
      const [refused] = await subscriber.collect('subscription { changes { noSuchField } }', {}, () => false, 10_000);
      expect(refused!.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const during = await scrape();
      expect(sampleSum(during, 'interactions_websocket_connections')).toBe(1);
      expect(sampleSum(during, 'interactions_subscriptions')).toBe(1);
      expect(sampleSum(during, 'interactions_subscriptions_started_total', { outcome: 'ok' })).toBe(1);
      expect(sampleSum(during, 'interactions_subscriptions_started_total', { outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);

      await subscriber.dispose();
      await following;
      let after = await scrape();
      for (let attempt = 0; attempt < 20 && sampleSum(after, 'interactions_websocket_connections') !== 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = await scrape();
      }
      expect(sampleSum(after, 'interactions_websocket_connections')).toBe(0);
      expect(sampleSum(after, 'interactions_subscriptions')).toBe(0);
    } finally {
      await service.stop();
    }
  });
});
