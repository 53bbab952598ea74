// Soft deletion marks an interaction and its members (whose copy of the mark is what timelines
// filter on) and files it in DeletedInteraction, where the purge finds it by time; restoring
// undoes all three. Each gives back the rows it changed, so that a row another request changed
// meanwhile is neither counted nor recorded in the change stream twice.
import { join } from '@prisma/client/runtime/client';
import { chunked } from './batching.ts';
import type { DbTransaction } from './client.ts';

// Ids a statement binds at once: far below every provider's limit.
const IDS_PER_STATEMENT = 10_000;

export interface ChangedInteraction {
  id: string;
  typeId: string;
}

/** Soft-deletes the tenant's live interactions among `ids`, at `deletedTime`. */
export async function softDeleteReturning(
  tx: DbTransaction,
  tenantId: string,
  actor: string,
  ids: readonly string[],
  deletedTime: bigint,
): Promise<ChangedInteraction[]> {
  const changed: ChangedInteraction[] = [];
  for (const chunk of chunked(ids, IDS_PER_STATEMENT)) {
    const rows = await tx.$queryRaw<ChangedInteraction[]>`UPDATE "Interaction" SET "deletedTime" = ${deletedTime}
      WHERE "tenantId" = ${tenantId} AND "id" IN (${join(chunk)}) AND "deletedTime" IS NULL
      RETURNING "id", "interactionTypeId" AS "typeId"`;
    if (!rows.length) continue;
    const marked = rows.map((row) => row.id);
    await tx.$executeRaw`UPDATE "InteractionMember" SET "deletedTime" = ${deletedTime}
      WHERE "tenantId" = ${tenantId} AND "interactionId" IN (${join(marked)})`;
    await tx.$executeRaw`INSERT INTO "DeletedInteraction" ("tenantId", "interactionId", "deletedTime", "deletedBy")
      SELECT "tenantId", "id", "deletedTime", CAST(${actor} AS TEXT) FROM "Interaction"
      WHERE "tenantId" = ${tenantId} AND "id" IN (${join(marked)})`;
    changed.push(...rows);
  }
  return changed;
}

/** Restores the tenant's soft-deleted interactions among `ids`. */
export async function restoreReturning(tx: DbTransaction, tenantId: string, ids: readonly string[]): Promise<ChangedInteraction[]> {
  const changed: ChangedInteraction[] = [];
  for (const chunk of chunked(ids, IDS_PER_STATEMENT)) {
    const rows = await tx.$queryRaw<ChangedInteraction[]>`UPDATE "Interaction" SET "deletedTime" = NULL
      WHERE "tenantId" = ${tenantId} AND "id" IN (${join(chunk)}) AND "deletedTime" IS NOT NULL
      RETURNING "id", "interactionTypeId" AS "typeId"`;
    if (!rows.length) continue;
    const restored = rows.map((row) => row.id);
    await tx.$executeRaw`UPDATE "InteractionMember" SET "deletedTime" = NULL
      WHERE "tenantId" = ${tenantId} AND "interactionId" IN (${join(restored)})`;
    await tx.$executeRaw`DELETE FROM "DeletedInteraction" WHERE "tenantId" = ${tenantId} AND "interactionId" IN (${join(restored)})`;
    changed.push(...rows);
  }
  return changed;
}
