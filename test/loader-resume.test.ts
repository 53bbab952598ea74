// The file loader (npm run load) killed and resumed: a generated file of 20,000 rows, 1% of
// them bad, loaded by a loader killed with SIGKILL at three random points and resumed each
// time, ends with exactly the good rows stored once and exactly the bad rows in the rejects
// file; and Ctrl-C (SIGINT) stops a load with its checkpoint, which --resume finishes.
// The rows without crosswalks or id attributes are the case that matters: only the loader's
// Idempotency-Keys keep a batch sent again from storing them twice.
// A run's random choices come from a seed, printed when a test fails: LOADER_RESUME_SEED=<seed> repeats them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { APPLY_CONFIGURATION, createEntitiesOrThrow, createInteractions } from './helpers/interactions.ts';
import { loaderEnvironment, runLoader, startLoader, type LoaderRun } from './helpers/loader.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import type { ConfigurationInput } from './generated/operations/graphql.ts';

const ROWS = 20_000;
const BAD_ROWS = 200;
// Enough for batches of 100 to be in flight when Ctrl-C comes, few enough to keep CI short.
const SIGINT_ROWS = 2_000;
const KILLS = 3;

/** The interaction types of the three identity cases, each with the marker attribute Seq (the row number). */
const CONFIGURATION: ConfigurationInput = {
  sources: [
    { name: 'Default', isDefault: true },
    { name: 'Loader', label: 'The generated file' },
  ],
  entityTypes: [{ name: 'Person', attributes: [{ name: 'Name', valueType: 'STRING', required: true }], labelAttribute: 'Name' }],
  interactionTypes: [
    // (a) Rows carry crosswalks.
    {
      name: 'Visit',
      attributes: [
        { name: 'Seq', valueType: 'INTEGER', required: true },
        { name: 'Note', valueType: 'STRING' },
      ],
      participants: [{ name: 'Visitor', entityTypes: ['Person'], minOccurs: 0 }],
    },
    // (b) Identified by type and id attribute values; rows carry no crosswalks.
    {
      name: 'Order',
      attributes: [
        { name: 'OrderNo', valueType: 'STRING' },
        { name: 'Seq', valueType: 'INTEGER', required: true },
        { name: 'Amount', valueType: 'FLOAT' },
      ],
      idAttributes: ['OrderNo'],
      defaultSource: 'Loader',
    },
    // (c) Nothing identifies a row: stored twice if its batch were run twice.
    {
      name: 'Call',
      attributes: [
        { name: 'Seq', valueType: 'INTEGER', required: true },
        { name: 'Topic', valueType: 'STRING' },
      ],
      participants: [{ name: 'Caller', entityTypes: ['Person'], minOccurs: 0 }],
    },
  ],
};

/** Small, seedable, good enough to place bad rows and kills. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)) };
}

interface Tenant {
  tenant: string;
  person: string;
  env: Record<string, string>;
}

/** A bad row: its line, and the error code its rejects record must carry. */
interface BadRow {
  kind: string;
  line: string;
  code: number;
}

const BASE_TIME = Date.UTC(2024, 0, 1);
const seq = (n: number) => ({ name: 'Seq', values: [n] });

/** Row `n` as a good input, of the identity case n % 3. */
function goodRow(n: number, person: string): Record<string, unknown> {
  switch (n % 3) {
    case 0:
      return {
        type: n % 2 ? 'Visit' : 'configuration/interactionTypes/Visit',
        timestamp: BASE_TIME + n * 1000,
        attributes: [seq(n), { name: 'Note', values: [`visit ${n}`] }],
        members: [{ participant: 'Visitor', members: [{ objectURI: person }] }],
        crosswalks: [{ source: 'Loader', value: `visit-${n}` }],
      };
    case 1:
      return {
        type: n % 2 ? 'Order' : 'configuration/interactionTypes/Order',
        timestamp: new Date(BASE_TIME + n * 1000).toISOString(),
        attributes: [{ name: 'OrderNo', values: [`ORD-${n}`] }, seq(n), { name: 'Amount', values: [n / 100] }],
      };
    default:
      return {
        type: 'Call',
        timestamp: BASE_TIME + n * 1000,
        attributes: [seq(n), { name: 'Topic', values: [`call ${n}`] }],
        ...(n % 5 === 0
          ? { members: [{ participant: 'Caller', members: [{ crosswalks: [{ source: 'Loader', value: 'person-1' }] }] }] }
          : {}),
      };
  }
}

/** Bad rows of every kind the service or the loader refuses, each failing the same way however often it is sent. */
const BAD_KINDS: Array<(n: number, person: string) => BadRow> = [
  (n) => ({ kind: 'not JSON', line: `{"type": "Call", "attributes": [{"name": "Seq", "values": [${n}]}`, code: 3001 }),
  (n) => ({ kind: 'not an object', line: JSON.stringify([{ type: 'Call', attributes: [seq(n)] }]), code: 3001 }),
  (n) => ({ kind: 'unknown type', line: JSON.stringify({ type: 'Telegram', attributes: [seq(n)] }), code: 2001 }),
  (n) => ({
    kind: 'attribute the type lacks',
    line: JSON.stringify({ type: 'Call', attributes: [seq(n), { name: 'Colour', values: ['red'] }] }),
    code: 2002,
  }),
  (n) => ({
    kind: 'value of the wrong kind',
    line: JSON.stringify({ type: 'Call', attributes: [{ name: 'Seq', values: [`x${n}`] }] }),
    code: 2003,
  }),
  (n) => ({
    kind: 'timestamp without a time zone',
    line: JSON.stringify({ type: 'Call', timestamp: '2024-05-01T10:00', attributes: [seq(n)] }),
    code: 2013,
  }),
  (n) => ({
    kind: 'missing required attribute',
    line: JSON.stringify({ type: 'Call', attributes: [{ name: 'Topic', values: [`no seq ${n}`] }] }),
    code: 2004,
  }),
  (n) => ({
    kind: 'member that does not exist',
    line: JSON.stringify({
      type: 'Call',
      attributes: [seq(n)],
      members: [{ participant: 'Caller', members: [{ objectURI: `entities/missing${n}` }] }],
    }),
    code: 2103,
  }),
  (n, person) => ({
    kind: 'crosswalk of another stored interaction',
    line: JSON.stringify({
      type: 'Visit',
      attributes: [seq(n)],
      members: [{ participant: 'Visitor', members: [{ objectURI: person }] }],
      crosswalks: [{ source: 'Loader', value: 'visit-taken' }],
    }),
    code: 536,
  }),
  (n) => ({
    kind: 'id attribute values of another stored interaction',
    line: JSON.stringify({ type: 'Order', attributes: [{ name: 'OrderNo', values: ['ORD-taken'] }, seq(n)] }),
    code: 536,
  }),
  (n) => ({ kind: 'id attribute missing', line: JSON.stringify({ type: 'Order', attributes: [seq(n)] }), code: 2109 }),
];

interface GeneratedFile {
  path: string;
  lines: string[];
  good: number[];
  bad: Map<number, BadRow>;
}

/** `rows` rows as NDJSON in `dir`; `badCount` of them bad (the first and last among them), of every kind in turn. */
function generateFile(dir: string, rows: number, badCount: number, person: string, rng: ReturnType<typeof random>): GeneratedFile {
  const badNumbers = new Set<number>(badCount ? [1, rows] : []);
  while (badNumbers.size < badCount) badNumbers.add(rng.between(2, rows - 1));
  const bad = new Map<number, BadRow>();
  [...badNumbers].sort((a, b) => a - b).forEach((n, index) => bad.set(n, BAD_KINDS[index % BAD_KINDS.length]!(n, person)));
  const lines: string[] = [];
  const good: number[] = [];
  for (let n = 1; n <= rows; n++) {
    const broken = bad.get(n);
    if (broken) lines.push(broken.line);
    else {
      lines.push(JSON.stringify(goodRow(n, person)));
      good.push(n);
    }
  }
  const path = join(dir, 'interactions.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, lines, good, bad };
}

interface Checkpoint {
  run: string;
  through: number;
  done: Array<[number, number]>;
  inFlight: Array<{ first: number; last: number; key: string }>;
  settled: { created: number; replayed: number; rejected: number };
  finishedAt?: number;
}

function readCheckpoint(path: string): Checkpoint | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

interface Interruption {
  run: LoaderRun;
  /** The checkpoint that made the test stop the loader, and the one the loader left. */
  seen: Checkpoint;
  left: Checkpoint;
}

// The kills and the Ctrl-C of one database one after the other: each loads thousands of rows
// through four loader runs, and together with the rest of the suite they would starve each other.
describeEachDatabase.sequential('file loader: killed and resumed', (provider) => {
  let service: TestService;
  let dir: string;
  const seed = Number(process.env.LOADER_RESUME_SEED) || Math.floor(Math.random() * 2 ** 31);
  const context = `seed ${seed} (LOADER_RESUME_SEED=${seed} repeats this run's choices)`;
  beforeAll(async () => {
    service = await startTestService(provider);
    dir = mkdtempSync(join(tmpdir(), 'loader-resume-'));
  });
  afterAll(async () => {
    await service?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A tenant with the configuration, a Person (crosswalk person-1), and a Visit and an Order that bad rows collide with. */
  async function loaderTenant(): Promise<Tenant> {
    const tenant = newTenant('load');
    const applied = await service.graphql(tenant, APPLY_CONFIGURATION, { input: CONFIGURATION, mode: 'REPLACE' });
    expect(applied.data?.applyConfiguration).toMatchObject({ ok: true });
    const [person] = await createEntitiesOrThrow(service, tenant, [
      { type: 'Person', attributes: [{ name: 'Name', values: ['Pat'] }], crosswalks: [{ source: 'Loader', value: 'person-1' }] },
    ]);
    const taken = await createInteractions(service, tenant, [
      { type: 'Visit', attributes: [seq(0)], crosswalks: [{ source: 'Loader', value: 'visit-taken' }] },
      { type: 'Order', attributes: [{ name: 'OrderNo', values: ['ORD-taken'] }, seq(0)] },
    ]);
    expect(taken.map((result) => result.status)).toEqual(['OK', 'OK']);
    return { tenant, person: person!, env: await loaderEnvironment(service, tenant) };
  }

  /** How many interactions of the tenant carry each Seq value (the row numbers), apart from those made before the load. */
  async function storedSeqCounts(tenant: string): Promise<Map<number, number>> {
    const { db } = service.database;
    const seqTypes = await db.interactionAttributeType.findMany({ where: { tenantId: tenant, name: 'Seq' }, select: { id: true } });
    const values = await db.interactionAttributeValue.findMany({
      where: { tenantId: tenant, attributeTypeId: { in: seqTypes.map((type) => type.id) } },
      select: { value: true },
    });
    const counts = new Map<number, number>();
    for (const { value } of values) if (value !== '0') counts.set(Number(value), (counts.get(Number(value)) ?? 0) + 1);
    return counts;
  }

  /** Expects each of `good` stored exactly once, and nothing else: the Seq of a row missing, twice or unexpected, if any. */
  async function expectStoredOnce(tenant: string, good: number[], before = 0) {
    const counts = await storedSeqCounts(tenant);
    const goodSet = new Set(good);
    const missing = good.filter((n) => !counts.has(n));
    const twice = [...counts].filter(([, count]) => count > 1).map(([n, count]) => `${n}×${count}`);
    const unexpected = [...counts.keys()].filter((n) => !goodSet.has(n));
    expect({ missing: missing.slice(0, 20), twice: twice.slice(0, 20), unexpected: unexpected.slice(0, 20) }, context).toEqual({
      missing: [],
      twice: [],
      unexpected: [],
    });
    expect(await service.database.db.interaction.count({ where: { tenantId: tenant } }), context).toBe(good.length + before);
  }

  /** Keys of the tenant the service claimed (received a request under), with when. */
  async function claimedKeys(tenant: string, keys: string[]) {
    const rows = await service.database.db.idempotentRequest.findMany({
      where: { tenantId: tenant, key: { in: keys } },
      select: { key: true, state: true, createdTime: true },
    });
    return rows;
  }

  /**
   * Starts the loader and sends it `signal` once its checkpoint has settled at least `through`
   * rows and shows batches in flight, after a further random pause of up to `jitterMs`: a stop
   * mid-load, with requests in flight.
   */
  async function interrupt(
    args: string[],
    env: Record<string, string>,
    checkpointPath: string,
    through: number,
    signal: NodeJS.Signals,
    jitterMs: number,
  ): Promise<Interruption> {
    const { child, done } = startLoader(args, env);
    let exited: LoaderRun | undefined;
    void done.then((run) => (exited = run));
    let seen: Checkpoint | undefined;
    while (!exited && !seen) {
      const state = readCheckpoint(checkpointPath);
      if (state && !state.finishedAt && state.through >= through && state.inFlight.length) seen = state;
      else await sleep(5);
    }
    if (!seen) throw new Error(`the loader ended before it could be stopped (${context}): ${JSON.stringify(exited)}`);
    await sleep(jitterMs);
    child.kill(signal);
    const run = await done;
    const left = readCheckpoint(checkpointPath);
    if (!left) throw new Error(`no checkpoint after the loader was stopped (${context})`);
    return { run, seen, left };
  }

  it(
    `loads ${ROWS.toLocaleString('en-US')} rows with ${BAD_ROWS} bad ones through ${KILLS} kills (SIGKILL) and resumes: every good row stored once, every bad row rejected once`,
    async () => {
      const rng = random(seed);
      const setup = await loaderTenant();
      const { tenant, env } = setup;
      const workDir = mkdtempSync(join(dir, 'kills-'));
      const file = generateFile(workDir, ROWS, BAD_ROWS, setup.person, rng);
      expect(file.good).toHaveLength(ROWS - BAD_ROWS);
      const checkpointPath = `${file.path}.checkpoint.json`;
      const rejectsPath = join(workDir, 'interactions.rejects.ndjson');
      const args = [file.path, '--json'];

      const kills: Interruption[] = [];
      // When each run started: a key the service claimed before the run after a kill started was claimed for the killed run.
      const starts: number[] = [];
      let settledBefore = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        // Each kill once a few more batches have settled than the last left, well before the end.
        const threshold = settledBefore + rng.between(1_500, 3_500);
        starts.push(Date.now());
        const stopped = await interrupt(kill ? [...args, '--resume'] : args, env, checkpointPath, threshold, 'SIGKILL', rng.between(0, 40));
        expect(stopped.run, `kill ${kill + 1}: ${stopped.run.stderr} (${context})`).toMatchObject({ code: null, signal: 'SIGKILL' });
        expect(stopped.run.summary, context).toBeUndefined();
        expect(stopped.left.finishedAt, context).toBeUndefined();
        expect(stopped.left.through, context).toBeGreaterThanOrEqual(threshold);
        expect(stopped.left.through, context).toBeLessThan(ROWS);
        // Not all stored yet: the load really was stopped in the middle.
        expect((await storedSeqCounts(tenant)).size, context).toBeLessThan(file.good.length);
        settledBefore = stopped.left.through;
        kills.push(stopped);
      }

      starts.push(Date.now());
      const last = await runLoader([...args, '--resume'], env);
      expect(last.code, `${last.stderr} (${context})`).toBe(2);
      expect(last.summary, context).toMatchObject({
        outcome: 'loaded with rejects',
        read: ROWS,
        rejected: BAD_ROWS,
        created: expect.any(Number),
        replayed: expect.any(Number),
      });
      expect(last.summary!.created + last.summary!.replayed, context).toBe(file.good.length);
      expect(last.summary!.skipped, context).toBeGreaterThanOrEqual(settledBefore);
      const final = readCheckpoint(checkpointPath)!;
      expect(final, context).toMatchObject({ through: ROWS, done: [], inFlight: [], finishedAt: expect.any(Number) });
      expect(final.settled, context).toEqual({ created: last.summary!.created, replayed: last.summary!.replayed, rejected: BAD_ROWS });

      // Every good row stored once, none of the bad ones: besides the two made before the load.
      await expectStoredOnce(tenant, file.good, 2);

      // The rejects file: each bad row once, as it was in the file, with the error it deserves.
      const records = readFileSync(rejectsPath, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(
          (line) =>
            JSON.parse(line) as {
              row: number;
              line: number;
              errors: Array<{ code: number; name: string; message: string }>;
              input?: unknown;
              text?: string;
            },
        );
      const rejectedRows = records.map((record) => record.row).sort((a, b) => a - b);
      expect(rejectedRows, context).toEqual([...file.bad.keys()].sort((a, b) => a - b));
      for (const record of records) {
        const bad = file.bad.get(record.row)!;
        expect(
          { row: record.row, line: record.line, kind: bad.kind, codes: record.errors.map((error) => error.code) },
          `${JSON.stringify(record)} (${context})`,
        ).toEqual({ row: record.row, line: record.row, kind: bad.kind, codes: expect.arrayContaining([bad.code]) });
        if (bad.code === 3001) expect(record.text).toBe(bad.line);
        else expect(record.input).toEqual(JSON.parse(bad.line));
      }

      // The kills hit batches the service had received (and mostly answered) before the loader
      // knew: sent again under their keys, they were answered from the first answer.
      const unanswered = await Promise.all(
        kills.map(async ({ left }, kill) => {
          const claimed = await claimedKeys(
            tenant,
            left.inFlight.map((batch) => batch.key),
          );
          return claimed.filter((row) => Number(row.createdTime) < starts[kill + 1]!).length;
        }),
      );
      expect(
        unanswered.reduce((sum, count) => sum + count, 0),
        `batches in flight at the kills that the service had received: ${unanswered.join(', ')} (${context})`,
      ).toBeGreaterThan(0);

      // Done: the same file again is refused without --resume or --restart, and --resume stores nothing more.
      const again = await runLoader(args, env);
      expect(again.code, again.stderr).toBe(1);
      expect(again.stderr).toMatch(/was loaded on/);
      const resumedAgain = await runLoader([...args, '--resume'], env);
      expect(resumedAgain.code, resumedAgain.stderr).toBe(2);
      expect(resumedAgain.summary).toMatchObject({ outcome: 'loaded with rejects', skipped: ROWS, rejected: BAD_ROWS });
      await expectStoredOnce(tenant, file.good, 2);
      expect(readFileSync(rejectsPath, 'utf8').split('\n').filter(Boolean)).toHaveLength(BAD_ROWS);
    },
    2 * CLI_TEST_TIMEOUT,
  );

  it(
    'stops on Ctrl-C (SIGINT) with exit code 130 once the requests in flight are answered, and --resume finishes without storing a row twice',
    async () => {
      const rng = random(seed + 1);
      const setup = await loaderTenant();
      const { tenant, env } = setup;
      const workDir = mkdtempSync(join(dir, 'sigint-'));
      // Rows of the three cases, none bad: batches of 100, 4 in flight.
      const file = generateFile(workDir, SIGINT_ROWS, 0, setup.person, rng);
      const checkpointPath = join(workDir, 'progress.json');
      const args = [file.path, '--json', '--batch-size', '100', '--checkpoint', checkpointPath];

      const stopped = await interrupt(args, env, checkpointPath, rng.between(400, 1_000), 'SIGINT', rng.between(0, 20));
      expect(stopped.run.code, `${stopped.run.stderr} (${context})`).toBe(130);
      expect(stopped.run.summary, context).toMatchObject({ outcome: 'interrupted', created: stopped.left.through });
      // Every request in flight was answered and settled: the checkpoint holds all that was stored, nothing is in flight.
      expect(stopped.left, context).toMatchObject({ inFlight: [], done: [] });
      expect(stopped.left.finishedAt).toBeUndefined();
      expect(stopped.left.through).toBeGreaterThan(stopped.seen.through);
      expect(stopped.left.through).toBeLessThan(SIGINT_ROWS);
      await expectStoredOnce(
        tenant,
        file.good.filter((n) => n <= stopped.left.through),
        2,
      );

      const resumed = await runLoader([...args, '--resume'], env);
      expect(resumed.code, `${resumed.stderr} (${context})`).toBe(0);
      expect(resumed.summary, context).toMatchObject({
        outcome: 'loaded',
        read: SIGINT_ROWS,
        skipped: stopped.left.through,
        created: SIGINT_ROWS,
        replayed: 0,
        rejected: 0,
      });
      await expectStoredOnce(tenant, file.good, 2);
    },
    CLI_TEST_TIMEOUT,
  );
});
