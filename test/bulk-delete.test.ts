// deleteInteractionsWhere: a bulk delete by type, time range and source that reports its count,
// frees crosswalks, records each deletion in the change stream and is safe to run again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const DELETE_WHERE = `mutation ($filter: InteractionDeleteFilter!) { deleteInteractionsWhere(filter: $filter) { deleted } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) { uri status errors { code } } }`;
const COUNT = `query ($filter: InteractionFilter) { interactions(filter: $filter, first: 0) { totalCount } }`;
const CHANGES = `query ($after: String) { changes(after: $after, first: 500, objectTypes: [INTERACTION]) { changes { kind uri } endCursor } }`;

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);

describeEachDatabase('deleting interactions by filter', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  async function tenantWithLunches(prefix: string, days: number, crosswalk?: (day: number) => string) {
    const tenant = await demoTenant(service, prefix);
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
    const person = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const lunch = (day: number) => ({
      type: 'Lunch',
      timestamp: START + day * DAY,
      attributes: [{ name: 'Place', values: [`day ${day}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
      ...(crosswalk ? { crosswalks: [{ source: 'Salesforce', value: crosswalk(day) }] } : {}),
    });
    const uris: string[] = [];
    for (let first = 0; first < days; first += 600) {
      const created = await service.graphql(tenant, CREATE, {
        interactions: Array.from({ length: Math.min(600, days - first) }, (_, index) => lunch(first + index)),
      });
      const results = (created.data as { createInteractions: Array<{ uri: string; status: string }> }).createInteractions;
      expect(results.every((result) => result.status === 'OK')).toBe(true);
      uris.push(...results.map((result) => result.uri));
    }
    return { tenant, uris, lunch };
  }
  const count = async (tenant: string, filter: Record<string, unknown> = {}) =>
    ((await service.graphql(tenant, COUNT, { filter })).data as { interactions: { totalCount: number } }).interactions.totalCount;
  const deleteWhere = async (tenant: string, filter: Record<string, unknown>) => {
    const answer = await service.graphql(tenant, DELETE_WHERE, { filter });
    expect(answer.errors).toBeUndefined();
    return (answer.data as { deleteInteractionsWhere: { deleted: number } }).deleteInteractionsWhere.deleted;
  };

  it('deletes a time range of one type, reports the count, records each deletion, frees crosswalks, and deletes 0 when run again', async () => {
    const { tenant, uris, lunch } = await tenantWithLunches('bulk-range', 5, (day) => `L-${day}`);
    const before = (await service.graphql(tenant, CHANGES, {})).data as { changes: { endCursor: string } };

    expect(await deleteWhere(tenant, { types: ['Lunch'], from: START + DAY, to: START + 3 * DAY })).toBe(2);
    expect(await count(tenant)).toBe(3);
    expect(await deleteWhere(tenant, { types: ['Lunch'], from: START + DAY, to: START + 3 * DAY })).toBe(0);

    const changes = (await service.graphql(tenant, CHANGES, { after: before.changes.endCursor })).data as {
      changes: { changes: Array<{ kind: string; uri: string }> };
    };
    expect(changes.changes.changes).toEqual(
      expect.arrayContaining([
        { kind: 'DELETED', uri: uris[1] },
        { kind: 'DELETED', uri: uris[2] },
      ]),
    );
    expect(changes.changes.changes).toHaveLength(2);

    // The deleted ones' crosswalks are free: the same lunch again is a new interaction, not a 536.
    const again = await service.graphql(tenant, CREATE, { interactions: [lunch(1)] });
    expect((again.data as { createInteractions: Array<{ status: string }> }).createInteractions[0]!.status).toBe('OK');
    // Another source selects nothing.
    expect(await deleteWhere(tenant, { sources: ['AMA'] })).toBe(0);
    expect(await deleteWhere(tenant, { sources: ['Salesforce'] })).toBe(4);
    expect(await count(tenant)).toBe(0);
  });

  it('deletes more than one slice (1,000 a transaction) in one run', async () => {
    const { tenant } = await tenantWithLunches('bulk-slices', 1_200);
    expect(await deleteWhere(tenant, { from: START })).toBe(1_200);
    expect(await count(tenant)).toBe(0);
  });

  it('refuses a filter that selects everything, a type it does not know, and a caller below ADMIN', async () => {
    const { tenant } = await tenantWithLunches('bulk-refusals', 1);
    const refused = await service.graphql(tenant, DELETE_WHERE, { filter: {} });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(/^name what to delete/);
    const unknown = await service.graphql(tenant, DELETE_WHERE, { filter: { types: ['Dragon'] } });
    expect(unknown.errors?.[0]?.message).toBe('interaction type Dragon is not defined');
    const writer = await service.graphql(
      tenant,
      DELETE_WHERE,
      { filter: { types: ['Lunch'] } },
      await service.as(tenant, { roles: ['writer'] }),
    );
    expect(writer.status).toBe(403);
    expect(await count(tenant)).toBe(1);
  });
});
