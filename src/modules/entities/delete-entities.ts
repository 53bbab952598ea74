// deleteEntities: per-index results; an entity that interactions point at is never deleted.
import { isForeignKeyViolation } from '../../db/errors.ts';
import { problem } from '../../errors/catalog.ts';
import { deleteRecorded } from '../changes/delete-recorded.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcomes } from '../batch/batch-pipeline.ts';
import { writeEachAtomically } from '../batch/write-batch.ts';
import { deleteUris, type BatchItem } from '../batch/malformed-item.ts';
import { entityIdFromUri } from '../uris/uris.ts';

export async function deleteEntities(ctx: ServiceContext, items: ReadonlyArray<BatchItem<string>>): Promise<ItemOutcome<never>[]> {
  const { uris, malformed } = deleteUris(items);
  const results = newOutcomes<never>(uris.length);
  const ids = uris.map((uri) => (uri === null ? null : entityIdFromUri(uri)));
  const found = await ctx.loaders.entityById.loadMany(ids.filter((id): id is string => id !== null));
  const existing = new Set(found.flatMap((entity) => (entity && !(entity instanceof Error) ? [entity.id] : [])));
  const memberships = await ctx.db.interactionMember.groupBy({
    by: ['entityId'],
    where: { tenantId: ctx.tenantId, entityId: { in: [...existing] } },
    _count: { _all: true },
  });
  const memberCount = new Map(memberships.map((row) => [row.entityId, row._count._all]));

  const deletable: Array<{ index: number; id: string }> = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const result = results[index]!;
    if (malformed.has(index)) {
      result.errors.push(...malformed.get(index)!);
      return;
    }
    if (!id || !existing.has(id) || seen.has(id)) {
      result.errors.push(
        problem('OBJECT_NOT_FOUND', `no entity ${uris[index]}${id && seen.has(id) ? ' (deleted by an earlier item)' : ''}`, [
          'uris',
          index,
        ]),
      );
      return;
    }
    seen.add(id);
    const count = memberCount.get(id);
    if (count)
      result.errors.push(
        problem(
          'ENTITY_IN_USE',
          `${uris[index]} is a member of ${count} interaction${count === 1 ? '' : 's'} (soft-deleted ones count: they can be restored); delete those first (mode HARD), or erase the entity (eraseEntity)`,
          ['uris', index],
        ),
      );
    else deletable.push({ index, id });
  });

  // A member added since the check makes the database refuse (foreign key): that item fails alone.
  const lost = await writeEachAtomically(
    deletable,
    async (items) => {
      await deleteRecorded(
        ctx,
        'Entity',
        items.map((item) => item.id),
      );
    },
    isForeignKeyViolation,
  );
  for (const item of deletable) {
    const result = results[item.index]!;
    if (lost.has(item))
      result.errors.push(
        problem('ENTITY_IN_USE', `${uris[item.index]} became a member of an interaction while being deleted`, ['uris', item.index]),
      );
    else result.uri = uris[item.index]!;
    ctx.loaders.entityById.clear(item.id);
  }
  return results;
}
