// deleteInteractions: per-index results; a deleted interaction's crosswalks are free again.
import { problem } from '../../errors/catalog.ts';
import { deleteRecorded } from '../changes/delete-recorded.ts';
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
    await deleteRecorded(ctx, 'Interaction', [...seen]);
  }
  for (const id of seen) ctx.loaders.interactionById.clear(id);
  ctx.loaders.interactionIdByCrosswalk.clearAll();
  return results;
}
