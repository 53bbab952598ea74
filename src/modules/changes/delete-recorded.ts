import { recordChanges, type ChangeEntry } from '../../db/change-log.ts';
import type { DbTransaction } from '../../db/client.ts';
import { deleteReturningTypes, type DeleteOnly } from '../../db/delete-returning.ts';
import { restoreReturning, softDeleteReturning, type ChangedInteraction } from '../../db/soft-delete.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import type { ServiceContext } from '../context/service-context.ts';

/**
 * Runs `change` in one transaction with the change-stream entries of the rows it gives back,
 * and records the commit; gives the ids of the rows it changed.
 */
async function changeRecorded(
  ctx: ServiceContext,
  change: (tx: DbTransaction) => Promise<ChangedInteraction[]>,
  kind: ChangeEntry['kind'],
  objectType: ChangeEntry['objectType'] = 'interaction',
): Promise<string[]> {
  const changed = await ctx.db.$transaction(async (tx) => {
    const rows = await change(tx);
    await recordChanges(
      tx,
      ctx.tenantId,
      ctx.caller,
      rows.map(({ id, typeId }) => ({ objectType, objectId: id, typeId, kind })),
    );
    return rows.map((row) => row.id);
  }, writeTransactionOptions(ctx.settings));
  await ctx.writes.committed(changed.length);
  return changed;
}

/**
 * Deletes the tenant's interactions or entities with these ids for good (soft-deleted ones
 * too), with a DELETED change-stream entry for each it deleted (one deleted meanwhile is not
 * counted twice); gives the ids of those it deleted.
 */
export function deleteRecorded(
  ctx: ServiceContext,
  table: 'Interaction' | 'Entity',
  ids: readonly string[],
  only: DeleteOnly = {},
): Promise<string[]> {
  const objectType = table === 'Interaction' ? 'interaction' : 'entity';
  return changeRecorded(ctx, (tx) => deleteReturningTypes(tx, table, ctx.tenantId, ids, only), 'deleted', objectType);
}

/** Soft-deletes the tenant's live interactions with these ids, with a SOFT_DELETED entry each; gives their ids. */
export function softDeleteRecorded(ctx: ServiceContext, ids: readonly string[]): Promise<string[]> {
  return changeRecorded(ctx, (tx) => softDeleteReturning(tx, ctx.tenantId, ctx.caller, ids, BigInt(Date.now())), 'soft_deleted');
}

/** Restores the tenant's soft-deleted interactions with these ids, with a RESTORED entry each; gives their ids. */
export function restoreRecorded(ctx: ServiceContext, ids: readonly string[]): Promise<string[]> {
  return changeRecorded(ctx, (tx) => restoreReturning(tx, ctx.tenantId, ids), 'restored');
}
