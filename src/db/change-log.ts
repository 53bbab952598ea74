// The change stream's outbox: entries written in the transaction that made the changes, at
// positions taken from the tenant's counter. The counter is bumped last in the transaction:
// its row lock, held until commit, orders the commits of a tenant's writers by position, so a
// reader that has seen position n has seen everything before it.
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { Provider } from '../config/database-url.ts';
import { bound, clientProvider, executeThroughPrisma, type BoundStatement } from './bound-statement.ts';
import type { DbTransaction } from './client.ts';

/** What changed, as the stream records it. */
export interface ChangeEntry {
  objectType: 'interaction' | 'entity';
  objectId: string;
  /** The interaction type's or entity type's id. */
  typeId: string;
  /** erased: an entity removed with everything that named it, at a person's request. */
  kind: 'created' | 'updated' | 'deleted' | 'erased' | 'soft_deleted' | 'restored';
}

// Five parameters a row: far below every provider's limit per statement.
const ROWS_PER_STATEMENT = 5_000;

/**
 * Statements recording `entries` in the tenant's stream, in order; run them last in the
 * transaction that made the changes. Readers are woken after the commit (see ChangeFeed):
 * a NOTIFY inside the transaction would make PostgreSQL commit every tenant's notifying
 * transactions one at a time.
 */
export function changeLogStatements(
  provider: Provider,
  tenantId: string,
  actor: string,
  entries: readonly ChangeEntry[],
  recordedTime = BigInt(Date.now()),
): BoundStatement[] {
  if (!entries.length) return [];
  const count = entries.length;
  const statements = [
    sql`INSERT INTO "ChangeCounter" ("tenantId", "seq") VALUES (${tenantId}, ${count})
      ON CONFLICT ("tenantId") DO UPDATE SET "seq" = "ChangeCounter"."seq" + ${count}`,
  ];
  for (let start = 0; start < count; start += ROWS_PER_STATEMENT) {
    const rows = entries.slice(start, start + ROWS_PER_STATEMENT).map(
      // How far before the counter's new value the entry sits: the last entry is at the counter.
      (entry, index) =>
        sql`(CAST(${count - 1 - (start + index)} AS BIGINT), ${entry.objectType}, ${entry.objectId}, ${entry.typeId}, ${entry.kind})`,
    );
    statements.push(
      sql`INSERT INTO "Change" ("tenantId", "seq", "objectType", "objectId", "typeId", "kind", "recordedTime", "actor")
        SELECT c."tenantId", c."seq" - v.column1, v.column2, v.column3, v.column4, v.column5, CAST(${recordedTime} AS BIGINT), CAST(${actor} AS TEXT)
        FROM (VALUES ${join(rows)}) AS v, "ChangeCounter" c WHERE c."tenantId" = ${tenantId}`,
    );
  }
  return statements.map((statement) => bound(provider, statement));
}

/** The DELETED entries of rows deleted (as deleteReturningTypes gives them back). */
export function deletedEntries(objectType: ChangeEntry['objectType'], rows: ReadonlyArray<{ id: string; typeId: string }>): ChangeEntry[] {
  return rows.map(({ id, typeId }) => ({ objectType, objectId: id, typeId, kind: 'deleted' }));
}

/** Runs changeLogStatements in order inside Prisma's transaction `tx`. */
export async function recordChanges(tx: DbTransaction, tenantId: string, actor: string, entries: readonly ChangeEntry[]): Promise<void> {
  for (const statement of changeLogStatements(clientProvider(tx), tenantId, actor, entries)) await executeThroughPrisma(tx, statement);
}
