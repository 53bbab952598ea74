import type { PrismaClient } from './generated/postgresql/client.ts';
import { createAdapterFactory } from './adapter.ts';
import { providerOf } from '../config/database-url.ts';
import type { Provider } from '../config/database-url.ts';
import type { Logger } from '../logging/logger.ts';
import { createPostgresPool, poolUseOf, type PoolUse } from './postgres-pool.ts';
import { openPreparedReads } from './prepared-reads.ts';
import { reusingStatementsOf } from './reused-statements.ts';
import { recordingAdapter, registerDriver } from './driver-transactions.ts';
import type { QueryListener } from './observed-statement.ts';

/**
 * The data-access handle every service takes. Both providers' clients are generated from
 * one model and expose the same API; the PostgreSQL client's type stands for both.
 */
export type Db = PrismaClient;

export interface Database {
  db: Db;
  provider: Provider;
  /** Calls `listener` with every SQL statement sent, its duration and its parameters (JSON); returns the function that stops it. */
  onQuery(listener: QueryListener): () => void;
  /** The PostgreSQL connection pool's use now; undefined on SQLite, which has no pool. */
  poolUse(): PoolUse | undefined;
  close(): Promise<void>;
}

/**
 * Connects to the database behind the URL with the client generated for its provider. A lost
 * PostgreSQL connection is reported to `logger` (when given) and replaced; it never ends the process.
 */
export async function openDatabase(databaseUrl: string, logger?: Logger): Promise<Database> {
  const provider = providerOf(databaseUrl);
  const pool =
    provider === 'postgresql'
      ? createPostgresPool(databaseUrl, (error) =>
          logger?.warn({ err: error }, 'a connection to PostgreSQL failed: the pool replaces it when next needed'),
        )
      : undefined;
  // The service's own connection reuses its statements; migrations, which change the schema
  // under them, get the adapter as it is (createAdapterFactory).
  const recorded = recordingAdapter(
    provider === 'sqlite' ? reusingStatementsOf(createAdapterFactory(databaseUrl)) : createAdapterFactory(databaseUrl, pool),
  );
  const { PrismaClient: Client } =
    provider === 'postgresql'
      ? await import('./generated/postgresql/client.ts')
      : ((await import('./generated/sqlite/client.ts')) as unknown as typeof import('./generated/postgresql/client.ts'));
  const db = new Client({ adapter: recorded.factory, log: [{ emit: 'event', level: 'query' }] });
  const listeners = new Set<QueryListener>();
  db.$on('query', (event) => listeners.forEach((listener) => listener(event.query, Number(event.duration), event.params)));
  if (provider === 'sqlite') {
    // WAL lets readers run beside the single writer; SQLite leaves foreign keys off unless asked.
    await db.$executeRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
  // After the pragmas: Prisma's connection has created the SQLite file and put it in WAL mode.
  const reads = openPreparedReads(db, provider, databaseUrl, pool, listeners);
  registerDriver(db, provider, listeners, recorded);
  return {
    db,
    provider,
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poolUse: () => (pool ? poolUseOf(pool) : undefined),
    close: async () => {
      reads.close();
      await db.$disconnect();
      if (pool && !pool.ending) await pool.end();
    },
  };
}

/** Stored rows, as Prisma's generated model types describe them (the same for both providers). */
export type {
  Entity as EntityRecord,
  EntityAttributeValue as EntityAttributeValueRecord,
  EntityCrosswalk as EntityCrosswalkRecord,
  Interaction as InteractionRecord,
  InteractionMember as InteractionMemberRecord,
} from './generated/postgresql/client.ts';

/** The handle services get inside `db.$transaction(async (tx) => ...)`. */
export type DbTransaction = import('./generated/postgresql/client.ts').Prisma.TransactionClient;
