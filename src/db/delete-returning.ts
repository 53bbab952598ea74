import { join, raw, sqltag as sql } from '@prisma/client/runtime/client';
import { chunked } from './batching.ts';
import type { DbTransaction } from './client.ts';

// Ids a statement binds at once: far below every provider's limit.
const IDS_PER_STATEMENT = 10_000;

const TYPE_COLUMN = { Interaction: 'interactionTypeId', Entity: 'entityTypeId' } as const;

export interface DeleteOnly {
  /** Interactions only: delete those soft-deleted before this time, no others (the purge). */
  softDeletedBefore?: bigint;
}

/**
 * Deletes the tenant's rows of `table` with these ids (their parts go with them, by cascading
 * foreign keys) and gives back those it deleted, with their type: a row another request
 * deleted meanwhile is not among them, so the change stream records each deletion once.
 */
export async function deleteReturningTypes(
  tx: DbTransaction,
  table: keyof typeof TYPE_COLUMN,
  tenantId: string,
  ids: readonly string[],
  only: DeleteOnly = {},
): Promise<Array<{ id: string; typeId: string }>> {
  const deleted: Array<{ id: string; typeId: string }> = [];
  const softDeleted = only.softDeletedBefore !== undefined ? sql`AND "deletedTime" < ${only.softDeletedBefore}` : sql``;
  for (const chunk of chunked(ids, IDS_PER_STATEMENT)) {
    deleted.push(
      ...(await tx.$queryRaw<Array<{ id: string; typeId: string }>>`DELETE FROM ${raw(`"${table}"`)}
        WHERE "tenantId" = ${tenantId} AND "id" IN (${join(chunk)}) ${softDeleted}
        RETURNING "id", ${raw(`"${TYPE_COLUMN[table]}"`)} AS "typeId"`),
    );
  }
  return deleted;
}
