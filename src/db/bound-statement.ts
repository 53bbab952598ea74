// A statement as one provider runs it: its text with that provider's placeholders, and its
// values. Statement builders (bulk inserts, the change log) make these once, whichever way
// they are then run: through Prisma's client, or in a driver transaction (driver-transactions.ts).
import type { Sql } from '@prisma/client/runtime/client';
import type { Provider } from '../config/database-url.ts';
import type { Db, DbTransaction } from './client.ts';

export interface BoundStatement {
  /** `?` placeholders on SQLite, `$1`, `$2`… on PostgreSQL. */
  text: string;
  values: readonly unknown[];
}

/** Prisma's tagged statement as `provider` runs it. */
export function bound(provider: Provider, statement: Sql): BoundStatement {
  return { text: provider === 'postgresql' ? statement.text : statement.sql, values: statement.values };
}

/** The provider of a client or of a transaction's client: the generated clients name it (`_activeProvider`). */
export function clientProvider(db: Db | DbTransaction): Provider {
  return (db as unknown as { _activeProvider: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** The statement run through Prisma's client (a lazy PrismaPromise, so it also fits a batch `$transaction([...])`). */
export function executeThroughPrisma(db: Db | DbTransaction, statement: BoundStatement) {
  return db.$executeRawUnsafe(statement.text, ...statement.values);
}
