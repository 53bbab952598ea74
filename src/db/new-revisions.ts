// Interactions whose members another write changed (an erasure, an identify) get a new
// revision, so that an update that read them before is refused (see optimistic.ts), and an
// UPDATED entry in the change stream; a soft-deleted one gets the revision but no entry, since
// readers were told it is gone and a RESTORED entry sends them to read it whole again.
import { join } from '@prisma/client/runtime/client';
import { chunked } from './batching.ts';
import type { ChangeEntry } from './change-log.ts';
import type { DbTransaction } from './client.ts';

/** Gives the interactions among `ids` a revision after `now` (or after their own); the UPDATED entries of the live ones. */
export async function newRevisions(
  tx: DbTransaction,
  tenantId: string,
  actor: string,
  ids: readonly string[],
  now: bigint,
): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  for (const chunk of chunked(ids)) {
    const rows = await tx.$queryRaw<Array<{ id: string; typeId: string; deletedTime: bigint | null }>>`UPDATE "Interaction"
      SET "updatedTime" = CASE WHEN "updatedTime" < ${now} THEN ${now} ELSE "updatedTime" + 1 END, "updatedBy" = ${actor}
      WHERE "tenantId" = ${tenantId} AND "id" IN (${join(chunk)})
      RETURNING "id", "interactionTypeId" AS "typeId", "deletedTime"`;
    for (const row of rows)
      if (row.deletedTime === null) entries.push({ objectType: 'interaction', objectId: row.id, typeId: row.typeId, kind: 'updated' });
  }
  return entries;
}
