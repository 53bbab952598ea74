// Ingest throughput of createInteractions through the running server (batches of 100
// interactions with 3 attributes and 3 members: by objectURI, by crosswalk, by attribute
// mapping), beside the same rows inserted by the raw driver in the same run. The loader
// section (loader.ts) shares the tenant's setup, the rows and the API figure.
import type { Db } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import type { Provider } from '../config/database-url.ts';
import { startBenchServiceProcess, type BenchClient } from './bench-service.ts';
import { benchConfiguration as configuration, VENUES } from './bench-configuration.ts';
import { openRawInserter, type RowBatch } from './raw-insert.ts';

export const TENANT = 'bench';
const PEOPLE = 2000;
const BATCH = 100;
const WARMUP_BATCHES = 3;
const MEASURED_BATCHES = Number(process.env.BENCH_BATCHES ?? 30);
const BATCHES_PER_TURN = 5;

type ConfigIds = Awaited<ReturnType<typeof configIds>>;

/** Ids of the bench configuration's rows, which the raw baseline writes directly. */
async function configIds(db: Db) {
  const visit = await db.interactionType.findFirstOrThrow({
    where: { tenantId: TENANT, name: 'Visit' },
    include: { attributes: true, participants: true },
  });
  const attribute = (name: string) => visit.attributes.find((candidate) => candidate.name === name)!.id;
  const participant = (name: string) => visit.participants.find((candidate) => candidate.name === name)!.id;
  const source = await db.source.findFirstOrThrow({ where: { tenantId: TENANT, isDefault: true } });
  const venues = await db.entity.findMany({ where: { tenantId: TENANT, entityType: { name: 'Venue' } } });
  const venueByCode = new Map(venues.map((venue) => [venue.label, venue.id]));
  return {
    visit: visit.id,
    channel: attribute('Channel'),
    amount: attribute('Amount'),
    venueCode: attribute('VenueCode'),
    host: participant('Host'),
    guest: participant('Guest'),
    venue: participant('Venue'),
    source: source.id,
    venueIds: Array.from({ length: VENUES }, (_, index) => venueByCode.get(`V-${index}`)!),
  };
}

export interface IngestResult {
  provider: Provider;
  apiPerSecond: number;
  rawPerSecond: number;
  ratio: number;
  requestMs: number;
  databaseMs: number;
  statementsPerBatch: number;
  /** Mean milliseconds per batch in each kind of statement. */
  statementMs: Record<string, number>;
}

/** The `index`th Visit of the benchmarks: members by objectURI (Host), by crosswalk (Guest) and by property mapping (Venue). */
export function visit(index: number, peopleUris: string[]) {
  return {
    type: 'Visit',
    timestamp: 1_700_000_000_000 + index * 1000,
    attributes: [
      { name: 'Channel', values: [index % 2 ? 'web' : 'store'] },
      { name: 'Amount', values: [(index % 97) + 0.5] },
      { name: 'VenueCode', values: [`V-${index % VENUES}`] },
    ],
    members: [
      { participant: 'Host', members: [{ objectURI: peopleUris[index % PEOPLE] }] },
      { participant: 'Guest', members: [{ crosswalks: [{ source: 'CRM', value: `P-${(index * 7) % PEOPLE}` }] }] },
    ],
  };
}

const CREATE = `mutation($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions, options: { returnObjects: false }) { status errors { message } }
}`;
const CREATE_ENTITIES = 'mutation($e: [EntityInput!]!) { createEntities(entities: $e, options: { returnObjects: false }) { uri } }';

/** Applies the bench configuration to TENANT and creates its people and venues; the people's URIs, for `visit`. */
export async function prepareBenchTenant(bench: BenchClient): Promise<string[]> {
  const applied = await bench.graphql<{ applyConfiguration: { ok: boolean; errors: unknown[] } }>(
    TENANT,
    'mutation($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok errors { message } } }',
    { input: configuration },
  );
  if (!applied.applyConfiguration.ok) throw new Error(JSON.stringify(applied.applyConfiguration.errors));
  const peopleUris: string[] = [];
  for (let start = 0; start < PEOPLE; start += 500) {
    const entities = Array.from({ length: 500 }, (_, offset) => ({
      type: 'Person',
      attributes: [{ name: 'Name', values: [`Person ${start + offset}`] }],
      crosswalks: [{ source: 'CRM', value: `P-${start + offset}` }],
    }));
    const created = await bench.graphql<{ createEntities: Array<{ uri: string }> }>(TENANT, CREATE_ENTITIES, { e: entities });
    peopleUris.push(...created.createEntities.map((result) => result.uri));
  }
  await bench.graphql(TENANT, CREATE_ENTITIES, {
    e: Array.from({ length: VENUES }, (_, index) => ({ type: 'Venue', attributes: [{ name: 'Code', values: [`V-${index}`] }] })),
  });
  return peopleUris;
}

export interface ApiIngest {
  /** Visits stored per second by the measured batches. */
  perSecond: number;
  seconds: number;
}

/**
 * The API ingest figure: MEASURED_BATCHES createInteractions requests of BATCH visits, sent
 * one after another after WARMUP_BATCHES, their visits numbered from `first`.
 */
export async function measureApiIngest(
  bench: BenchClient,
  peopleUris: string[],
  { first = 0, batches = MEASURED_BATCHES, warmup = WARMUP_BATCHES }: { first?: number; batches?: number; warmup?: number } = {},
): Promise<ApiIngest> {
  let next = first;
  const sendBatch = async () => {
    const interactions = Array.from({ length: BATCH }, () => visit(next++, peopleUris));
    const data = await bench.graphql<{ createInteractions: Array<{ status: string; errors: unknown[] }> }>(TENANT, CREATE, {
      interactions,
    });
    const failed = data.createInteractions.find((result) => result.status !== 'OK');
    if (failed) throw new Error(`an interaction failed: ${JSON.stringify(failed.errors)}`);
  };
  for (let batch = 0; batch < warmup; batch++) await sendBatch();
  const start = performance.now();
  for (let batch = 0; batch < batches; batch++) await sendBatch();
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: (batches * BATCH) / seconds, seconds };
}

/** Statements the service has run so far, by kind (SELECT, INSERT, ...): their count and seconds, from its /metrics. */
async function statementTotals(serviceUrl: string): Promise<Map<string, { count: number; seconds: number }>> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  const totals = new Map<string, { count: number; seconds: number }>();
  for (const [, part, kind, value] of text.matchAll(/^interactions_db_statement_duration_seconds_(sum|count)\{kind="(\w+)"\} (\S+)$/gm)) {
    const total = totals.get(kind!) ?? { count: 0, seconds: 0 };
    if (part === 'sum') total.seconds = Number(value);
    else total.count = Number(value);
    totals.set(kind!, total);
  }
  return totals;
}

export async function benchIngest(provider: Provider): Promise<IngestResult> {
  // The service as production runs it, in a process of its own, as in the requests section.
  const bench = await startBenchServiceProcess(provider);
  try {
    const peopleUris = await prepareBenchTenant(bench);
    let databaseMs = 0;
    let statements = 0;
    const byKind: Record<string, number> = {};
    const noteStatements = (before: Awaited<ReturnType<typeof statementTotals>>, after: typeof before) => {
      for (const [kind, total] of after) {
        const earlier = before.get(kind) ?? { count: 0, seconds: 0 };
        const ms = (total.seconds - earlier.seconds) * 1000;
        databaseMs += ms;
        statements += total.count - earlier.count;
        byKind[kind] = (byKind[kind] ?? 0) + ms / MEASURED_BATCHES;
      }
    };
    // The API and the raw driver take turns, a few batches each, so that both meet the same
    // conditions on a machine whose other work comes and goes.
    const raw = await rawBaseline(provider, bench.databaseUrl, peopleUris, await configIds(bench.db));
    let apiSeconds = 0;
    let rawSeconds = 0;
    try {
      await measureApiIngest(bench, peopleUris, { batches: 0 });
      await raw.insert(WARMUP_BATCHES);
      for (let turn = 0, sent = 0; sent < MEASURED_BATCHES; turn++) {
        const batches = Math.min(BATCHES_PER_TURN, MEASURED_BATCHES - sent);
        const before = await statementTotals(bench.url);
        apiSeconds += (await measureApiIngest(bench, peopleUris, { first: (turn + 1) * 10_000, batches, warmup: 0 })).seconds;
        noteStatements(before, await statementTotals(bench.url));
        rawSeconds += await raw.insert(batches);
        sent += batches;
      }
    } finally {
      await raw.close();
    }
    const api = { perSecond: (MEASURED_BATCHES * BATCH) / apiSeconds, seconds: apiSeconds };
    const rawPerSecond = (MEASURED_BATCHES * BATCH) / rawSeconds;
    return {
      provider,
      apiPerSecond: api.perSecond,
      rawPerSecond,
      ratio: api.perSecond / rawPerSecond,
      requestMs: (api.seconds * 1000) / MEASURED_BATCHES,
      databaseMs: databaseMs / MEASURED_BATCHES,
      statementsPerBatch: statements / MEASURED_BATCHES,
      statementMs: byKind,
    };
  } finally {
    await bench.stop();
  }
}

/** The raw driver inserting the rows of `count` more batches at a time (member ids already known), timed in seconds. */
async function rawBaseline(provider: Provider, url: string, peopleUris: string[], config: ConfigIds) {
  const db = await openRawInserter(provider, url);
  const personId = (index: number) => peopleUris[index % PEOPLE]!.slice('entities/'.length);
  let next = 1_000_000;
  const batchRows = (first: number): RowBatch[] => {
    const interactions = [],
      values = [],
      crosswalks = [],
      members = [];
    const now = BigInt(Date.now());
    for (let index = first; index < first + BATCH; index++) {
      const id = newId();
      const timestamp = BigInt(1_700_000_000_000 + index * 1000);
      interactions.push({
        tenantId: TENANT,
        id,
        interactionTypeId: config.visit,
        timestamp,
        createdTime: now,
        updatedTime: now,
        createdBy: 'raw',
        updatedBy: 'raw',
      });
      values.push(
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          attributeTypeId: config.channel,
          value: index % 2 ? 'web' : 'store',
          position: 0,
          timestamp,
        },
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          attributeTypeId: config.amount,
          value: String((index % 97) + 0.5),
          position: 0,
          timestamp,
        },
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          attributeTypeId: config.venueCode,
          value: `V-${index % VENUES}`,
          position: 0,
          timestamp,
        },
      );
      crosswalks.push({ tenantId: TENANT, id: newId(), interactionId: id, sourceId: config.source, value: newId(), createdTime: now });
      members.push(
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          participantId: config.host,
          entityId: personId(index),
          timestamp,
          position: 0,
        },
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          participantId: config.guest,
          entityId: personId(index * 7),
          timestamp,
          position: 0,
        },
        {
          tenantId: TENANT,
          id: newId(),
          interactionId: id,
          participantId: config.venue,
          entityId: config.venueIds[index % VENUES]!,
          timestamp,
          position: 0,
        },
      );
    }
    return [
      { table: 'Interaction', rows: interactions },
      { table: 'InteractionCrosswalk', rows: crosswalks },
      { table: 'InteractionAttributeValue', rows: values },
      { table: 'InteractionMember', rows: members },
    ];
  };
  return {
    async insert(count: number): Promise<number> {
      const prepared = Array.from({ length: count }, () => batchRows((next += BATCH)));
      const start = performance.now();
      for (const rows of prepared) await db.insert(rows);
      return (performance.now() - start) / 1000;
    },
    close: () => db.close(),
  };
}
