// The file loader (npm run load) through the running server: a NDJSON file of
// BENCH_LOADER_ROWS visits (the ingest section's rows) loaded by the loader's command in a
// process of its own, its rows per second beside the API ingest figure measured on the same
// service around it, and its peak memory (the loader's own RSS, which is why it runs apart).
//
// Fairness. The service runs in this process (not in its own, as in the ingest section), so this process does
// nothing while the loader runs (the file is written before, and the loader is waited for
// asynchronously: a blocking wait would stall the service); the loader's bundle is built
// before anything is timed. The API figure is measured right before the load, on the same
// database; the load then grows the database by BENCH_LOADER_ROWS rows, which slows every
// insert, so the API figure is measured again after it and the two are combined as the rate
// of an API ingest slowing evenly from one to the other (their harmonic mean: the time per
// row growing linearly, the mean time per row is the mean of the two; where the slowdown
// comes early, as on SQLite, this rather overstates the API). The API figure's client shares
// the service's thread while the loader has a process (on the second core) of its own and
// keeps several requests in flight, which lets the service work while PostgreSQL does; the
// loader in turn sends an Idempotency-Key with every request, which the service stores, and
// writes its checkpoint after every batch.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import type { Provider } from '../config/database-url.ts';
import { startBenchService } from './bench-service.ts';
import { measureApiIngest, prepareBenchTenant, TENANT, visit } from './ingest.ts';

export const LOADER_ROWS = Number(process.env.BENCH_LOADER_ROWS ?? 100_000);
/** Extra options for the loader, to try other settings: e.g. "--batch-size 500 --concurrency 2". */
export const LOADER_OPTIONS = (process.env.BENCH_LOADER_OPTIONS ?? '').split(/\s+/).filter(Boolean);
/** Visits of the file are numbered from here, apart from those the API figure sends. */
const FIRST_ROW = 1_000_000;
const COMMAND = fileURLToPath(new URL('../tools/interactions-load.mjs', import.meta.url));
// As npm run load runs it.
const NODE_OPTIONS = ['--max-semi-space-size=2'];
/** What the loader's bundle was built from (interactions-load.mjs rebuilds it when one of those files changes). */
const BUNDLE_STAMP = fileURLToPath(new URL('../../node_modules/.cache/interactions-loader/stamp.json', import.meta.url));
const bundleStamp = () => {
  try {
    return readFileSync(BUNDLE_STAMP, 'utf8');
  } catch {
    return undefined;
  }
};

/** What the loader's --json summary says (the fields the bench reads). */
interface LoaderSummary {
  event: 'summary';
  outcome: string;
  read: number;
  created: number;
  replayed: number;
  rejected: number;
  rate: number;
  seconds: number;
  peakRssBytes: number;
  message?: string;
}

export interface LoaderResult {
  provider: Provider;
  rows: number;
  /** The API ingest figure before and after the load, and their harmonic mean. */
  apiBefore: number;
  apiAfter: number;
  apiPerSecond: number;
  loaderPerSecond: number;
  ratio: number;
  peakRssMb: number;
  seconds: number;
  /** Why the load did not store every row, when it did not. */
  failure?: string;
  /** Set when the loader's files changed during the run, so that the figures may be of two versions or include a build. */
  rebuilt?: boolean;
}

/**
 * Runs the loader's command and waits for it without blocking this process (the service runs
 * here). Through a shell that forks it: Linux keeps a process's peak RSS across exec, and a
 * child forked from this process starts with its RSS (the service's), which the loader's
 * peakRssBytes (getrusage) would then report; forked from a small shell, it reports its own.
 */
async function runLoader(args: string[], env: Record<string, string>) {
  const child = spawn('/bin/sh', ['-c', '"$@"; exit $?', 'sh', process.execPath, ...NODE_OPTIONS, COMMAND, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout: lines, stderr };
}

/** The loader's bundle, built on first use (and after a change): built here so that no load is timed with it. */
async function buildLoader(): Promise<void> {
  const { code, stderr } = await runLoader(['--help'], {});
  if (code !== 0) throw new Error(`the loader's --help exited with ${code}: ${stderr}`);
}

/** Writes `rows` visits as NDJSON, streamed in chunks of lines. */
async function writeVisits(path: string, rows: number, peopleUris: string[]): Promise<void> {
  const out = createWriteStream(path);
  const CHUNK = 1000;
  for (let first = 0; first < rows; first += CHUNK) {
    let chunk = '';
    for (let index = first; index < Math.min(rows, first + CHUNK); index++) {
      chunk += `${JSON.stringify(visit(FIRST_ROW + index, peopleUris))}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}

export async function benchLoader(provider: Provider, rows = LOADER_ROWS, options = LOADER_OPTIONS): Promise<LoaderResult> {
  await buildLoader();
  const dir = mkdtempSync(join(tmpdir(), 'interactions-bench-loader-'));
  const bench = await startBenchService(provider);
  try {
    const peopleUris = await prepareBenchTenant(bench);
    const file = join(dir, 'visits.ndjson');
    await writeVisits(file, rows, peopleUris);
    const key = (await bench.credential(TENANT)).authorization!.replace(/^Bearer /, '');

    const before = await measureApiIngest(bench, peopleUris);
    const stamp = bundleStamp();
    const run = await runLoader([file, '--json', ...options], { INTERACTIONS_URL: `${bench.url}/graphql`, INTERACTIONS_API_KEY: key });
    const rebuilt = bundleStamp() !== stamp;
    const summary = run.stdout
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string })
      .findLast((event): event is LoaderSummary => event.event === 'summary');
    if (!summary) {
      throw new Error(`the loader exited with ${run.code} and no summary:\n${[...run.stdout.slice(-5), run.stderr].join('\n')}`);
    }
    const after = await measureApiIngest(bench, peopleUris, { first: FIRST_ROW + rows });

    const apiPerSecond = 2 / (1 / before.perSecond + 1 / after.perSecond);
    const failure =
      summary.outcome !== 'loaded' || summary.created !== rows
        ? `outcome "${summary.outcome}", ${summary.created} of ${rows} rows created (${summary.replayed} replayed, ${summary.rejected} rejected), exit code ${run.code}${summary.message ? `: ${summary.message}` : ''}`
        : undefined;
    return {
      provider,
      rows,
      apiBefore: before.perSecond,
      apiAfter: after.perSecond,
      apiPerSecond,
      loaderPerSecond: summary.rate,
      ratio: summary.rate / apiPerSecond,
      peakRssMb: summary.peakRssBytes / 1024 / 1024,
      seconds: summary.seconds,
      ...(failure ? { failure } : {}),
      ...(rebuilt ? { rebuilt } : {}),
    };
  } finally {
    await bench.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
