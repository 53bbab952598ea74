import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { LoadKind } from './rows.ts';

// What a load has settled, kept beside the file after every batch so that --resume continues
// from there: rows up to `through` and those of `done` are settled (stored, replayed or in the
// rejects file); those of `inFlight` were sent without an answer yet, and are sent again as the
// same batches with the same Idempotency-Keys, whose first answer the service gives back. It is
// kept once the load is finished too, so that loading the same file again is a decision.

export interface FileIdentity {
  size: number;
  /** SHA-256 of the first MiB: a file edited or replaced since is not resumed. */
  head: string;
}

export interface LoadIdentity {
  kind: LoadKind;
  format: string;
  /** SHA-256 of the mapping file, for CSV. */
  mapping?: string;
  tenant?: string;
  source?: string;
}

export interface InFlightBatch {
  first: number;
  last: number;
  key: string;
  /** When it was first sent (epoch ms): past the service's key retention its answer is gone. */
  sentAt: number;
}

export interface Settled {
  created: number;
  replayed: number;
  rejected: number;
}

export interface CheckpointState {
  version: 1;
  file: FileIdentity;
  load: LoadIdentity;
  /** Prefix of this load's Idempotency-Keys. */
  run: string;
  through: number;
  done: Array<[number, number]>;
  inFlight: InFlightBatch[];
  /** Length of the rejects file when this was written: what a resumed load truncates it to. */
  rejectsBytes: number;
  settled: Settled;
  updatedAt: number;
  /** When every row was settled: loading the file again would store its unidentifiable rows twice. */
  finishedAt?: number;
}

export function fileIdentity(path: string): FileIdentity {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return { size: statSync(path).size, head: createHash('sha256').update(buffer.subarray(0, read)).digest('hex') };
  } finally {
    closeSync(fd);
  }
}

export function newCheckpoint(file: FileIdentity, load: LoadIdentity, rejectsBytes: number): CheckpointState {
  return {
    version: 1,
    file,
    load,
    run: `load-${randomBytes(9).toString('base64url')}`,
    through: 0,
    done: [],
    inFlight: [],
    rejectsBytes,
    settled: { created: 0, replayed: 0, rejected: 0 },
    updatedAt: Date.now(),
  };
}

export function readCheckpoint(path: string): CheckpointState | undefined {
  if (!existsSync(path)) return undefined;
  const state = JSON.parse(readFileSync(path, 'utf8')) as CheckpointState;
  if (state.version !== 1) throw new Error(`the checkpoint ${path} is of another version of the loader`);
  return state;
}

/** Why a checkpoint cannot be resumed with this file and these settings, if it cannot. */
export function mismatch(state: CheckpointState, file: FileIdentity, load: LoadIdentity): string | undefined {
  if (state.file.size !== file.size || state.file.head !== file.head) return 'the file changed since';
  for (const name of ['kind', 'format', 'mapping', 'tenant', 'source'] as const) {
    if (state.load[name] === load[name]) continue;
    return name === 'mapping' ? 'the mapping file changed since' : `its ${name} was ${state.load[name] ?? 'not given'}`;
  }
  return undefined;
}

/** Written whole to a file aside and moved over the old one: a crash leaves one or the other. */
export function writeCheckpoint(path: string, state: CheckpointState): void {
  state.updatedAt = Date.now();
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

export function removeCheckpoint(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.tmp`, { force: true });
}

/** Whether row `number` was settled by the run the checkpoint recorded. */
export function isSettled(state: CheckpointState, number: number): boolean {
  return number <= state.through || state.done.some(([first, last]) => number >= first && number <= last);
}

/** Records rows first..last as settled, folding settled ranges into `through` as they join it. */
export function settle(state: CheckpointState, first: number, last: number): void {
  state.inFlight = state.inFlight.filter((batch) => batch.first !== first);
  state.done.push([first, last]);
  state.done.sort((a, b) => a[0] - b[0]);
  while (state.done.length && state.done[0]![0] <= state.through + 1) {
    state.through = Math.max(state.through, state.done.shift()![1]);
  }
}
