// Soft delete, restore, hard delete and the purge: a soft-deleted interaction is hidden from
// every read but keeps its crosswalks, members and keys until it is restored (as it was) or
// deleted for good (by a hard delete, or by the purge once the retention has passed).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) { uri status errors { name message existingUri identicalToExisting } } }`;
const DELETE = `mutation ($uris: [String!]!, $mode: DeleteMode!) {
  deleteInteractions(uris: $uris, mode: $mode) { index uri successful errors { name message } } }`;
const RESTORE = `mutation ($uris: [String!]!) { restoreInteractions(uris: $uris) { index uri successful errors { name message } } }`;
const DELETE_WHERE = `mutation ($filter: InteractionDeleteFilter!, $mode: DeleteMode!) { deleteInteractionsWhere(filter: $filter, mode: $mode) { deleted } }`;
const PURGE = `mutation ($before: EpochMillis) { purgeDeletedInteractions(deletedBefore: $before) { deleted } }`;
const DELETE_ENTITIES = `mutation ($uris: [String!]!) { deleteEntities(uris: $uris) { successful errors { name } } }`;
const UPDATE = `mutation ($uri: String!) { updateInteraction(uri: $uri, changes: { attributes: [{ name: "Place", values: ["moved"] }] }) { status errors { name } } }`;
const READS = `query ($uri: String!, $entity: String!, $filter: InteractionFilter) {
  interaction(uri: $uri) { uri }
  byCrosswalk: interactionByCrosswalk(source: "Salesforce", value: "soft-1") { uri }
  interactions(filter: $filter, first: 10) { totalCount nodes { uri deletedTime } }
  entity(uri: $entity) {
    interactions(first: 10, filter: $filter) { totalCount nodes { uri } }
    latestInteractions(by: TYPE) { interaction { uri } }
  }
  latestInteractions(types: ["Lunch"]) { interaction { uri } }
}`;
const DETAILS = `query ($uri: String!) { interaction(uri: $uri) {
  uri timestamp attributes { name values } crosswalks { source { name } value } members { participant { name } members { objectURI } } } }`;
const CHANGES = `query ($after: String) { changes(after: $after, first: 100, objectTypes: [INTERACTION]) {
  changes { kind uri interaction { uri } } endCursor } }`;

const START = Date.UTC(2026, 2, 1);

interface Reads {
  interaction: { uri: string } | null;
  byCrosswalk: { uri: string } | null;
  interactions: { totalCount: number; nodes: Array<{ uri: string; deletedTime: number | null }> };
  entity: {
    interactions: { totalCount: number; nodes: Array<{ uri: string }> };
    latestInteractions: Array<{ interaction: { uri: string } }>;
  };
  latestInteractions: Array<{ interaction: { uri: string } }>;
}

describeEachDatabase('soft and hard deletes of interactions', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  async function tenantWithPerson(prefix: string) {
    const tenant = await demoTenant(service, prefix);
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
    const person = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const lunch = (day: number, crosswalk = `soft-${day}`) => ({
      type: 'Lunch',
      timestamp: START + day * 86_400_000,
      attributes: [{ name: 'Place', values: [`day ${day}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
      crosswalks: [{ source: 'Salesforce', value: crosswalk }],
    });
    return { tenant, person, lunch };
  }
  async function create(tenant: string, interactions: unknown[]) {
    const answer = await service.graphql(tenant, CREATE, { interactions });
    return (answer.data as { createInteractions: Array<{ uri: string; status: string; errors: Array<Record<string, unknown>> }> })
      .createInteractions;
  }
  async function reads(tenant: string, uri: string, entity: string, filter: Record<string, unknown> = {}): Promise<Reads> {
    const answer = await service.graphql(tenant, READS, { uri, entity, filter });
    expect(answer.errors).toBeUndefined();
    return answer.data as Reads;
  }
  const mutate = async <T>(tenant: string, operation: string, variables: Record<string, unknown>) => {
    const answer = await service.graphql(tenant, operation, variables);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data as Record<string, T>)[0]!;
  };
  type ItemResults = Array<{ index: number; uri: string | null; successful: boolean; errors: Array<{ name: string; message: string }> }>;
  const endOfStream = async (tenant: string) =>
    ((await service.graphql(tenant, CHANGES, {})).data as { changes: { endCursor: string } }).changes.endCursor;
  const changesAfter = async (tenant: string, after: string) =>
    ((await service.graphql(tenant, CHANGES, { after })).data as { changes: { changes: Array<Record<string, unknown>> } }).changes.changes;

  it('hides a soft-deleted interaction from every read, keeps its crosswalk and members, and restores it as it was', async () => {
    const { tenant, person, lunch } = await tenantWithPerson('soft');
    const [first, second] = await create(tenant, [lunch(1), lunch(2)]);
    const uri = first!.uri;
    const before = (await service.graphql(tenant, DETAILS, { uri })).data as { interaction: unknown };
    const cursor = await endOfStream(tenant);

    const deleted = await mutate<ItemResults>(tenant, DELETE, { uris: [uri, 'interactions/nope'], mode: 'SOFT' });
    expect(deleted.map((item) => [item.successful, item.errors.map((error) => error.name)])).toEqual([
      [true, []],
      [false, ['OBJECT_NOT_FOUND']],
    ]);

    // Gone from reads by URI, by crosswalk, from lists, timelines and latest-per-group reads.
    const hidden = await reads(tenant, uri, person);
    expect(hidden.interaction).toBeNull();
    expect(hidden.byCrosswalk).toBeNull();
    expect(hidden.interactions.nodes.map((node) => node.uri)).toEqual([second!.uri]);
    expect(hidden.interactions.totalCount).toBe(1);
    expect(hidden.entity.interactions).toEqual({ totalCount: 1, nodes: [{ uri: second!.uri }] });
    expect(hidden.entity.latestInteractions).toEqual([{ interaction: { uri: second!.uri } }]);
    // The latest Lunch is still the second: now delete that too, and there is none.
    await mutate(tenant, DELETE, { uris: [second!.uri], mode: 'SOFT' });
    expect((await reads(tenant, uri, person)).latestInteractions).toEqual([]);
    expect((await reads(tenant, uri, person)).entity.latestInteractions).toEqual([]);

    // ... but a filter asking for deleted ones shows them, with when they were deleted.
    const trash = await reads(tenant, uri, person, { deleted: 'ONLY' });
    expect(trash.interactions.totalCount).toBe(2);
    expect(trash.interactions.nodes.every((node) => typeof node.deletedTime === 'number')).toBe(true);
    expect(trash.entity.interactions.totalCount).toBe(2);
    expect((await reads(tenant, uri, person, { deleted: 'INCLUDE' })).interactions.totalCount).toBe(2);

    // Its crosswalk is kept: the same lunch again is a 536 naming it, identical, saying it is soft-deleted.
    const [replay] = await create(tenant, [lunch(1)]);
    expect(replay!.status).toBe('FAILED');
    expect(replay!.errors[0]).toMatchObject({ name: 'CROSSWALK_ALREADY_EXISTS', existingUri: uri, identicalToExisting: true });
    expect(replay!.errors[0]!.message).toMatch(/soft-deleted/);
    // Its member stays a member: the entity cannot be deleted while it could be restored.
    const refused = await mutate<Array<{ successful: boolean; errors: Array<{ name: string }> }>>(tenant, DELETE_ENTITIES, {
      uris: [person],
    });
    expect(refused[0]!.errors.map((error) => error.name)).toEqual(['ENTITY_IN_USE']);
    // It cannot be changed, nor soft-deleted twice.
    const update = await service.graphql(tenant, UPDATE, { uri });
    expect(update.data).toMatchObject({ updateInteraction: { status: 'FAILED', errors: [{ name: 'OBJECT_NOT_FOUND' }] } });
    const twice = await mutate<ItemResults>(tenant, DELETE, { uris: [uri], mode: 'SOFT' });
    expect(twice[0]!.errors[0]!.message).toMatch(/soft-deleted already/);

    const restored = await mutate<ItemResults>(tenant, RESTORE, { uris: [uri, uri] });
    expect(restored.map((item) => item.successful)).toEqual([true, false]);
    expect(restored[1]!.errors[0]!.name).toBe('OBJECT_NOT_FOUND');
    expect((await service.graphql(tenant, DETAILS, { uri })).data).toEqual(before);
    const back = await reads(tenant, uri, person);
    expect(back.byCrosswalk).toEqual({ uri });
    expect(back.entity.interactions.nodes).toEqual([{ uri }]);
    expect(back.entity.latestInteractions).toEqual([{ interaction: { uri } }]);
    const again = await mutate<ItemResults>(tenant, RESTORE, { uris: [uri] });
    expect(again[0]!.errors[0]!.message).toMatch(/not soft-deleted/);

    // The stream says what happened; a soft-deleted interaction reads as null there too.
    expect(await changesAfter(tenant, cursor)).toEqual([
      { kind: 'SOFT_DELETED', uri, interaction: { uri } },
      { kind: 'SOFT_DELETED', uri: second!.uri, interaction: null },
      { kind: 'RESTORED', uri, interaction: { uri } },
    ]);
  });

  it('answers success to one of many concurrent deletes or restores of one interaction, and records it once', async () => {
    const { tenant, lunch } = await tenantWithPerson('soft-race');
    const [created] = await create(tenant, [lunch(1)]);
    const cursor = await endOfStream(tenant);
    const outcomes = async (operation: string, variables: Record<string, unknown>) =>
      (
        await Promise.all(Array.from({ length: 8 }, () => mutate<ItemResults>(tenant, operation, { uris: [created!.uri], ...variables })))
      ).map(([item]) => (item!.successful ? 'ok' : item!.errors[0]!.name));
    const soft = await outcomes(DELETE, { mode: 'SOFT' });
    expect(soft.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(new Set(soft.filter((outcome) => outcome !== 'ok'))).toEqual(new Set(['OBJECT_NOT_FOUND']));
    const restored = await outcomes(RESTORE, {});
    expect(restored.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    const hard = await outcomes(DELETE, { mode: 'HARD' });
    expect(hard.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect((await changesAfter(tenant, cursor)).map((change) => change.kind)).toEqual(['SOFT_DELETED', 'RESTORED', 'DELETED']);
  });

  it('keeps the soft-deletion marks only while soft-deleted (checked in the database)', async () => {
    const { tenant, lunch } = await tenantWithPerson('soft-rows');
    const [created] = await create(tenant, [lunch(1)]);
    const id = created!.uri.split('/').pop()!;
    const db = service.database.db;
    const marks = async () => ({
      interaction: (await db.interaction.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant, id } } })).deletedTime !== null,
      members: (await db.interactionMember.findMany({ where: { tenantId: tenant, interactionId: id } })).map(
        (row) => row.deletedTime !== null,
      ),
      filed: await db.deletedInteraction.count({ where: { tenantId: tenant, interactionId: id } }),
    });
    expect(await marks()).toEqual({ interaction: false, members: [false], filed: 0 });
    await mutate(tenant, DELETE, { uris: [created!.uri], mode: 'SOFT' });
    expect(await marks()).toEqual({ interaction: true, members: [true], filed: 1 });
    await mutate(tenant, RESTORE, { uris: [created!.uri] });
    expect(await marks()).toEqual({ interaction: false, members: [false], filed: 0 });
  });

  it('hard-deletes a soft-deleted interaction for good, which frees its crosswalk', async () => {
    const { tenant, lunch } = await tenantWithPerson('soft-hard');
    const [created] = await create(tenant, [lunch(1)]);
    await mutate(tenant, DELETE, { uris: [created!.uri], mode: 'SOFT' });
    const hard = await mutate<ItemResults>(tenant, DELETE, { uris: [created!.uri], mode: 'HARD' });
    expect(hard[0]!.successful).toBe(true);
    expect(await service.database.db.interaction.count({ where: { tenantId: tenant } })).toBe(0);
    const [again] = await create(tenant, [lunch(1)]);
    expect(again!.status).toBe('OK');
    expect(again!.uri).not.toBe(created!.uri);
    const restore = await mutate<ItemResults>(tenant, RESTORE, { uris: [created!.uri] });
    expect(restore[0]!.errors[0]!.name).toBe('OBJECT_NOT_FOUND');
  });

  it('soft-deletes by filter with a count, 0 on a re-run; a hard delete by filter takes the soft-deleted ones too', async () => {
    const { tenant, lunch } = await tenantWithPerson('soft-where');
    await create(
      tenant,
      Array.from({ length: 6 }, (_, day) => lunch(day)),
    );
    const range = { types: ['Lunch'], from: START + 86_400_000, to: START + 4 * 86_400_000 };
    expect(await mutate(tenant, DELETE_WHERE, { filter: range, mode: 'SOFT' })).toEqual({ deleted: 3 });
    expect(await mutate(tenant, DELETE_WHERE, { filter: range, mode: 'SOFT' })).toEqual({ deleted: 0 });
    const live = await service.graphql(tenant, `{ interactions(first: 0) { totalCount } }`);
    expect(live.data).toEqual({ interactions: { totalCount: 3 } });
    // HARD over the whole type: the 3 live ones and the 3 soft-deleted ones.
    expect(await mutate(tenant, DELETE_WHERE, { filter: { types: ['Lunch'] }, mode: 'HARD' })).toEqual({ deleted: 6 });
    expect(await service.database.db.interaction.count({ where: { tenantId: tenant } })).toBe(0);
  });

  it('purges the interactions soft-deleted before a time, and no others; a re-run purges 0', async () => {
    const { tenant, lunch } = await tenantWithPerson('soft-purge');
    const [early, late, kept] = await create(tenant, [lunch(1), lunch(2), lunch(3)]);
    await mutate(tenant, DELETE, { uris: [early!.uri], mode: 'SOFT' });
    const between = Date.now() + 1;
    while (Date.now() <= between) await new Promise((resolve) => setTimeout(resolve, 2));
    await mutate(tenant, DELETE, { uris: [late!.uri], mode: 'SOFT' });
    const cursor = await endOfStream(tenant);

    // By default only those older than SOFT_DELETE_RETENTION_DAYS (30): none here.
    expect(await mutate(tenant, PURGE, {})).toEqual({ deleted: 0 });
    expect(await mutate(tenant, PURGE, { before: between })).toEqual({ deleted: 1 });
    expect(await mutate(tenant, PURGE, { before: between })).toEqual({ deleted: 0 });
    expect(await changesAfter(tenant, cursor)).toEqual([{ kind: 'DELETED', uri: early!.uri, interaction: null }]);
    const left = await service.database.db.interaction.findMany({ where: { tenantId: tenant }, select: { id: true } });
    expect(left.map((row) => `interactions/${row.id}`).sort()).toEqual([late!.uri, kept!.uri].sort());
    // The purged one's crosswalk is free; the one still restorable keeps its.
    const [first, second] = await create(tenant, [lunch(1), lunch(2)]);
    expect([first!.status, second!.status]).toEqual(['OK', 'FAILED']);
  });

  it('lets only an admin purge', async () => {
    const { tenant } = await tenantWithPerson('soft-roles');
    const answer = await service.graphql(tenant, PURGE, {}, await service.as(tenant, { roles: ['writer'] }));
    expect(answer.status).toBe(403);
  });
});

describeEachDatabase('the soft-delete retention', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    // About 1.7 s: every process purges a tenth of that often, or once a second at most.
    service = await startTestService(provider, { SOFT_DELETE_RETENTION_DAYS: '0.00002' });
  });
  afterAll(() => service?.stop());

  it('deletes soft-deleted interactions for good once they are older than SOFT_DELETE_RETENTION_DAYS', async () => {
    const tenant = await demoTenant(service, 'soft-retention');
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
    const person = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const lunch = (value: string) => ({
      type: 'Lunch',
      timestamp: START,
      members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
      crosswalks: [{ source: 'Salesforce', value }],
    });
    const created = await service.graphql(tenant, CREATE, { interactions: [lunch('gone'), lunch('live')] });
    const [gone, live] = (created.data as { createInteractions: Array<{ uri: string }> }).createInteractions;
    await service.graphql(tenant, DELETE, { uris: [gone!.uri], mode: 'SOFT' });

    const db = service.database.db;
    const deadline = Date.now() + 20_000;
    while ((await db.interaction.count({ where: { tenantId: tenant } })) > 1 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    const left = await db.interaction.findMany({ where: { tenantId: tenant }, select: { id: true } });
    expect(left.map((row) => `interactions/${row.id}`)).toEqual([live!.uri]);
    const changes = await service.graphql(tenant, CHANGES, {});
    expect((changes.data as { changes: { changes: Array<{ kind: string; uri: string }> } }).changes.changes.slice(-1)).toEqual([
      { kind: 'DELETED', uri: gone!.uri, interaction: null },
    ]);
  });
});
