// Writes that were prepared against one version of a tenant's configuration (creates check
// their inputs, a key backfill computes keys from idAttributes) must not commit under another:
// a configuration change commits between the read and the write otherwise, and its checks
// (counting stored interactions, re-keying them) never see what the write adds.
import { sqltag as sql } from '@prisma/client/runtime/client';
import type { Provider } from '../config/database-url.ts';
import { bound, clientProvider, type BoundStatement } from './bound-statement.ts';
import type { Db, DbTransaction } from './client.ts';
import { inDriverTransaction, type DriverTransaction } from './driver-transactions.ts';

/** The tenant's configuration is no longer the version the write was prepared against. */
export class ConfigurationChanged extends Error {
  constructor() {
    super("the tenant's configuration changed while the write was prepared");
  }
}

/**
 * Reads the tenant's configuration version inside the transaction. On PostgreSQL the row is
 * share-locked: a configuration change, which updates the row first, waits for this
 * transaction, while concurrent writers of the tenant, each with a share lock, do not wait
 * for one another. SQLite runs one writer at a time, so a plain read is enough there.
 */
function heldConfigVersion(provider: Provider, tenantId: string): BoundStatement {
  return bound(
    provider,
    provider === 'postgresql'
      ? sql`SELECT "configVersion" FROM "Tenant" WHERE "id" = ${tenantId} FOR SHARE`
      : sql`SELECT "configVersion" FROM "Tenant" WHERE "id" = ${tenantId}`,
  );
}

const versionOf = (rows: Array<{ configVersion: number | bigint }>) => (rows[0] ? Number(rows[0].configVersion) : null);

// Prisma's 2 s wait to start would refuse a small write queued behind another's slice on a
// busy machine (SQLite runs one transaction at a time); as long as SQLite's own busy wait.
export const TRANSACTION_START_WAIT_MS = 10_000;

/**
 * Runs `work` in a transaction that first checks the tenant's configuration is still at
 * `version` (ConfigurationChanged when not) and keeps it there until the transaction ends.
 * `timeoutMs` bounds the whole transaction, the wait for a configuration change included.
 */
export function writeUnderConfiguration<T>(
  db: Db,
  tenantId: string,
  version: number,
  timeoutMs: number,
  work: (tx: DbTransaction) => Promise<T>,
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const held = heldConfigVersion(clientProvider(tx), tenantId);
      if (versionOf(await tx.$queryRawUnsafe(held.text, ...held.values)) !== version) throw new ConfigurationChanged();
      return work(tx);
    },
    { timeout: timeoutMs, maxWait: TRANSACTION_START_WAIT_MS },
  );
}

/**
 * writeUnderConfiguration for work that is a list of statements, in a driver transaction
 * (driver-transactions.ts): a create's inserts.
 */
export function writeStatementsUnderConfiguration<T>(
  db: Db,
  tenantId: string,
  version: number,
  timeoutMs: number,
  work: (tx: DriverTransaction) => Promise<T>,
): Promise<T> {
  return inDriverTransaction(db, { timeoutMs, maxWaitMs: TRANSACTION_START_WAIT_MS }, async (tx) => {
    if (versionOf(await tx.query(heldConfigVersion(tx.provider, tenantId))) !== version) throw new ConfigurationChanged();
    return work(tx);
  });
}
