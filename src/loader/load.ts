import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiClient, serializeVariables, type ApiSettings } from './api-client.ts';
import { add, fits, newBatch, sendable, type Batch, type BatchLimits } from './batch.ts';
import {
  fileIdentity,
  isSettled,
  mismatch,
  newCheckpoint,
  readCheckpoint,
  lockCheckpoint,
  removeCheckpoint,
  settle,
  writeCheckpoint,
  type CheckpointState,
  type FileIdentity,
  type LoadIdentity,
} from './checkpoint.ts';
import { LoaderInteractionTypesDocument, LoaderStartDocument, type LoaderStartQuery } from './generated/graphql.ts';
import type { ProgressReporter, Summary } from './progress.ts';
import { csvRows } from './read/csv-rows.ts';
import { openInputFile, type InputFile } from './read/input-file.ts';
import { jsonArrayRows, ndjsonRows } from './read/json-rows.ts';
import { RejectsFile } from './rejects.ts';
import { FileUnreadable, LoadInterrupted, LoadStopped, pacer, withRetries, type RetryPolicy } from './retry.ts';
import type { LoadKind, Row } from './rows.ts';
import { batchSender, loaderProblem, type BatchKeys, type RowOutcome } from './send-batch.ts';

export type InputFormat = 'ndjson' | 'json' | 'csv';

export interface LoadOptions {
  file: string;
  kind: LoadKind;
  /** From the file's name and first character when not given. */
  format?: InputFormat;
  mappingPath?: string;
  api: ApiSettings;
  /** Rows per request; by default the most the service takes, up to DEFAULT_BATCH_SIZE. */
  batchSize?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  rejectsPath: string;
  checkpointPath: string;
  resume: boolean;
  restart: boolean;
  retryForMs: number;
  reporter: ProgressReporter;
  /** Aborted to stop: the load finishes the requests in flight, keeps its checkpoint and returns. */
  signal: AbortSignal;
}

// Measured with npm run bench -- loader (100,000 visits, 2 cores): 500 rows a request stored
// 1,100-1,230 rows/s on SQLite where 250 stored 950-990 and 100 stored 750 (each request pays
// for its Idempotency-Key and a write transaction), and 2,190-2,210 on PostgreSQL where 250
// stored 2,030. Two requests in flight did as well as four on both (one is parsed while the
// other is stored; SQLite writes one at a time anyway) with 10 MB less peak RSS. Larger
// batches gain more on SQLite, but a retry resends the whole batch.
export const DEFAULT_BATCH_SIZE = 500;
export const DEFAULT_CONCURRENCY = 2;
// The envelope around the items (query text, options) and a margin for the server's own count.
const BODY_MARGIN = 0.9;
// A key's answer is sure to be kept only this long before the service's retention ends.
const RETENTION_MARGIN_MS = 60_000;
// A file none of whose first rows are readable is not what the user meant to load.
const UNREADABLE_PROBE = 100;

export function formatOf(file: string, start: string): InputFormat {
  if (/\.csv(\.gz)?$/i.test(file)) return 'csv';
  return start.startsWith('[') ? 'json' : 'ndjson';
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function rowsOf(options: LoadOptions, format: InputFormat, input: ReturnType<typeof openInputFile>) {
  if (format === 'csv') {
    if (!options.mappingPath) throw new LoadStopped('a CSV file needs a mapping file (--mapping) saying which columns make an input');
    return csvRows(input.content, options.mappingPath, options.kind);
  }
  return { header: undefined, rows: format === 'json' ? jsonArrayRows(input.content) : ndjsonRows(input.content) };
}

/**
 * The checkpoint this load goes on from: the one of an earlier run when --resume asks for it,
 * none when there is none. Any other checkpoint at the path (a load that stopped or finished,
 * of this file or of an earlier version of it) is not overridden unasked: loading again what
 * it loaded would store rows without crosswalks or id attributes a second time.
 */
function usableCheckpoint(options: LoadOptions, file: FileIdentity, identity: LoadIdentity): CheckpointState | undefined {
  const { checkpointPath: path, resume, reporter } = options;
  const checkpoint = readCheckpoint(path);
  if (!checkpoint) {
    if (resume) reporter.note(`no checkpoint at ${path}: loading the file from the start`);
    return undefined;
  }
  const why = mismatch(checkpoint, file, identity);
  if (why) {
    throw new LoadStopped(
      `the checkpoint ${path} is of an earlier load that ${checkpoint.finishedAt ? 'finished' : `stopped with ${checkpoint.through} rows settled`}, and ${why}: it cannot be resumed, and loading anew could store again what it stored; load the rows it rejected from its rejects file, or --restart to load this file from the start all the same`,
    );
  }
  if (resume) return checkpoint;
  if (checkpoint.finishedAt) {
    const { created, replayed, rejected } = checkpoint.settled;
    throw new LoadStopped(
      `this file was loaded on ${new Date(checkpoint.finishedAt).toISOString()} (${created} created, ${replayed} already stored, ${rejected} rejected into ${options.rejectsPath}); loading it again would store its rows without crosswalks or id attributes a second time: --restart loads it again all the same`,
    );
  }
  throw new LoadStopped(
    `an earlier load of this file stopped with ${checkpoint.through} rows settled (checkpoint ${path}): add --resume to continue it, or --restart to load the file from the start`,
  );
}

const samePath = (a: string, b: string) => {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  return real(a) === real(b);
};

/** Loads a file of interactions or entities through the service's API. */
export async function load(options: LoadOptions): Promise<Summary> {
  // Both are rewritten as the load goes: either one on a file the load reads, or on the other, would destroy it.
  const read = [['the file being loaded', options.file], ...(options.mappingPath ? [['the mapping file', options.mappingPath]] : [])];
  for (const [flag, path, others] of [
    ['--rejects', options.rejectsPath, [...read, ['the checkpoint', options.checkpointPath]]],
    ['--checkpoint', options.checkpointPath, read],
  ] as const) {
    const clash = others.find(([, other]) => samePath(path, other));
    if (clash) throw new LoadStopped(`${flag} names ${clash[0]} (${path}): give it a file of its own`);
  }
  if (!existsSync(options.file)) throw new LoadStopped(`there is no file ${options.file}`);
  const api = new ApiClient(options.api);
  try {
    return await startLoad(options, api);
  } finally {
    api.close();
  }
}

/** Asks the service what it takes and who the caller is, then loads under the checkpoint's lock. */
async function startLoad(options: LoadOptions, api: ApiClient): Promise<Summary> {
  const started = Date.now();
  const { reporter, signal } = options;
  const retry: RetryPolicy = { retryForMs: options.retryForMs, signal, note: reporter.note, pace: async () => {} };

  // What the service takes, and who the credential is, before a row is read.
  const start = await withRetries(() => api.request(LoaderStartDocument, serializeVariables({})), retry);
  if (!start.ok) throw new LoadStopped(`cannot start loading: ${start.failure.message}`);
  const { limits, viewer } = start.data;
  if (viewer.role === 'READER') throw new LoadStopped('the credential may only read: loading needs a WRITER or ADMIN credential');
  if (!viewer.tenant)
    throw new LoadStopped('the credential names no tenant: give the tenant to load into with --tenant (or INTERACTIONS_TENANT)');
  retry.pace = pacer(limits.rateLimitRequests, limits.rateLimitWindowSeconds);
  if (options.batchSize && options.batchSize > limits.maxBatchSize) {
    reporter.note(`the service takes at most ${limits.maxBatchSize} items a request: batches of ${limits.maxBatchSize}`);
  }

  // Which rows are safe to send again should a request's answer be lost: those of types with id attributes, or with crosswalks.
  const keyedTypes = new Set<string>();
  if (options.kind === 'interactions') {
    const types = await withRetries(() => api.request(LoaderInteractionTypesDocument, serializeVariables({})), retry);
    if (!types.ok) throw new LoadStopped(`cannot read the interaction types: ${types.failure.message}`);
    for (const type of types.data.interactionTypes) if (type.idAttributes.length) keyedTypes.add(type.name).add(type.uri);
  }
  const identifiable = (row: Row) =>
    Boolean((row.input?.crosswalks as unknown[] | undefined)?.length) || keyedTypes.has(String(row.input?.type));

  // The checkpoint: a new load, or the one an earlier run left.
  const input = openInputFile(options.file);
  const format = options.format ?? formatOf(options.file, input.start);
  const identity: LoadIdentity = {
    kind: options.kind,
    format,
    ...(options.mappingPath ? { mapping: sha256(options.mappingPath) } : {}),
    tenant: viewer.tenant,
    ...(options.api.source ? { source: options.api.source } : {}),
    rejects: resolve(options.rejectsPath),
  };
  const file = await fileIdentity(options.file);
  const unlock = lockCheckpoint(options.checkpointPath);
  try {
    if (options.restart) removeCheckpoint(options.checkpointPath);
    const checkpoint = usableCheckpoint(options, file, identity);
    return await loadRows(options, { api, retry, limits, format, file, identity, checkpoint, input, identifiable, started });
  } finally {
    unlock();
    input.content.destroy();
  }
}

interface LoadContext {
  api: ApiClient;
  retry: RetryPolicy;
  limits: LoaderStartQuery['limits'];
  format: InputFormat;
  file: FileIdentity;
  identity: LoadIdentity;
  checkpoint: CheckpointState | undefined;
  input: InputFile;
  identifiable: (row: Row) => boolean;
  started: number;
}

/** Reads the rows, sends them in batches and settles them, the checkpoint kept as it goes. */
async function loadRows(options: LoadOptions, context: LoadContext): Promise<Summary> {
  const { api, retry, limits, format, file, identity, checkpoint, input, identifiable, started } = context;
  const { reporter, signal } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const batchLimits: BatchLimits = {
    items: Math.min(options.batchSize ?? DEFAULT_BATCH_SIZE, limits.maxBatchSize),
    bytes: Math.floor(limits.maxBodyBytes * BODY_MARGIN),
    values: limits.maxRequestValues,
  };
  const { header, rows } = await rowsOf(options, format, input);
  const rejects = RejectsFile.open(options.rejectsPath, header, checkpoint?.rejectsBytes);
  const state = checkpoint ?? newCheckpoint(file, identity, rejects.length);
  const resumedInFlight = new Map(state.inFlight.map((batch) => [batch.first, batch]));
  const sender = batchSender({ api, kind: options.kind, retry, identifiable });

  const counts = { read: 0, skipped: 0, created: 0, replayed: 0, rejected: 0, settledThisRun: 0 };
  Object.assign(counts, { created: state.settled.created, replayed: state.settled.replayed, rejected: state.settled.rejected });
  const status = () => {
    const seconds = (Date.now() - started) / 1000;
    const bytesRead = input.bytesRead();
    const byteRate = bytesRead / seconds;
    return {
      read: counts.read,
      skipped: counts.skipped,
      created: counts.created,
      replayed: counts.replayed,
      rejected: counts.rejected,
      bytesRead,
      totalBytes: input.size,
      rate: counts.settledThisRun / Math.max(seconds, 0.001),
      etaSeconds: byteRate > 0 && counts.settledThisRun ? (input.size - bytesRead) / byteRate : undefined,
      rssBytes: process.memoryUsage.rss(),
    };
  };
  const ticker = setInterval(() => reporter.update(status()), 1000);

  function record(outcomes: RowOutcome[]) {
    outcomes.sort((a, b) => a.row.number - b.row.number);
    for (const outcome of outcomes) {
      counts[outcome.status] += 1;
      if (outcome.status === 'rejected') rejects.add(outcome.row, outcome.problems);
    }
    counts.settledThisRun += outcomes.length;
  }

  // A resent batch whose key may have expired at the service before its last retry is treated as expired.
  const keptForMs = limits.idempotencyRetentionSeconds * 1000 - options.retryForMs - options.api.requestTimeoutMs - RETENTION_MARGIN_MS;

  async function run(batch: Batch) {
    let inFlight = state.inFlight.find((entry) => entry.first === batch.first);
    if (!inFlight) {
      inFlight = { first: batch.first, last: batch.last, key: batch.key, sentAt: Date.now() };
      state.inFlight.push(inFlight);
      writeCheckpoint(options.checkpointPath, state);
    }
    const splits = inFlight;
    const keys: BatchKeys = {
      resent: Boolean(batch.resent),
      split: new Set(splits.split),
      recordSplit(key) {
        (splits.split ??= []).push(key);
        writeCheckpoint(options.checkpointPath, state);
      },
    };
    const expired = batch.resent && Date.now() - batch.resent.sentAt > keptForMs;
    const sent = expired ? await sender.sendExpired(batch.sendable, batch.key) : await sender.send(batch.sendable, batch.key, keys);
    const unreadable: RowOutcome[] = batch.rows
      .filter((row) => row.unreadable !== undefined)
      .map((row) => ({ row, status: 'rejected', problems: [loaderProblem('UNREADABLE_ROW', row.unreadable!)] }));
    record([...sent, ...unreadable]);
    settle(state, batch.first, batch.last);
    state.settled = { created: counts.created, replayed: counts.replayed, rejected: counts.rejected };
    state.rejectsBytes = rejects.length;
    writeCheckpoint(options.checkpointPath, state);
    reporter.update(status());
  }

  const running = new Set<Promise<void>>();
  let failure: unknown;
  const launch = (batch: Batch) => {
    const done: Promise<void> = run(batch)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(done));
    running.add(done);
  };

  let current: Batch | undefined;
  let examined = 0;
  let readable = 0;
  let firstUnreadable: string | undefined;
  const flush = () => {
    if (current && current.rows.length) launch(current);
    current = undefined;
  };
  const keyOf = (first: number) => `${state.run}:${first}`;

  try {
    for await (const row of rows) {
      if (failure || signal.aborted) break;
      counts.read += 1;
      if (isSettled(state, row.number)) {
        counts.skipped += 1;
        flush();
        continue;
      }
      examined += 1;
      const item = row.input ? sendable(row) : undefined;
      const resent = resumedInFlight.get(row.number);
      if (resent) {
        // The same rows, under the same key, as the request an earlier run sent.
        flush();
        current = { ...newBatch(row, resent.key), resent: { sentAt: resent.sentAt, last: resent.last } };
      } else if (current && (row.number !== current.last + 1 || (!current.resent && item && !fits(current, item, batchLimits)))) {
        flush();
      }
      current ??= newBatch(row, keyOf(row.number));
      add(current, row, item);
      // Unreadable rows count too: a file of nothing else must not gather in one batch.
      if (current.resent ? row.number === current.resent.last : current.rows.length >= batchLimits.items) flush();
      if (row.input) readable += 1;
      else if (examined === UNREADABLE_PROBE && !readable) {
        throw new LoadStopped(
          `none of the first ${UNREADABLE_PROBE} rows could be read as ${format === 'csv' ? 'CSV records' : format === 'json' ? 'items of a JSON array' : 'NDJSON'} (the first: ${firstUnreadable ?? row.unreadable}): is this the right file, and the right --format?`,
        );
      }
      firstUnreadable ??= row.unreadable;
      while (running.size >= concurrency) await Promise.race(running);
    }
    if (!failure && !signal.aborted) flush();
    await Promise.all(running);
  } catch (error) {
    // The file itself failed (unreadable, or a JSON array or CSV broken in the middle): what was read is settled.
    failure ??= error instanceof LoadStopped ? error : new FileUnreadable((error as Error).message);
    await Promise.all(running);
  } finally {
    clearInterval(ticker);
    rejects.close();
    input.content.destroy();
  }

  const interrupted = signal.aborted || failure instanceof LoadInterrupted;
  const finished = !failure && !interrupted;
  if (finished) state.finishedAt ??= Date.now();
  writeCheckpoint(options.checkpointPath, state);
  const summary: Summary = {
    ...status(),
    etaSeconds: undefined,
    outcome: finished ? (counts.rejected ? 'loaded with rejects' : 'loaded') : interrupted ? 'interrupted' : 'stopped',
    seconds: (Date.now() - started) / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rejectsFile: options.rejectsPath,
    ...(finished
      ? {}
      : {
          message:
            failure instanceof FileUnreadable
              ? `stopped: ${failure.message}; ${state.through} rows before it are settled: mend the file, then load it again with --restart (its rows with crosswalks or id attributes come back as already stored), or load a file of the rows after the break`
              : `${interrupted ? 'interrupted' : `stopped: ${failure instanceof Error ? failure.message : String(failure)}`}; ${state.through} rows settled, the rest loads with --resume (checkpoint ${options.checkpointPath})`,
        }),
  };
  return summary;
}
