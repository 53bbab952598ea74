// deleteInteractions: per-index results; a deleted interaction's crosswalks are free again.
import { recordChanges } from '../../db/change-log.ts';
import { deleteReturningTypes } from '../../db/delete-returning.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import { problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcome } from '../batch/batch-pipeline.ts';
import { deleteUris, type BatchItem } from '../batch/malformed-item.ts';
import { interactionIdFromUri } from '../uris/uris.ts';

export async function deleteInteractions(ctx: ServiceContext, items: ReadonlyArray<BatchItem<string>>): Promise<ItemOutcome<never>[]> {
  const { uris, malformed } = deleteUris(items);
  const ids = uris.map((uri) => (uri === null ? null : interactionIdFromUri(uri)));
  const found = await ctx.loaders.interactionById.loadMany(ids.filter((id): id is string => id !== null));
  const existing = new Set(found.flatMap((row) => (row && !(row instanceof Error) ? [row.id] : [])));
  const seen = new Set<string>();
  const results = uris.map((uri, index): ItemOutcome<never> => {
    const id = ids[index];
    const result = newOutcome<never>(index);
    if (uri === null) {
      result.errors.push(...malformed.get(index)!);
    } else if (!id || !existing.has(id) || seen.has(id)) {
      result.errors.push(
        problem('OBJECT_NOT_FOUND', `no interaction ${uri}${id && seen.has(id) ? ' (deleted by an earlier item)' : ''}`, ['uris', index]),
      );
    } else {
      seen.add(id);
      result.uri = uri;
    }
    return result;
  });
  // Values, crosswalks and members go with the interaction (cascading foreign keys).
  if (seen.size) {
    const deleted = await ctx.db.$transaction(async (tx) => {
      const rows = await deleteReturningTypes(tx, 'Interaction', ctx.tenantId, [...seen]);
      await recordChanges(
        tx,
        ctx.tenantId,
        ctx.caller,
        rows.map(({ id, typeId }) => ({ objectType: 'interaction', objectId: id, typeId, kind: 'deleted' })),
      );
      return rows.length;
    }, writeTransactionOptions(ctx.settings));
    await ctx.writes.committed(deleted);
  }
  for (const id of seen) ctx.loaders.interactionById.clear(id);
  ctx.loaders.interactionIdByCrosswalk.clearAll();
  return results;
}
