// The end of a soft delete: interactions soft-deleted longer than SOFT_DELETE_RETENTION_DAYS are
// deleted for good (their crosswalks freed, a DELETED entry each in the change stream), by every
// API process now and then, or by an admin on request (purgeDeletedInteractions).
import type { Logger } from '../../logging/logger.ts';
import { commandLinePrincipal } from '../access/principal.ts';
import { deleteRecorded } from '../changes/delete-recorded.ts';
import { createServiceContext, type ContextDependencies } from '../context/create-service-context.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { retentionInterval, runPeriodically, type PeriodicTask } from '../housekeeping/periodic-task.ts';
import { BULK_DELETE_SLICE } from './delete-interactions-where.ts';

const DAY_MS = 86_400_000;

/** When interactions soft-deleted now become due for the purge. */
export const softDeleteCutoff = (retentionDays: number, now = Date.now()) => BigInt(now - Math.round(retentionDays * DAY_MS));

/**
 * Deletes for good the tenant's interactions soft-deleted before `before`, a slice per
 * transaction; gives how many this run deleted (an interaction restored or deleted meanwhile
 * is not counted).
 */
export async function purgeSoftDeleted(ctx: ServiceContext, before: bigint): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const ids = (
      await ctx.db.deletedInteraction.findMany({
        where: { tenantId: ctx.tenantId, deletedTime: { lt: before } },
        select: { interactionId: true },
        take: BULK_DELETE_SLICE,
      })
    ).map((row) => row.interactionId);
    if (!ids.length) break;
    // Only those still soft-deleted: one restored since the read stays.
    deleted += (await deleteRecorded(ctx, 'Interaction', ids, { softDeletedBefore: before })).length;
    if (ids.length < BULK_DELETE_SLICE) break;
  }
  ctx.forgetLoadedRows();
  return { deleted };
}

/** Purges every tenant's interactions soft-deleted longer than the retention, now and then, until stopped. */
export function keepSoftDeletedFor(deps: ContextDependencies, retentionDays: number, logger: Logger): PeriodicTask {
  return runPeriodically(
    'purge soft-deleted interactions',
    retentionInterval(retentionDays * DAY_MS),
    async () => {
      const before = softDeleteCutoff(retentionDays);
      const tenants = await deps.db.deletedInteraction.findMany({
        where: { deletedTime: { lt: before } },
        select: { tenantId: true },
        distinct: ['tenantId'],
      });
      for (const { tenantId } of tenants) {
        const ctx = createServiceContext(tenantId, commandLinePrincipal('soft-delete-retention'), deps);
        const { deleted } = await purgeSoftDeleted(ctx, before);
        if (deleted) logger.info({ tenantId, deleted }, 'deleted interactions soft-deleted longer than SOFT_DELETE_RETENTION_DAYS');
      }
    },
    logger,
  );
}
