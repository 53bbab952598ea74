// A transaction run on Prisma's driver adapter itself, for writes that are a fixed list of
// statements (a create's inserts): Prisma's interactive transactions pass every statement
// through the client's transaction manager and query interpreter, which took ten times the CPU
// (0.64-0.80 ms for a single create's eight statements, 0.05-0.07 ms on the adapter). The same
// adapter, so the same connection or pool and, on SQLite, the same lock Prisma's own
// transactions take; every statement reaches the query listeners (see observed-statement.ts).
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import type { Provider } from '../config/database-url.ts';
import type { Db } from './client.ts';
import { observed, type QueryListener } from './observed-statement.ts';
import type { BoundStatement } from './bound-statement.ts';

/** What a driver transaction's work gets: statements run in the transaction, in order. */
export interface DriverTransaction {
  readonly provider: Provider;
  /** Runs a statement; the number of rows it changed. */
  execute(statement: BoundStatement): Promise<number>;
  /** Runs the statements one after the other, in order. */
  executeAll(statements: readonly BoundStatement[]): Promise<void>;
  /** Runs a statement; its rows, by column name (integers as the driver gives them: number or bigint). */
  query<Row>(statement: BoundStatement): Promise<Row[]>;
}

export interface DriverTransactionOptions {
  /** The longest the transaction may take from its start; past it, its next statement fails and it is rolled back. */
  timeoutMs: number;
  /** The longest to wait for the transaction to start (the SQLite connection's lock, a PostgreSQL pool connection). */
  maxWaitMs: number;
}

/** The transaction could not start in time: the database is busy (see errors.ts). */
export class TransactionStartTimedOut extends Error {
  constructor(readonly waitedMs: number) {
    super(`Unable to start a transaction in the given time (${waitedMs} ms)`);
  }
}

/** A statement sent to a transaction already committed or rolled back (one its work did not wait for). */
export class TransactionClosed extends Error {
  constructor() {
    super('a statement was sent to a transaction already ended');
  }
}

/** The transaction outlasted its timeout and was rolled back. */
export class TransactionTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the transaction outlasted its timeout of ${timeoutMs} ms and was rolled back`);
  }
}

interface Driver {
  provider: Provider;
  listeners: ReadonlySet<QueryListener>;
  /** The adapter Prisma's client connected, connecting it first if it has not yet. */
  adapter(): Promise<SqlDriverAdapter>;
}

const drivers = new WeakMap<Db, Driver>();

/**
 * The factory handed to Prisma's client, recording the adapter the client connects so that
 * driver transactions run on that one; registered for `db` by registerDriver.
 */
export function recordingAdapter(factory: SqlMigrationAwareDriverAdapterFactory) {
  let connected: SqlDriverAdapter | undefined;
  const recording: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      // Prisma disposes of its adapter when its engine stops (a disconnect, a panic): driver
      // transactions then wait for the adapter of its next connection instead of a closed one.
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () => {
        if (connected === adapter) connected = undefined;
        return dispose();
      };
      return (connected = adapter);
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  return { factory: recording, connected: () => connected };
}

/** Makes driver transactions of `db` run on the adapter its client connected through `recorded`. */
export function registerDriver(
  db: Db,
  provider: Provider,
  listeners: ReadonlySet<QueryListener>,
  recorded: ReturnType<typeof recordingAdapter>,
): void {
  drivers.set(db, {
    provider,
    listeners,
    async adapter() {
      if (!recorded.connected()) await db.$connect();
      const adapter = recorded.connected();
      if (!adapter) throw new Error("Prisma's client connected without its adapter factory");
      return adapter;
    },
  });
}

const UNKNOWN_SCALAR = { scalarType: 'unknown', arity: 'scalar' } as const;
const UNKNOWN_LIST = { scalarType: 'unknown', arity: 'list' } as const;

function query(statement: BoundStatement) {
  return {
    sql: statement.text,
    args: statement.values as unknown[],
    argTypes: statement.values.map((value) => (Array.isArray(value) ? UNKNOWN_LIST : UNKNOWN_SCALAR)),
  };
}

/** Starts a transaction within `maxWaitMs`, else throws TransactionStartTimedOut; one started too late is rolled back. */
async function startWithin(adapter: SqlDriverAdapter, maxWaitMs: number): Promise<Transaction> {
  let waited: ReturnType<typeof setTimeout> | undefined;
  const starting = adapter.startTransaction();
  const late = new Promise<never>((_, reject) => {
    waited = setTimeout(() => reject(new TransactionStartTimedOut(maxWaitMs)), maxWaitMs);
  });
  try {
    return await Promise.race([starting, late]);
  } catch (error) {
    if (error instanceof TransactionStartTimedOut) void starting.then(rollBack).catch(() => {});
    throw error;
  } finally {
    clearTimeout(waited);
  }
}

/** Rolls back, then gives the connection back (the adapter's rollback() sends no statement). */
async function rollBack(transaction: Transaction): Promise<void> {
  try {
    await transaction.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] });
  } finally {
    await transaction.rollback();
  }
}

/**
 * Runs `work` in one transaction on the driver adapter of `db` (a client opened by
 * openDatabase): committed when `work` resolves, rolled back when it throws, which it rethrows.
 */
export async function inDriverTransaction<T>(
  db: Db,
  options: DriverTransactionOptions,
  work: (transaction: DriverTransaction) => Promise<T>,
): Promise<T> {
  const driver = drivers.get(db);
  if (!driver) throw new Error('this client was not opened by openDatabase: it has no driver transactions');
  const { provider, listeners } = driver;
  const adapter = await driver.adapter();
  const transaction = await observed(provider, listeners, 'BEGIN', [])(() => startWithin(adapter, options.maxWaitMs));
  const startedAt = performance.now();
  // Ended: its connection is given back, so a statement would run outside it, or in another's.
  let ended = false;
  const inTime = () => {
    if (ended) throw new TransactionClosed();
    if (performance.now() - startedAt > options.timeoutMs) throw new TransactionTimedOut(options.timeoutMs);
  };
  const run = async <R>(statement: BoundStatement, how: () => Promise<R>): Promise<R> => {
    inTime();
    return observed(provider, listeners, statement.text, statement.values)(how);
  };
  const handle: DriverTransaction = {
    provider,
    execute: (statement) => run(statement, () => transaction.executeRaw(query(statement))),
    async executeAll(statements) {
      for (const statement of statements) await handle.execute(statement);
    },
    query: async <Row>(statement: BoundStatement) => {
      const { columnNames, rows } = await run(statement, () => transaction.queryRaw(query(statement)));
      return rows.map((row) => Object.fromEntries(columnNames.map((name, at) => [name, row[at]])) as Row);
    },
  };
  let result: T;
  try {
    result = await work(handle);
    inTime();
    ended = true;
    await observed(provider, listeners, 'COMMIT', [])(() => transaction.executeRaw({ sql: 'COMMIT', args: [], argTypes: [] }));
  } catch (error) {
    // A COMMIT refused too: SQLite keeps the transaction open then.
    ended = true;
    await observed(provider, listeners, 'ROLLBACK', [])(() => rollBack(transaction)).catch(() => {});
    throw error;
  }
  // The adapter's commit() sends no statement: it gives the connection back.
  await transaction.commit();
  return result;
}
