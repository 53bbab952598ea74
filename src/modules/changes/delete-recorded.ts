import { deletedEntries, recordChanges } from '../../db/change-log.ts';
import { deleteReturningTypes } from '../../db/delete-returning.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import type { ServiceContext } from '../context/service-context.ts';

/**
 * Deletes the tenant's interactions or entities with these ids in one transaction, with a
 * DELETED change-stream entry for each it deleted (one deleted meanwhile is not counted
 * twice), and records the commit; gives how many it deleted.
 */
export async function deleteRecorded(ctx: ServiceContext, table: 'Interaction' | 'Entity', ids: readonly string[]): Promise<number> {
  const objectType = table === 'Interaction' ? 'interaction' : 'entity';
  const deleted = await ctx.db.$transaction(async (tx) => {
    const rows = await deleteReturningTypes(tx, table, ctx.tenantId, ids);
    await recordChanges(tx, ctx.tenantId, ctx.caller, deletedEntries(objectType, rows));
    return rows.length;
  }, writeTransactionOptions(ctx.settings));
  await ctx.writes.committed(deleted);
  return deleted;
}
