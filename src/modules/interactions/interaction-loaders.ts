// Per-request batched lookups of interactions and of their parts (see entity-loaders.ts).
import DataLoader from 'dataloader';
import type { Db } from '../../db/client.ts';
import { groupBy, MAX_KEYS_PER_QUERY } from '../../db/batching.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { StoredCrosswalk, StoredValue } from '../entities/entity-model.ts';
import type { CrosswalkKey } from '../entities/entity-loaders.ts';
import type { InteractionRow, StoredMember } from './interaction-model.ts';

const options = { maxBatchSize: MAX_KEYS_PER_QUERY };

export function createInteractionLoaders(db: Db, tenantId: string) {
  const interactionById = new DataLoader<string, InteractionRow | null>(async (ids) => {
    const rows = await db.interaction.findMany({ where: { tenantId, id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, options);

  /** Id of the interaction holding a crosswalk, or null. */
  const interactionIdByCrosswalk = new DataLoader<CrosswalkKey, string | null, string>(
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

  const attributesOfInteraction = new DataLoader<string, StoredValue[]>(async (ids) => {
    const rows = await db.interactionAttributeValue.findMany({
      where: { tenantId, interactionId: { in: [...ids] } },
      orderBy: [{ interactionId: 'asc' }, { position: 'asc' }],
    });
    const byOwner = groupBy(rows, (row) => row.interactionId);
    return ids.map((id) => byOwner.get(id) ?? []);
  }, options);

  const crosswalksOfInteraction = new DataLoader<string, StoredCrosswalk[]>(async (ids) => {
    const rows = await db.interactionCrosswalk.findMany({
      where: { tenantId, interactionId: { in: [...ids] } },
      orderBy: [{ interactionId: 'asc' }, { createdTime: 'asc' }, { id: 'asc' }],
    });
    const byOwner = groupBy(rows, (row) => row.interactionId);
    return ids.map((id) => byOwner.get(id) ?? []);
  }, options);

  const membersOfInteraction = new DataLoader<string, StoredMember[]>(async (ids) => {
    const rows = await db.interactionMember.findMany({
      where: { tenantId, interactionId: { in: [...ids] } },
      orderBy: [{ interactionId: 'asc' }, { position: 'asc' }],
    });
    const byOwner = groupBy(rows, (row) => row.interactionId);
    return ids.map((id) => byOwner.get(id) ?? []);
  }, options);

  return { interactionById, interactionIdByCrosswalk, attributesOfInteraction, crosswalksOfInteraction, membersOfInteraction };
}
