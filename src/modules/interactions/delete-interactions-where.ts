// deleteInteractionsWhere: a bulk delete by type, time range and source, a slice at a time.
import { requestError } from '../../errors/request-errors.ts';
import { deleteRecorded, softDeleteRecorded } from '../changes/delete-recorded.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { DeleteMode } from './delete-interactions.ts';
import { compileFilter } from './interaction-filter.ts';

// Interactions per transaction: a slice never holds the database long, whatever the total.
export const BULK_DELETE_SLICE = 1_000;

export interface InteractionDeleteFilter {
  types?: readonly string[] | null;
  from?: bigint | null;
  to?: bigint | null;
  sources?: readonly string[] | null;
}

/**
 * Deletes the tenant's interactions the filter selects, one slice per transaction (each with
 * its change-stream entries), until none is left; gives how many this run deleted. A slice
 * deletes only what is still there, so concurrent deletes and re-runs count nothing twice.
 * A soft delete selects live interactions only; a hard delete soft-deleted ones too.
 */
export async function deleteInteractionsWhere(
  ctx: ServiceContext,
  filter: InteractionDeleteFilter,
  mode: DeleteMode,
): Promise<{ deleted: number }> {
  if (!filter.types?.length && filter.from == null && filter.to == null && !filter.sources?.length)
    throw requestError('BAD_REQUEST', 'name what to delete: types, a time range (from, to) or sources');
  const { interaction } = compileFilter(await ctx.configuration(), { ...filter, deleted: mode === 'SOFT' ? 'EXCLUDE' : 'INCLUDE' });
  const where = { tenantId: ctx.tenantId, ...interaction };
  let deleted = 0;
  for (;;) {
    const ids = (await ctx.db.interaction.findMany({ where, select: { id: true }, take: BULK_DELETE_SLICE })).map((row) => row.id);
    if (!ids.length) break;
    const changed = mode === 'SOFT' ? await softDeleteRecorded(ctx, ids) : await deleteRecorded(ctx, 'Interaction', ids);
    deleted += changed.length;
    if (ids.length < BULK_DELETE_SLICE) break;
  }
  ctx.forgetLoadedRows();
  return { deleted };
}
