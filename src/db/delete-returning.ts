import { join, raw } from '@prisma/client/runtime/client';
import { chunked } from './batching.ts';
import type { DbTransaction } from './client.ts';

// Ids a statement binds at once: far below every provider's limit.
const IDS_PER_STATEMENT = 10_000;

const TYPE_COLUMN = { Interaction: 'interactionTypeId', Entity: 'entityTypeId' } as const;

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
): Promise<Array<{ id: string; typeId: string }>> {
  const deleted: Array<{ id: string; typeId: string }> = [];
  for (const chunk of chunked(ids, IDS_PER_STATEMENT)) {
    deleted.push(
      ...(await tx.$queryRaw<Array<{ id: string; typeId: string }>>`DELETE FROM ${raw(`"${table}"`)}
        WHERE "tenantId" = ${tenantId} AND "id" IN (${join(chunk)})
        RETURNING "id", ${raw(`"${TYPE_COLUMN[table]}"`)} AS "typeId"`),
    );
  }
  return deleted;
}
