// Per-request batched lookups of interactions and of their parts (see entity-loaders.ts).
import type { PropertyKind, PropertyValue } from '../properties/free-form-properties.ts';
import DataLoader from 'dataloader';
import type { Db } from '../../db/client.ts';
import { groupBy, MAX_KEYS_PER_QUERY, partsLoader } from '../../db/batching.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import type { CrosswalkKey } from '../entities/entity-loaders.ts';
import type { InteractionRow, StoredMember } from './interaction-model.ts';

const options = { maxBatchSize: MAX_KEYS_PER_QUERY };

export function createInteractionLoaders(db: Db, tenantId: string) {
  const byIds = (live: boolean) =>
    new DataLoader<string, InteractionRow | null>(async (ids) => {
      const rows = await db.interaction.findMany({ where: { tenantId, id: { in: [...ids] }, ...(live ? { deletedTime: null } : {}) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options);
  /** Interactions that reads show: soft-deleted ones are null here. */
  const interactionById = byIds(true);
  /** Every stored interaction, soft-deleted ones too (for restore, hard delete and 536 checks). */
  const storedInteractionById = byIds(false);

  /** Id of the interaction holding a crosswalk (soft-deleted ones keep theirs), or null. */ const interactionIdByCrosswalk =
    new DataLoader<CrosswalkKey, string | null, string>(
      async (keys) => {
        const rows = await db.interactionCrosswalk.findMany({
          where: {
            tenantId,
            OR: [...groupBy(keys, (key) => key.sourceId)].map(([sourceId, group]) => ({
              sourceId,
              value: { in: group.map((key) => key.value) },
            })),
          },
          select: { sourceId: true, value: true, interactionId: true },
        });
        const holder = new Map(rows.map((row) => [crosswalkKey(row), row.interactionId]));
        return keys.map((key) => holder.get(crosswalkKey(key)) ?? null);
      },
      { ...options, cacheKeyFn: crosswalkKey },
    );

  /** Id of the interaction holding an id-attribute key (see id-key.ts), or null. */
  const interactionIdByIdKey = new DataLoader<string, string | null>(async (keys) => {
    const rows = await db.interaction.findMany({ where: { tenantId, idKey: { in: [...keys] } }, select: { id: true, idKey: true } });
    const holder = new Map(rows.map((row) => [row.idKey, row.id]));
    return keys.map((key) => holder.get(key) ?? null);
  }, options);

  const ofInteractions = (interactionIds: string[]) => ({ tenantId, interactionId: { in: interactionIds } });
  const attributesOfInteraction: DataLoader<string, StoredValue[]> = partsLoader(
    (ids) =>
      db.interactionAttributeValue.findMany({ where: ofInteractions(ids), orderBy: [{ interactionId: 'asc' }, { position: 'asc' }] }),
    (row) => row.interactionId,
  );
  const crosswalksOfInteraction: DataLoader<string, StoredCrosswalk[]> = partsLoader(
    (ids) =>
      db.interactionCrosswalk.findMany({
        where: ofInteractions(ids),
        orderBy: [{ interactionId: 'asc' }, { createdTime: 'asc' }, { id: 'asc' }],
      }),
    (row) => row.interactionId,
  );
  const propertiesOfInteraction: DataLoader<string, PropertyValue[]> = partsLoader(
    async (ids) =>
      (
        await db.interactionProperty.findMany({
          where: ofInteractions(ids),
          select: { interactionId: true, position: true, name: true, value: true, kind: true },
          orderBy: [{ interactionId: 'asc' }, { position: 'asc' }],
        })
      ).map((row) => ({ ...row, kind: row.kind as PropertyKind })),
    (row) => row.interactionId,
  );
  const membersOfInteraction: DataLoader<string, StoredMember[]> = partsLoader(
    (ids) => db.interactionMember.findMany({ where: ofInteractions(ids), orderBy: [{ interactionId: 'asc' }, { position: 'asc' }] }),
    (row) => row.interactionId,
  );

  return {
    interactionById,
    storedInteractionById,
    interactionIdByCrosswalk,
    interactionIdByIdKey,
    attributesOfInteraction,
    propertiesOfInteraction,
    crosswalksOfInteraction,
    membersOfInteraction,
  };
}
