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
  removeCheckpoint,
  settle,
  writeCheckpoint,
  type CheckpointState,
  type FileIdentity,
  type LoadIdentity,
} from './checkpoint.ts';
import { LoaderInteractionTypesDocument, LoaderStartDocument } from './generated/graphql.ts';
import type { ProgressReporter, Summary } from './progress.ts';
import { csvRows } from './read/csv-rows.ts';
import { openInputFile } from './read/input-file.ts';
import { jsonArrayRows, ndjsonRows } from './read/json-rows.ts';
import { RejectsFile } from './rejects.ts';
import { LoadInterrupted, LoadStopped, pacer, withRetries, type RetryPolicy } from './retry.ts';
import type { LoadKind, Row } from './rows.ts';
import { batchSender, loaderProblem, type RowOutcome } from './send-batch.ts';

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

// Measured with npm run bench: past about 250 rows a request, larger batches gain little on
// either database while a retry resends more; 4 requests in flight keep the service's
// database busy while the loader parses and the network carries the next batch.
export const DEFAULT_BATCH_SIZE = 250;
export const DEFAULT_CONCURRENCY = 4;
// The envelope around the items (query text, options) and a margin for the server's own count.
const BODY_MARGIN = 0.9;
// A key's answer is sure to be kept only this long before the service's retention ends.
const RETENTION_MARGIN_MS = 60_000;

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
 * The checkpoint this load goes on from: the one of an earlier run when --resume asks for it;
 * none when there is none, or when it was of another file or other settings (a new load).
 * Without --resume, a load that stopped, or finished, is not started again unasked.
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
    if (resume) throw new LoadStopped(`cannot resume from ${path}: ${why}; --restart loads the file from the start`);
    reporter.note(`the checkpoint ${path} is of an earlier load (${why}): loading the file from the start`);
    removeCheckpoint(path);
    return undefined;
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
  // Both are rewritten as the load goes: either one on the file being read would destroy it.
  for (const [flag, path] of [
    ['--rejects', options.rejectsPath],
    ['--checkpoint', options.checkpointPath],
  ] as const) {
    if (samePath(path, options.file)) throw new LoadStopped(`${flag} names the file being loaded (${path}): give it another file`);
  }
  const started = Date.now();
  const { reporter, signal } = options;
  const api = new ApiClient(options.api);
  const retry: RetryPolicy = { retryForMs: options.retryForMs, signal, note: reporter.note, pace: async () => {} };

  // What the service takes, and who the credential is, before a row is read.
  const start = await withRetries(() => api.request(LoaderStartDocument, serializeVariables({})), retry);
  if (!start.ok) throw new LoadStopped(`cannot start loading: ${start.failure.message}`);
  const { limits, viewer } = start.data;
  if (viewer.role === 'READER') throw new LoadStopped('the credential may only read: loading needs a WRITER or ADMIN credential');
  if (!viewer.tenant)
    throw new LoadStopped('the credential names no tenant: give the tenant to load into with --tenant (or INTERACTIONS_TENANT)');
  retry.pace = pacer(limits.rateLimitRequests, limits.rateLimitWindowSeconds);
  const batchSize = Math.min(options.batchSize ?? DEFAULT_BATCH_SIZE, limits.maxBatchSize);
  if (options.batchSize && options.batchSize > limits.maxBatchSize) {
    reporter.note(`the service takes at most ${limits.maxBatchSize} items a request: batches of ${limits.maxBatchSize}`);
  }
  const batchLimits: BatchLimits = {
    items: batchSize,
    bytes: Math.floor(limits.maxBodyBytes * BODY_MARGIN),
    values: limits.maxRequestValues,
  };
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;

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
  };
  const file = fileIdentity(options.file);
  if (options.restart) removeCheckpoint(options.checkpointPath);
  const checkpoint = usableCheckpoint(options, file, identity);

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

  async function run(batch: Batch) {
    if (!batch.resent) {
      state.inFlight.push({ first: batch.first, last: batch.last, key: batch.key, sentAt: Date.now() });
      writeCheckpoint(options.checkpointPath, state);
    }
    const expired = batch.resent && Date.now() - batch.resent.sentAt > limits.idempotencyRetentionSeconds * 1000 - RETENTION_MARGIN_MS;
    const sent = expired ? await sender.sendExpired(batch.sendable, batch.key) : await sender.send(batch.sendable, batch.key);
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
      if (current.resent ? row.number === current.resent.last : current.sendable.length >= batchLimits.items) flush();
      while (running.size >= concurrency) await Promise.race(running);
    }
    if (!failure && !signal.aborted) flush();
    await Promise.all(running);
  } catch (error) {
    // The file itself failed (unreadable, or a JSON array broken in the middle): what was read is settled.
    failure ??= error instanceof LoadStopped ? error : new LoadStopped((error as Error).message);
    await Promise.all(running);
  } finally {
    clearInterval(ticker);
    api.close();
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
          message: `${interrupted ? 'interrupted' : `stopped: ${failure instanceof Error ? failure.message : String(failure)}`}; ${state.through} rows settled, the rest loads with --resume (checkpoint ${options.checkpointPath})`,
        }),
  };
  return summary;
}
