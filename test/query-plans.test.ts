// On PostgreSQL, the read paths the contract names use their indexes rather than scanning
// tables, on tables large enough for the planner to tell the difference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testedProviders } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { demoInteractionType } from './helpers/interactions.ts';
import { execute, explain } from './helpers/postgres-plans.ts';
import { startTestService, type TestService, type TypedOperation } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';

const INTERACTIONS = 100_000;
const ENTITIES = 2_000;

const ENTITY_TIMELINE_PAGE = graphql(`
  query QueryPlansEntityTimelinePage($uri: String!) {
    entity(uri: $uri) {
      interactions(first: 50) {
        nodes {
          uri
        }
      }
    }
  }
`);

const ENTITY_TIMELINE_PAGE_AFTER = graphql(`
  query QueryPlansEntityTimelinePageAfter($uri: String!, $after: String) {
    entity(uri: $uri) {
      interactions(first: 50, after: $after) {
        pageInfo {
          endCursor
        }
      }
    }
  }
`);

const LUNCHES_IN_RANGE = graphql(`
  query QueryPlansLunchesInRange {
    interactions(filter: { types: ["Lunch"], from: 1600010000000, to: 1600090000000 }, first: 50) {
      nodes {
        uri
      }
    }
  }
`);

const LATEST_PER_PARTICIPANT = `query QueryPlansLatestPerParticipant($uri: String!) {
  entity(uri: $uri) { latestInteractions(by: PARTICIPANT) { group interaction { uri } } }
}`;

const LATEST_PER_PLACE = `query QueryPlansLatestPerPlace { latestInteractions(types: ["Lunch"], attribute: "Place") { group interaction { uri } } }`;

const REKEY_EXHIBITIONS = graphql(`
  mutation QueryPlansRekeyExhibitions($input: InteractionTypeInput!) {
    updateInteractionType(uri: "configuration/interactionTypes/ExhibitionEvent", input: $input, rekey: true) {
      ok
      changed
    }
  }
`);

// Plans are a PostgreSQL matter: the suite runs whenever the PostgreSQL suite does.
// Sequential: a plan is read off the statements the service sends meanwhile.
describe.runIf(testedProviders.includes('postgresql')).sequential('query plans [postgresql]', () => {
  let service: TestService;
  let tenant: string;
  let target: string;
  beforeAll(async () => {
    service = await startTestService('postgresql');
    tenant = await demoTenant(service, 'plans');
    const db = service.database.db;
    const lunch = await db.interactionType.findFirstOrThrow({
      where: { tenantId: tenant, name: 'Lunch' },
      include: { participants: true },
    });
    const meeting = await db.interactionType.findFirstOrThrow({ where: { tenantId: tenant, name: 'Meeting' } });
    const place = await db.interactionAttributeType.findFirstOrThrow({
      where: { tenantId: tenant, interactionTypeId: lunch.id, name: 'Place' },
    });
    const individual = await db.entityType.findFirstOrThrow({ where: { tenantId: tenant, name: 'Individual' } });
    const organizers = lunch.participants.find((participant) => participant.name === 'Organizers')!;
    // Ids from md5 spread like the service's random ids; one Lunch in 20 interactions, so a
    // Lunch list only stays cheap through the (type, timestamp) index.
    await execute(service.databaseUrl, [
      [
        `INSERT INTO "Entity" ("tenantId", id, "entityTypeId", label, "createdTime", "updatedTime", "createdBy", "updatedBy")
        SELECT $1, 'e' || g, $2, 'Person ' || g, 0, 0, 'seed', 'seed' FROM generate_series(0, ${ENTITIES - 1}) g`,
        [tenant, individual.id],
      ],
      [
        `INSERT INTO "Interaction" ("tenantId", id, "interactionTypeId", timestamp, "createdTime", "updatedTime", "createdBy", "updatedBy")
        SELECT $1, substr(md5(g::text), 1, 12), CASE WHEN g % 20 = 0 THEN $2 ELSE $3 END, 1600000000000 + g * 1000, 0, 0, 'seed', 'seed' FROM generate_series(1, ${INTERACTIONS}) g`,
        [tenant, lunch.id, meeting.id],
      ],
      [
        `INSERT INTO "InteractionMember" ("tenantId", id, "interactionId", "participantId", "entityId", timestamp, position)
        SELECT $1, 'm' || g, substr(md5(g::text), 1, 12), $2, 'e' || (g % ${ENTITIES}), 1600000000000 + g * 1000, 0 FROM generate_series(1, ${INTERACTIONS}) g`,
        [tenant, organizers.id],
      ],
      [
        // 50 places, each on every 50th interaction.
        `INSERT INTO "InteractionAttributeValue" ("tenantId", id, "interactionId", "attributeTypeId", value, position, timestamp)
        SELECT $1, 'v' || g, substr(md5(g::text), 1, 12), $2, 'Place ' || (g % 50), 0, 1600000000000 + g * 1000 FROM generate_series(1, ${INTERACTIONS}) g`,
        [tenant, place.id],
      ],
      ['ANALYZE', []],
    ]);
    target = 'entities/e7';
  });
  afterAll(() => service?.stop());

  const planOf = async <Result, Variables>(table: string, operation: TypedOperation<Result, Variables>, variables?: Variables) => {
    const captured: Array<{ sql: string; params: string }> = [];
    const stop = service.database.onQuery((sql, _, params) => captured.push({ sql, params }));
    try {
      expect((await service.graphql(tenant, operation, variables)).errors).toBeUndefined();
    } finally {
      stop();
    }
    // Prisma qualifies the table with its schema; the prepared reads do not.
    const statement = captured.find(
      ({ sql }) => (sql.includes(`FROM "public"."${table}"`) || sql.includes(`FROM "${table}"`)) && /ORDER BY/.test(sql),
    );
    expect(statement, `no ordered SELECT on ${table}`).toBeDefined();
    return explain(service.databaseUrl, statement!.sql, statement!.params);
  };

  it("serves an entity's timeline page from the membership index, not a table scan", async () => {
    const plan = await planOf('InteractionMember', ENTITY_TIMELINE_PAGE, { uri: target });
    expect(plan).toMatch(/Index (Only )?Scan.*InteractionMember_tenantId_entityId_timestamp_interactionId_idx/);
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it("serves an entity's next timeline page from the membership index too, starting the range at the cursor", async () => {
    const first = await service.graphql(tenant, ENTITY_TIMELINE_PAGE_AFTER, { uri: target });
    const after = first.data?.entity?.interactions.pageInfo.endCursor;
    expect(after).toBeTruthy();
    const plan = await planOf('InteractionMember', ENTITY_TIMELINE_PAGE_AFTER, { uri: target, after });
    // The cursor's timestamp bounds the index range (an Index Cond), not a filter on rows read.
    expect(plan).toMatch(/Index (Only )?Scan.*InteractionMember_tenantId_entityId_timestamp_interactionId_idx/);
    expect(plan).toMatch(/Index Cond: .*"timestamp" <= /);
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it("finds an entity's latest interaction per participant by one seek each on the (entity, participant, time) index", async () => {
    const captured: Array<{ sql: string; params: string }> = [];
    const stop = service.database.onQuery((sql, _, params) => captured.push({ sql, params }));
    try {
      const answer = await service.graphql(tenant, LATEST_PER_PARTICIPANT, { uri: target });
      expect(answer.errors).toBeUndefined();
    } finally {
      stop();
    }
    const statement = captured.find(({ sql }) => sql.includes('FROM "InteractionMember"') && sql.includes('UNION ALL'));
    expect(statement, 'no latest-per-participant statement').toBeDefined();
    const plan = await explain(service.databaseUrl, statement!.sql, statement!.params);
    // The participant with rows: a backward walk of the new index that stops at its first
    // row. Those without rows may be looked up by participant alone, which finds none to sort.
    expect(plan).toMatch(/Index Only Scan Backward using "InteractionMember_tenantId_entityId_participantId_timestamp_idx"/);
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it('finds the latest interaction per value of an attribute by a skip scan of the (attribute, value, time) index, one seek a value', async () => {
    const captured: Array<{ sql: string; params: string }> = [];
    const stop = service.database.onQuery((sql, _, params) => captured.push({ sql, params }));
    try {
      const answer = await service.graphql(tenant, LATEST_PER_PLACE);
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { latestInteractions: unknown[] }).latestInteractions).toHaveLength(50);
    } finally {
      stop();
    }
    const statement = captured.find(({ sql }) => sql.includes('WITH RECURSIVE'));
    expect(statement, 'no latest-per-value statement').toBeDefined();
    const plan = await explain(service.databaseUrl, statement!.sql, statement!.params);
    expect(plan).toMatch(/Index Only Scan using "InteractionAttributeValue_tenantId_attributeTypeId_value_ti_idx"/);
    expect(plan).toMatch(
      /Index Scan Backward using "InteractionAttributeValue_tenantId_attributeTypeId_value_ti_idx"|Index Only Scan Backward using "InteractionAttributeValue_tenantId_attributeTypeId_value_ti_idx"/,
    );
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it('serves a type and time-range list from the type index, not a table scan', async () => {
    const plan = await planOf('Interaction', LUNCHES_IN_RANGE);
    expect(plan).toMatch(/Index (Only )?Scan.*Interaction_tenantId_interactionTypeId_timestamp_id_idx/);
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it("walks a type's interactions for a re-key in id order on the (type, id) index, neither scanning others nor sorting", async () => {
    // A type of 20,000 interactions among 120,000: more than a page, too few for a walk of the
    // whole tenant in id order to find a page of them cheaply.
    const exhibition = await service.database.db.interactionType.findFirstOrThrow({ where: { tenantId: tenant, name: 'ExhibitionEvent' } });
    await execute(service.databaseUrl, [
      [
        `INSERT INTO "Interaction" ("tenantId", id, "interactionTypeId", timestamp, "createdTime", "updatedTime", "createdBy", "updatedBy")
        SELECT $1, substr(md5('x' || g::text), 1, 12), $2, 1700000000000 + g, 0, 0, 'seed', 'seed' FROM generate_series(1, 20000) g`,
        [tenant, exhibition.id],
      ],
      ['ANALYZE', []],
    ]);
    const captured: Array<{ sql: string; params: string }> = [];
    const stop = service.database.onQuery((sql, _, params) => captured.push({ sql, params }));
    try {
      const input = demoInteractionType('ExhibitionEvent', (type) => void (type.idAttributes = ['EXHBT_NAME']));
      const response = await service.graphql(tenant, REKEY_EXHIBITIONS, { input });
      expect(response.data?.updateInteractionType).toMatchObject({ ok: true, changed: true });
    } finally {
      stop();
    }
    const page = captured.find(({ sql }) => sql.includes('FROM "Interaction" i') && sql.includes('ORDER BY i."id" LIMIT'));
    expect(page, 'no re-key page statement').toBeDefined();
    const plan = await explain(service.databaseUrl, page!.sql, page!.params);
    expect(plan).toMatch(/Index (Only )?Scan.*Interaction_tenantId_interactionTypeId_id_idx/);
    expect(plan).not.toMatch(/Seq Scan|Sort/);
  });
});
