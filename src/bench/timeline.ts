// Latency of an entity's first timeline page (50 interactions with their members) on
// PostgreSQL with 10 thousand and with 1 million interactions stored. The store is seeded
// directly in SQL; the page is read through the running server.
import pg from 'pg';
import { benchConfiguration } from './bench-configuration.ts';
import { startBenchService } from './bench-service.ts';
import { percentile } from './statistics.ts';

const TENANT = 'bench';
const PEOPLE = 10_000;
const WARMUP = 30;
const SAMPLES = Number(process.env.BENCH_TIMELINE_SAMPLES ?? 200);

const PAGE = `{ entity(uri: "entities/e0") { interactions(first: 50) { nodes {
  uri timestamp type { name } attributes { name values { value } }
  members { participant { name } members { objectURI label } }
} } } }`;
// "Last contact": the entity's latest interaction per participant it plays.
// The tenant's latest visit per Channel value (web, store): a skip scan of the value index.
const LATEST_PER_VALUE = `{ latest: latestInteractions(types: ["Visit"], attribute: "Channel") { group interaction { uri timestamp } } }`;
const LATEST_OF_ENTITY = `{ latest: entity(uri: "entities/e0") { latestInteractions(by: PARTICIPANT) { group interaction { uri timestamp } } } }`;

export interface TimelineResult {
  stored: number;
  medianMs: number;
  p99Ms: number;
  /** Mean milliseconds per request spent in statements, by the table each reads first. */
  statementMs: Record<string, number>;
}

/**
 * Seeds interactions numbered [from, to), each with a host, a guest and a Channel value; ids
 * from md5 spread like the service's random ids. `host` and `timestamp` are SQL over g.
 */
async function seedRange(client: pg.Client, ids: Record<string, string>, from: number, to: number, host: string, timestamp: string) {
  const rows = `FROM generate_series(${from}, ${to - 1}) g`;
  const id = 'substr(md5(g::text), 1, 12)';
  await client.query(
    `INSERT INTO "Interaction" ("tenantId", id, "interactionTypeId", timestamp, "createdTime", "updatedTime", "createdBy", "updatedBy")
    SELECT $1, ${id}, $2, ${timestamp}, 0, 0, 'seed', 'seed' ${rows}`,
    [TENANT, ids.visit],
  );
  await client.query(
    `INSERT INTO "InteractionMember" ("tenantId", id, "interactionId", "participantId", "entityId", timestamp, position)
    SELECT $1, 'h' || g, ${id}, $2, ${host}, ${timestamp}, 0 ${rows}`,
    [TENANT, ids.host],
  );
  await client.query(
    `INSERT INTO "InteractionMember" ("tenantId", id, "interactionId", "participantId", "entityId", timestamp, position)
    SELECT $1, 'g' || g, ${id}, $2, 'e' || (1 + (g * 7) % ${PEOPLE - 1}), ${timestamp}, 0 ${rows}`,
    [TENANT, ids.guest],
  );
  await client.query(
    `INSERT INTO "InteractionAttributeValue" ("tenantId", id, "interactionId", "attributeTypeId", value, position, timestamp)
    SELECT $1, 'v' || g, ${id}, $2, CASE WHEN g % 2 = 0 THEN 'web' ELSE 'store' END, 0, ${timestamp} ${rows}`,
    [TENANT, ids.channel],
  );
}

/** Settles the store after a bulk load, as autovacuum would: otherwise it runs during the measurement. */
const settle = (client: pg.Client) => client.query('VACUUM ANALYZE');

export interface LatestResult {
  stored: number;
  medianMs: number;
  p99Ms: number;
}

export async function benchTimeline(): Promise<{
  small: TimelineResult;
  large: TimelineResult;
  ratio: number;
  latest: { small: LatestResult; large: LatestResult; ratio: number };
  latestPerValue: { small: LatestResult; large: LatestResult; ratio: number };
}> {
  const bench = await startBenchService('postgresql');
  const client = new pg.Client({ connectionString: bench.database.url });
  await client.connect();
  try {
    await bench.graphql(TENANT, 'mutation($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok } }', {
      input: benchConfiguration,
    });
    const db = bench.service.database.db;
    const visit = await db.interactionType.findFirstOrThrow({
      where: { tenantId: TENANT, name: 'Visit' },
      include: { participants: true, attributes: true },
    });
    const person = await db.entityType.findFirstOrThrow({ where: { tenantId: TENANT, name: 'Person' } });
    const ids = {
      visit: visit.id,
      host: visit.participants.find((participant) => participant.name === 'Host')!.id,
      guest: visit.participants.find((participant) => participant.name === 'Guest')!.id,
      channel: visit.attributes.find((attribute) => attribute.name === 'Channel')!.id,
    };
    await client.query(
      `INSERT INTO "Entity" ("tenantId", id, "entityTypeId", label, "createdTime", "updatedTime", "createdBy", "updatedBy")
      SELECT $1, 'e' || g, $2, 'Person ' || g, 0, 0, 'seed', 'seed' FROM generate_series(0, ${PEOPLE - 1}) g`,
      [TENANT, person.id],
    );

    const measure = async (stored: number): Promise<TimelineResult> => {
      for (let index = 0; index < WARMUP; index++) await bench.graphql(TENANT, PAGE);
      const times: number[] = [];
      const statementMs: Record<string, number> = {};
      const stop = bench.service.database.onQuery((sql, durationMs) => {
        const table = /FROM "public"\."(\w+)"/.exec(sql)?.[1] ?? /FROM [`"]?(?:main[`"]?\.)?[`"]?(\w+)/.exec(sql)?.[1] ?? sql.slice(0, 12);
        statementMs[table] = (statementMs[table] ?? 0) + durationMs / SAMPLES;
      });
      for (let index = 0; index < SAMPLES; index++) {
        const start = performance.now();
        const data = await bench.graphql<{ entity: { interactions: { nodes: unknown[] } } }>(TENANT, PAGE);
        times.push(performance.now() - start);
        if (data.entity.interactions.nodes.length !== 50) throw new Error('the timeline page is not full');
      }
      stop();
      times.sort((a, b) => a - b);
      return { stored, medianMs: percentile(times, 50), p99Ms: percentile(times, 99), statementMs };
    };
    const measureLatest = async (query: string, stored: number): Promise<LatestResult> => {
      for (let index = 0; index < WARMUP; index++) await bench.graphql(TENANT, query);
      const times: number[] = [];
      for (let index = 0; index < SAMPLES; index++) {
        const start = performance.now();
        const data = await bench.graphql<{ latest: unknown[] | { latestInteractions: unknown[] } }>(TENANT, query);
        times.push(performance.now() - start);
        const groups = Array.isArray(data.latest) ? data.latest : data.latest.latestInteractions;
        if (!groups.length) throw new Error('no latest interaction');
      }
      times.sort((a, b) => a - b);
      return { stored, medianMs: percentile(times, 50), p99Ms: percentile(times, 99) };
    };
    // e0, the measured entity, hosts every 50th of the first 10,000 interactions: 200 in all.
    const everyFiftieth = `CASE WHEN g % 50 = 0 THEN 'e0' ELSE 'e' || (1 + g % ${PEOPLE - 1}) END`;
    await seedRange(client, ids, 0, 10_000, everyFiftieth, '1600000000000 + g * 60000');
    await settle(client);
    const small = await measure(10_000);
    const latestSmall = await measureLatest(LATEST_OF_ENTITY, 10_000);
    const perValueSmall = await measureLatest(LATEST_PER_VALUE, 10_000);
    const total = Number(process.env.BENCH_TIMELINE_LARGE ?? 1_000_000);
    // The larger store keeps e0's timeline as it was and adds everyone else's history around it.
    for (let from = 10_000; from < total; from += 250_000) {
      await seedRange(
        client,
        ids,
        from,
        Math.min(total, from + 250_000),
        `'e' || (1 + g % ${PEOPLE - 1})`,
        '1600000000000 + (g % 10000) * 60000 + g',
      );
    }
    await settle(client);
    const large = await measure(total);
    const latestLarge = await measureLatest(LATEST_OF_ENTITY, total);
    const perValueLarge = await measureLatest(LATEST_PER_VALUE, total);
    return {
      small,
      large,
      ratio: large.medianMs / small.medianMs,
      latest: { small: latestSmall, large: latestLarge, ratio: latestLarge.medianMs / latestSmall.medianMs },
      latestPerValue: { small: perValueSmall, large: perValueLarge, ratio: perValueLarge.medianMs / perValueSmall.medianMs },
    };
  } finally {
    await client.end();
    await bench.stop();
  }
}
