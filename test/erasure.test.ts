// eraseEntity: an entity with 1,000 interactions, half of them shared with another person, is
// erased so that no stored row names it but the stream's ERASED notice; the shared
// interactions stay with their other members, and erasing again changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Prisma } from '../src/db/generated/postgresql/client.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const ERASE = `mutation ($uri: String!) { eraseEntity(uri: $uri) { uri erased interactionsDeleted interactionsUpdated } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) { uri status } }`;
const UPDATE_ENTITY = `mutation ($uri: String!) { updateEntity(uri: $uri, attributes: [{ name: "FullName", values: ["Ann R."] }]) { uri status } }`;
const CHANGES = `query ($after: String) { changes(after: $after, first: 500) { changes { kind objectType uri } endCursor hasMore } }`;
const TIMELINE = `query ($uri: String!) { entity(uri: $uri) { interactions(first: 0) { totalCount } } }`;

describeEachDatabase('erasing an entity', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** Every stored row of the tenant, each table read whole, as JSON. */
  async function storedRows(tenant: string): Promise<Array<{ table: string; json: string }>> {
    const db = service.database.db as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>;
    const rows: Array<{ table: string; json: string }> = [];
    for (const model of Object.values(Prisma.ModelName)) {
      const delegate = db[model.charAt(0).toLowerCase() + model.slice(1)]!;
      const where = model === 'Tenant' ? { id: tenant } : model === 'RateLimitCounter' ? {} : { tenantId: tenant };
      for (const row of await delegate.findMany({ where }))
        rows.push({ table: model, json: JSON.stringify(row, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value)) });
    }
    return rows;
  }

  /** The tenant's stream after `after` to its end, and the cursor there. */
  async function readStream(tenant: string, after?: string) {
    const changes: Array<{ kind: string; objectType: string; uri: string }> = [];
    let end = after;
    for (;;) {
      const page = (
        (await service.graphql(tenant, CHANGES, { after: end })).data as {
          changes: { changes: typeof changes; endCursor: string; hasMore: boolean };
        }
      ).changes;
      changes.push(...page.changes);
      end = page.endCursor;
      if (!page.hasMore) return { changes, end };
    }
  }

  it('erases an entity with 1,000 interactions, half shared: no row names it but the stream’s ERASED notice; the shared ones stay', async () => {
    const tenant = await demoTenant(service, 'erasure');
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman'), individual('Bob Other')] });
    const [ann, bob] = (people.data as { createEntities: Array<{ uri: string }> }).createEntities.map((result) => result.uri) as [
      string,
      string,
    ];
    const lunch = (index: number, organizers: string[], participants: string[] = []) => ({
      type: 'Lunch',
      timestamp: Date.UTC(2026, 0, 1) + index,
      attributes: [{ name: 'Place', values: [`table ${index}`] }],
      members: [
        { participant: 'Organizers', members: organizers.map((objectURI) => ({ objectURI })) },
        ...(participants.length ? [{ participant: 'Participants', members: participants.map((objectURI) => ({ objectURI })) }] : []),
      ],
    });
    const inputs = [
      // Hers alone: they go.
      ...Array.from({ length: 500 }, (_, index) => lunch(index, [ann])),
      // Organized with Bob: they stay, with Bob.
      ...Array.from({ length: 250 }, (_, index) => lunch(500 + index, [ann, bob])),
      // Bob's, she took part: they stay.
      ...Array.from({ length: 249 }, (_, index) => lunch(750 + index, [bob], [ann])),
      // She was its only organizer (required): without her it would have none, so it goes.
      lunch(999, [ann], [bob]),
    ];
    for (let start = 0; start < inputs.length; start += 500) {
      const created = await service.graphql(tenant, CREATE, { interactions: inputs.slice(start, start + 500) });
      expect((created.data as { createInteractions: Array<{ status: string }> }).createInteractions.every((r) => r.status === 'OK')).toBe(
        true,
      );
    }
    // An answer kept for retries that shows her.
    const kept = await service.graphql(
      tenant,
      UPDATE_ENTITY,
      { uri: ann },
      { ...(await service.as(tenant)), 'Idempotency-Key': 'erasure-test-1' },
    );
    expect(kept.data).toEqual({ updateEntity: { uri: ann, status: 'OK' } });
    const annId = ann.split('/')[1]!;
    expect((await storedRows(tenant)).some((row) => row.json.includes(annId))).toBe(true);
    const before = (await readStream(tenant)).end;

    const erased = await service.graphql(tenant, ERASE, { uri: ann });
    expect(erased.data).toEqual({ eraseEntity: { uri: ann, erased: true, interactionsDeleted: 501, interactionsUpdated: 499 } });

    const naming = (await storedRows(tenant)).filter((row) => row.json.includes(annId));
    expect(naming.map((row) => row.table)).toEqual(['Change']);
    expect(JSON.parse(naming[0]!.json)).toMatchObject({ kind: 'erased', objectType: 'entity', objectId: annId });
    expect(
      ((await service.graphql(tenant, TIMELINE, { uri: bob })).data as { entity: { interactions: { totalCount: number } } }).entity,
    ).toEqual({
      interactions: { totalCount: 499 },
    });

    // The stream: 501 deletions, 499 updates, then the erasure itself, last.
    const { changes, end: after } = await readStream(tenant, before);
    expect(changes.filter((change) => change.kind === 'DELETED')).toHaveLength(501);
    expect(changes.filter((change) => change.kind === 'UPDATED')).toHaveLength(499);
    expect(changes.at(-1)).toEqual({ kind: 'ERASED', objectType: 'ENTITY', uri: ann });
    expect(changes).toHaveLength(1_001);

    // Again: nothing left to erase, nothing changes.
    const again = await service.graphql(tenant, ERASE, { uri: ann });
    expect(again.data).toEqual({ eraseEntity: { uri: ann, erased: false, interactionsDeleted: 0, interactionsUpdated: 0 } });
    expect(((await service.graphql(tenant, CHANGES, { after })).data as { changes: { changes: unknown[] } }).changes.changes).toEqual([]);
  });

  it('is for admins only, and refuses what is not an entity URI', async () => {
    const tenant = await demoTenant(service, 'erasure-refusals');
    const writer = await service.graphql(tenant, ERASE, { uri: 'entities/abc' }, await service.as(tenant, { roles: ['writer'] }));
    expect(writer.status).toBe(403);
    const wrong = await service.graphql(tenant, ERASE, { uri: 'interactions/abc' });
    expect(wrong.status).toBe(400);
  });
});
