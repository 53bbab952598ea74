// deleteInteractions and restoreInteractions: per-index results. A hard delete frees the
// interaction's crosswalks; a soft delete hides it from reads and keeps them, until it is
// restored or deleted for good (by a hard delete or the purge, see purge-soft-deleted.ts).
import { problem } from '../../errors/catalog.ts';
import { deleteRecorded, restoreRecorded, softDeleteRecorded } from '../changes/delete-recorded.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcome } from '../batch/batch-pipeline.ts';
import { deleteUris, type BatchItem } from '../batch/malformed-item.ts';
import { interactionIdFromUri } from '../uris/uris.ts';
import type { InteractionRow } from './interaction-model.ts';

export type DeleteMode = 'SOFT' | 'HARD';

interface LifecycleStep {
  /** Whether the step applies to the stored row; else the item fails with `refusal`. */
  appliesTo(row: InteractionRow): boolean;
  refusal: string;
  /** Applies the step to those of `ids` it still applies to; gives their ids. */
  apply(ctx: ServiceContext, ids: string[]): Promise<string[]>;
}

const steps: Record<DeleteMode | 'RESTORE', LifecycleStep> = {
  HARD: { appliesTo: () => true, refusal: '', apply: (ctx, ids) => deleteRecorded(ctx, 'Interaction', ids) },
  SOFT: { appliesTo: (row) => row.deletedTime === null, refusal: 'it is soft-deleted already', apply: softDeleteRecorded },
  RESTORE: { appliesTo: (row) => row.deletedTime !== null, refusal: 'it is not soft-deleted', apply: restoreRecorded },
};

export function deleteInteractions(ctx: ServiceContext, items: ReadonlyArray<BatchItem<string>>, mode: DeleteMode) {
  return applyByUri(ctx, items, steps[mode]);
}

export function restoreInteractions(ctx: ServiceContext, items: ReadonlyArray<BatchItem<string>>) {
  return applyByUri(ctx, items, steps.RESTORE);
}

async function applyByUri(
  ctx: ServiceContext,
  items: ReadonlyArray<BatchItem<string>>,
  step: LifecycleStep,
): Promise<ItemOutcome<never>[]> {
  const { uris, malformed } = deleteUris(items);
  const ids = uris.map((uri) => (uri === null ? null : interactionIdFromUri(uri)));
  const found = await ctx.loaders.storedInteractionById.loadMany(ids.filter((id): id is string => id !== null));
  const stored = new Map(found.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row] as const] : [])));
  const seen = new Map<string, number>();
  const results = uris.map((uri, index): ItemOutcome<never> => {
    const id = ids[index];
    const row = id ? stored.get(id) : undefined;
    const result = newOutcome<never>(index);
    if (uri === null) {
      result.errors.push(...malformed.get(index)!);
    } else if (!id || !row || seen.has(id)) {
      result.errors.push(
        problem('OBJECT_NOT_FOUND', `no interaction ${uri}${id && seen.has(id) ? ' (named by an earlier item)' : ''}`, ['uris', index]),
      );
    } else if (!step.appliesTo(row)) {
      result.errors.push(problem('OBJECT_NOT_FOUND', `no interaction ${uri} to change so: ${step.refusal}`, ['uris', index]));
    } else {
      seen.set(id, index);
      result.uri = uri;
    }
    return result;
  });
  if (!seen.size) return results;
  // Values, crosswalks and members go with a hard-deleted interaction (cascading foreign keys).
  const changed = new Set(await step.apply(ctx, [...seen.keys()]));
  // Another request may have deleted, restored or purged one since it was read.
  for (const [id, index] of seen) {
    if (changed.has(id)) continue;
    const result = results[index]!;
    result.errors.push(
      problem('OBJECT_NOT_FOUND', `no interaction ${result.uri} to change so: another request changed it meanwhile`, ['uris', index]),
    );
    result.uri = null;
  }
  ctx.forgetLoadedRows();
  return results;
}
