// Which errors say "the database cannot be used now" (answered 503, retried later) and which
// do not, in the shapes they were seen to arrive in: terminated connections, an unreachable
// server, a locked SQLite file.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUniqueViolation } from '../../src/db/errors.ts';
import { TransactionStartTimedOut, TransactionTimedOut } from '../../src/db/driver-transactions.ts';

/** A Prisma error as the client throws it for a statement the driver adapter failed. */
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `db.tenant.findUnique()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { modelName: 'Tenant', driverAdapterError: { name: 'DriverAdapterError', cause } },
  });

/** The driver adapter's own error, as a driver transaction (src/db/driver-transactions.ts) gets it. */
const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error('driver adapter error'), { name: 'DriverAdapterError', cause });

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect', errno: -111 });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a connection terminated by the server (Prisma model query)',
      prismaError('P2039', { kind: 'postgres', originalCode: '57P01', code: '57P01' }),
    ],
    ['a connection terminated by the server (raw query)', prismaError('P2010', { kind: 'postgres', originalCode: '57P01', code: '57P01' })],
    ['a server starting up', prismaError('P2039', { kind: 'postgres', originalCode: '57P03' })],
    ['a connection exception', Object.assign(new Error('connection failure'), { name: 'DatabaseError', code: '08006', severity: 'FATAL' })],
    ['pg on a terminated connection', new Error('Connection terminated unexpectedly')],
    ['pg on a client whose connection failed', new Error('Client has encountered a connection error and is not queryable')],
    ['the pool waiting for a connection in vain', new Error('timeout exceeded when trying to connect')],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['Prisma unable to reach the server', Object.assign(new Error("Can't reach database server"), { code: 'P1001' })],
    ['Prisma out of pool connections', Object.assign(new Error('Timed out fetching a new connection'), { code: 'P2024' })],
    ['the adapter: not reachable', prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    [
      'a locked SQLite file',
      prismaError('P1008', { kind: 'SocketTimeout', originalCode: 'SQLITE_BUSY', originalMessage: 'database is locked' }),
    ],
    [
      'an SQLite file that cannot be opened',
      prismaError('P2039', { kind: 'sqlite', extendedCode: 14, message: 'unable to open database file' }),
    ],
    [
      'a driver error wrapped by a resolver',
      new GraphQLError('wrapped', { originalError: new Error('Connection terminated unexpectedly') }),
    ],
    ['an error with the failure as its cause', new Error('could not read', { cause: socketError('ECONNREFUSED') })],
    [
      'a transaction that waited in vain for its turn',
      Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' }),
    ],
    ['a driver transaction that waited in vain for its turn', new TransactionStartTimedOut(10_000)],
    [
      'the adapter in a driver transaction: a connection terminated',
      adapterError({ kind: 'postgres', originalCode: '57P01', code: '57P01' }),
    ],
    ['the adapter in a driver transaction: a locked SQLite file', adapterError({ kind: 'SocketTimeout', originalCode: 'SQLITE_BUSY' })],
    ['the adapter in a driver transaction: a closed connection', adapterError({ kind: 'ConnectionClosed' })],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002', { kind: 'UniqueConstraintViolation' })],
    ['a syntax error', prismaError('P2010', { kind: 'postgres', originalCode: '42601' })],
    ['a transaction timeout', Object.assign(new Error('Transaction already closed'), { code: 'P2028' })],
    ['a driver transaction timeout', new TransactionTimedOut(30_000)],
    [
      'the adapter in a driver transaction: a unique violation',
      adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['id'] } }),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a request error', new GraphQLError('bad', { extensions: { code: 'BAD_REQUEST' } })],
    ['nothing at all', undefined],
  ])('does not take %s for it', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('takes the adapter’s own unique violation for one, and nothing else', () => {
    expect(isUniqueViolation(adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['id'] } }))).toBe(true);
    expect(isUniqueViolation(adapterError({ kind: 'ForeignKeyConstraintViolation' }))).toBe(false);
    expect(isUniqueViolation(adapterError({ kind: 'postgres', originalCode: '57P01' }))).toBe(false);
  });
});
