// Request throughput of the service (its own process, NODE_ENV=production, 10 connections)
// beside the raw handler (raw-handler.ts) answering the same requests with the same bytes, in
// the same run: an entity's timeline page of 50 interactions with attributes, members and the
// members' entities; one such interaction by URI; a single-item create; and `{ __typename }`,
// the fixed cost of a request through the stack, beside the same through the framework alone
// (stack-floor.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import type { Provider } from '../config/database-url.ts';
import { startBenchServiceProcess, type BenchServiceProcess } from './bench-service.ts';
import { chosenNames } from './chosen-names.ts';
import { startListeningProcess, type ListeningProcess } from './listening-process.ts';
import { prepareBenchTenant, TENANT, visit } from './ingest.ts';

const TIMELINE_LENGTH = 60;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_REQUEST_SECONDS ?? 5);
const WARMUP_SECONDS = 2;

const SHOWN = `uri timestamp type { name }
  attributes { name values { uri value } }
  members { uri participant { name } members { objectURI type label } }`;
const TIMELINE = `query Timeline($entity: String!) { entity(uri: $entity) { interactions(first: 50) { nodes { ${SHOWN} } } } }`;
const INTERACTION = `query Interaction($uri: String!) { interaction(uri: $uri) { ${SHOWN} } }`;
const CREATE = `mutation Create($visit: InteractionInput!) {
  createInteractions(interactions: [$visit], options: { returnObjects: false }) { index uri status }
}`;

const CREATE_MANY = `mutation($visits: [InteractionInput!]!) {
  createInteractions(interactions: $visits, options: { returnObjects: false }) { uri }
}`;

export interface Throughput {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * CPU time the answering process spent per request. Unlike throughput it does not move
   * with time other machines take from a shared host, so it tells small steps apart.
   */
  cpuMsPerRequest: number;
}

export interface RequestFigures {
  name: string;
  bytes: number;
  service: Throughput;
  /** Absent for `{ __typename }`, which has no work for a raw handler to do. */
  raw?: Throughput;
}

/** The raw handler (on the service's database) or the framework alone, in a process of its own. */
const startBenchProcess = (script: 'raw-handler' | 'stack-floor', databaseUrl: string) =>
  startListeningProcess(
    script,
    ['--import', 'tsx', `src/bench/${script}.ts`],
    { PATH: process.env.PATH!, NODE_ENV: 'production', DATABASE_URL: databaseUrl, BENCH_TENANT: TENANT },
    /listening at (\S+)/,
  );

interface Target {
  /** The answering process. */
  pid: number;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

let ticksPerSecond: number | undefined;

/** User and system CPU time of a process so far, in ms; NaN where there is no /proc (not Linux). */
function cpuMsOf(pid: number): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return NaN;
  }
  // The clock ticks per second, the unit of the CPU times there.
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

async function load(target: Target, seconds: number): Promise<Throughput> {
  const cpuBefore = cpuMsOf(target.pid);
  const result = await autocannon({ ...target, connections: CONNECTIONS, duration: seconds });
  const cpuMs = cpuMsOf(target.pid) - cpuBefore;
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(`${target.url}: ${result.non2xx} answers not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    perSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerRequest: cpuMs / result.requests.total,
  };
}

async function answer(target: Target): Promise<{ body: unknown; bytes: number }> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 500)}`);
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** The URIs in a create's answer differ run to run; its shape may not. */
const withoutNewUris = (body: unknown) => JSON.parse(JSON.stringify(body).replace(/interactions\/\w+/g, 'interactions/new')) as unknown;

/**
 * Measures the service and then the raw handler on one request, after checking that both give
 * the same answer (so the floor does the same work) and warming both.
 */
async function compare(
  name: string,
  service: Target,
  raw: Target | undefined,
  normalize = (body: unknown) => body,
): Promise<RequestFigures> {
  const served = await answer(service);
  if (raw) {
    const floor = await answer(raw);
    if (!isDeepStrictEqual(normalize(served.body), normalize(floor.body)))
      throw new Error(
        `${name}: the raw handler's answer differs from the service's:\n${JSON.stringify(served.body).slice(0, 800)}\n${JSON.stringify(floor.body).slice(0, 800)}`,
      );
  }
  await load(service, WARMUP_SECONDS);
  const serviceFigures = await load(service, SECONDS);
  if (!raw) return { name, bytes: served.bytes, service: serviceFigures };
  await load(raw, WARMUP_SECONDS);
  return { name, bytes: served.bytes, service: serviceFigures, raw: await load(raw, SECONDS) };
}

/** The entity whose timeline is read: the host of TIMELINE_LENGTH visits with guests and venues. */
async function seedTimeline(bench: BenchServiceProcess, peopleUris: string[]): Promise<{ entity: string; interaction: string }> {
  const entity = peopleUris[0]!;
  const visits = Array.from({ length: TIMELINE_LENGTH }, (_, index) => {
    const hosted = visit(index + 1, peopleUris);
    hosted.members[0] = { participant: 'Host', members: [{ objectURI: entity }] };
    return hosted;
  });
  const created = await bench.graphql<{ createInteractions: Array<{ uri: string }> }>(TENANT, CREATE_MANY, { visits });
  return { entity, interaction: created.createInteractions.at(-1)!.uri };
}

const REQUEST_NAMES = ['typename', 'floor', 'timeline', 'uri', 'create'] as const;
type RequestName = (typeof REQUEST_NAMES)[number];

export async function benchRequests(provider: Provider): Promise<RequestFigures[]> {
  const bench = await startBenchServiceProcess(provider);
  let raw: ListeningProcess | undefined;
  let floor: ListeningProcess | undefined;
  try {
    const peopleUris = await prepareBenchTenant(bench);
    const { entity, interaction } = await seedTimeline(bench, peopleUris);
    raw = await startBenchProcess('raw-handler', bench.databaseUrl);
    floor = await startBenchProcess('stack-floor', bench.databaseUrl);
    const headers = { 'content-type': 'application/json', ...(await bench.credential(TENANT)) };
    const graphql = (query: string, variables?: Record<string, unknown>): Target => ({
      pid: bench.pid,
      url: `${bench.url}/graphql`,
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const rawGet = (path: string): Target => ({ pid: raw!.pid, url: `${raw!.url}${path}`, method: 'GET', headers: {} });
    const single = visit(1, peopleUris);
    const requests: Record<RequestName, () => Promise<RequestFigures>> = {
      typename: () => compare('{ __typename }', graphql('{ __typename }'), rawGet('/typename')),
      floor: () =>
        compare(
          '  framework alone',
          {
            pid: floor!.pid,
            url: `${floor!.url}/graphql`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
          },
          rawGet('/typename'),
        ),
      timeline: () =>
        compare('timeline page of 50', graphql(TIMELINE, { entity }), rawGet(`/timeline?entity=${entity.slice('entities/'.length)}`)),
      uri: () =>
        compare(
          'interaction by URI',
          graphql(INTERACTION, { uri: interaction }),
          rawGet(`/interaction?id=${interaction.slice('interactions/'.length)}`),
        ),
      create: () =>
        compare(
          'single create',
          graphql(CREATE, { visit: single }),
          { ...graphql(CREATE, { visit: single }), pid: raw!.pid, url: `${raw!.url}/create` },
          withoutNewUris,
        ),
    };
    const figures: RequestFigures[] = [];
    // BENCH_REQUESTS=timeline,uri measures only those (to profile one request alone).
    for (const name of chosenNames('BENCH_REQUESTS', REQUEST_NAMES)) figures.push(await requests[name]());
    return figures;
  } finally {
    await raw?.stop();
    await floor?.stop();
    await bench.stop();
  }
}
