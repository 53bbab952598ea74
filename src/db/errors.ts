// Constraint violations, recognised the same way on every provider, whether the statement
// came from a Prisma model query (P2002 / P2003), a raw one (P2010 with the driver adapter's
// classification) or a driver transaction (the adapter's own error).
import { isDriverAdapterError } from '@prisma/driver-adapter-utils';
import { TransactionStartTimedOut, TransactionTimedOut } from './driver-transactions.ts';

function prismaCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** The driver adapter's classification of a failed raw statement: Prisma's (P2010) or the adapter's own error. */
function rawStatementErrorKind(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && isDriverAdapterError(error)) return error.cause.kind;
  if (prismaCode(error) !== 'P2010') return undefined;
  return (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } }).meta?.driverAdapterError?.cause?.kind;
}

/** Whether the error is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002' || rawStatementErrorKind(error) === 'UniqueConstraintViolation';
}

/** Whether the error is a foreign-key violation: a row still referenced, or a reference to nothing. */
export function isForeignKeyViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2003' || rawStatementErrorKind(error) === 'ForeignKeyConstraintViolation';
}

/** Whether the error is a transaction that outlasted its timeout, or could not start within its wait. */
export function isTransactionTimeout(error: unknown): boolean {
  return prismaCode(error) === 'P2028' || error instanceof TransactionTimedOut || error instanceof TransactionStartTimedOut;
}

// The database could not be used at all (not: the statement was wrong). Connectivity is
// recognised here and nowhere else, whichever layer reports it: Prisma's own codes, the driver
// adapter's classification, the pg driver's SQLSTATE or its own messages, Node's socket
// codes, SQLite's result codes.

// Prisma: cannot reach (P1001), timed out connecting (P1002), operation timed out (P1008, what
// the SQLite adapter reports for a busy database), server closed the connection (P1017), no
// pool connection in time (P2024), too many connections (P2037).
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);

// The driver adapters' error kinds for a connection that could not be made or was lost.
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
]);

// PostgreSQL SQLSTATEs: connection exceptions (class 08), the server shutting down or not yet
// accepting connections (57P01-57P03), too many connections (53300), out of resources (53*).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53...)$/;

// Node's socket errors, as pg or the adapter passes them on.
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

// SQLite: another connection holds the lock, or the file cannot be opened, read or written.
const UNAVAILABLE_SQLITE_CODE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|FULL|NOTADB|CORRUPT|PERM|AUTH)/;
// The same, as the SQLite adapter reports a primary result code (the low byte of an extended one).
const UNAVAILABLE_SQLITE_RESULTS = new Set([5, 6, 8, 10, 11, 13, 14, 23, 26]);

// Messages of the pg driver and pool that carry no code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  /^Query read timeout/,
  // Prisma (P2028), or a driver transaction (TransactionStartTimedOut), when a transaction
  // waited its maxWait for its turn: the database is busy.
  /Unable to start a transaction in the given time/,
];

/** The error and every error it wraps: `cause`, GraphQL's `originalError`, the driver adapter's cause, aggregated errors. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const pending = [error];
  while (pending.length && chain.length < 20) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || chain.includes(next)) continue;
    chain.push(next);
    const wrapped = next as {
      cause?: unknown;
      originalError?: unknown;
      errors?: unknown;
      meta?: { driverAdapterError?: { cause?: unknown } };
    };
    pending.push(wrapped.cause, wrapped.originalError, wrapped.meta?.driverAdapterError?.cause);
    if (Array.isArray(wrapped.errors)) pending.push(...(wrapped.errors as unknown[]));
  }
  return chain;
}

function signalsUnavailable(error: object): boolean {
  const { code, kind, originalCode, extendedCode, message } = error as Record<string, unknown>;
  if (typeof code === 'string') {
    if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SQLITE_CODE.test(code)) return true;
  }
  if (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
  if (kind === 'postgres' && typeof originalCode === 'string' && UNAVAILABLE_SQLSTATE.test(originalCode)) return true;
  if (kind === 'sqlite' && typeof extendedCode === 'number' && UNAVAILABLE_SQLITE_RESULTS.has(extendedCode & 0xff)) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * Whether the error, or one it wraps, says the database could not be used (unreachable,
 * connection lost or refused, busy, its file unreadable), as opposed to a statement it refused:
 * the request may succeed when retried later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some((link) => signalsUnavailable(link as object));
}
