// A second process on a busy SQLite file: how long it waits for a lock, how a lock it could not
// get is recognised, and the one line that says which file and which processes hold it.
import { isDriverAdapterError } from '@prisma/driver-adapter-utils';
import Database from 'better-sqlite3';
import { processesHolding } from './processes-holding-file.ts';

/**
 * How long a migration, or a tool opening the file, waits for another process that holds the
 * whole file (a migration under way; for a migration, any process that has it open, such as a
 * running service, which would hold it for good): long enough for a short tool or migration
 * to finish, short enough to say so at once rather than after the driver's 10 s.
 */
export const SQLITE_BUSY_WAIT_MS = 3_000;

/** How long a tool waits for another process's write (a batch of the service) before giving up. */
export const SQLITE_WRITE_WAIT_MS = 5_000;

/** Whether the error is SQLite's "database is locked" (SQLITE_BUSY), at the driver or through Prisma. */
export function isSqliteBusy(error: unknown): boolean {
  for (let cause = error; typeof cause === 'object' && cause !== null; cause = (cause as { cause?: unknown }).cause) {
    if (isDriverAdapterError(cause) && cause.cause.kind === 'SocketTimeout') return true;
    if (String((cause as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return true;
    const meta = (cause as { meta?: { driverAdapterError?: unknown } }).meta;
    if (meta?.driverAdapterError && isSqliteBusy(meta.driverAdapterError)) return true;
    if (cause === (cause as { cause?: unknown }).cause) break;
  }
  return false;
}

/** Who holds the file, for a message: the processes, or "another process" when they cannot be seen. */
export function holdersOf(file: string): string {
  const holders = processesHolding(file);
  return holders.length ? holders.join(', ') : 'another process';
}

/** Raised instead of the driver's error when another process kept an SQLite file locked for longer than this one waits. */
export class SqliteFileBusy extends Error {
  constructor(
    readonly file: string,
    what: string,
    waitedMs: number,
  ) {
    super(`the SQLite file ${file} is locked by ${holdersOf(file)}: ${what} (waited ${waitedMs / 1000} s)`);
  }
}

/**
 * Waits (at most SQLITE_BUSY_WAIT_MS) until the SQLite file can be read, else throws
 * SqliteFileBusy: another process has it in exclusive mode, as migrations do while they run.
 * Readers are never kept waiting by an ordinary writer (WAL), so this passes beside a service.
 */
export function awaitReadableSqliteFile(file: string, what: string): void {
  let connection: Database.Database;
  try {
    connection = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_WAIT_MS });
  } catch {
    return; // No file yet: nothing can hold it, and opening the database says what is wrong.
  }
  try {
    connection.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isSqliteBusy(error)) throw new SqliteFileBusy(file, what, SQLITE_BUSY_WAIT_MS);
    throw error;
  } finally {
    connection.close();
  }
}
