import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { LoadStopped } from './retry.ts';
import type { LoadKind } from './rows.ts';

// What a load has settled, kept beside the file after every batch so that --resume continues
// from there: rows up to `through` and those of `done` are settled (stored, replayed or in the
// rejects file); those of `inFlight` were sent without an answer yet, and are sent again as the
// same batches with the same Idempotency-Keys, whose first answer the service gives back. It is
// kept once the load is finished too, so that loading the same file again is a decision.

export interface FileIdentity {
  size: number;
  /** SHA-256 of the whole file: a file edited or replaced since is not resumed. */
  sha256: string;
}

export interface LoadIdentity {
  kind: LoadKind;
  format: string;
  /** SHA-256 of the mapping file, for CSV. */
  mapping?: string;
  tenant?: string;
  source?: string;
  /** The rejects file, as an absolute path: a resumed load appends to the one it began. */
  rejects: string;
}

export interface InFlightBatch {
  first: number;
  last: number;
  key: string;
  /** When it was first sent (epoch ms): past the service's key retention its answer is gone. */
  sentAt: number;
  /** Keys of its requests that were split in halves rather than sent whole (over a limit). */
  split?: string[];
}

export interface Settled {
  created: number;
  replayed: number;
  rejected: number;
}

export interface CheckpointState {
  version: 2;
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

/** The file's size and digest, read as a stream (some seconds a GB). */
export async function fileIdentity(path: string): Promise<FileIdentity> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return { size: statSync(path).size, sha256: hash.digest('hex') };
}

export function newCheckpoint(file: FileIdentity, load: LoadIdentity, rejectsBytes: number): CheckpointState {
  return {
    version: 2,
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
  let state: CheckpointState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as CheckpointState;
  } catch (error) {
    throw new Error(`the checkpoint ${path} cannot be read (${(error as Error).message}): --restart loads the file from the start`, {
      cause: error,
    });
  }
  if (state.version !== 2)
    throw new Error(`the checkpoint ${path} is of another version of the loader: --restart loads the file from the start`);
  return state;
}

/** Why a checkpoint cannot be resumed with this file and these settings, if it cannot. */
export function mismatch(state: CheckpointState, file: FileIdentity, load: LoadIdentity): string | undefined {
  if (state.file.size !== file.size || state.file.sha256 !== file.sha256) return 'the file changed since';
  for (const name of ['kind', 'format', 'mapping', 'tenant', 'source', 'rejects'] as const) {
    if (state.load[name] === load[name]) continue;
    if (name === 'mapping') return 'the mapping file changed since';
    return `its ${name === 'rejects' ? 'rejects file' : name} was ${state.load[name] ?? 'not given'}`;
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

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the checkpoint for this process (a lock file beside it naming the process): two loads
 * of one file at once would each send the other's rows and mix their rejects. A lock left by
 * a process that is gone (killed) is taken over. Returns its release.
 */
export function lockCheckpoint(path: string): () => void {
  const lock = `${path}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new LoadStopped(`another load (process ${holder}) is loading this file with the checkpoint ${path}: wait for it, or stop it`);
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}
