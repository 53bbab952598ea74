// Per-request batched lookups of entities (DataLoader): every key asked for in one tick goes
// to the database in one statement per lookup kind (more only past MAX_KEYS_PER_QUERY), and
// answers come back in key order. The tenant is fixed when the loaders are made.
import DataLoader from 'dataloader';
import type { Db } from '../../db/client.ts';
import { preparedReads, readStatement } from '../../db/prepared-reads.ts';
import { compositeKey, groupBy, MAX_KEYS_PER_QUERY, partsLoader } from '../../db/batching.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { EntityRow } from './entity-model.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';

export interface CrosswalkKey {
  sourceId: string;
  value: string;
}

export interface AttributeValueKey {
  /** The entity type's attribute: it fixes both the entity type and the attribute name. */
  attributeTypeId: string;
  /** Canonical text of the value. */
  value: string;
}

const options = { maxBatchSize: MAX_KEYS_PER_QUERY };

const ENTITIES = readStatement<EntityRow>(
  'entities_by_id',
  `SELECT "tenantId", id, "entityTypeId", label, "createdTime", "updatedTime", "createdBy", "updatedBy" FROM "Entity"
  WHERE "tenantId" = ? AND id IN IDS`,
  ['createdTime', 'updatedTime'],
);
const VALUES = readStatement<StoredValue & { entityId: string }>(
  'entity_values',
  `SELECT id, "entityId", "attributeTypeId", value, position FROM "EntityAttributeValue"
  WHERE "tenantId" = ? AND "entityId" IN IDS ORDER BY "entityId", position`,
);
const CROSSWALKS = readStatement<StoredCrosswalk & { entityId: string }>(
  'entity_crosswalks',
  `SELECT id, "entityId", "sourceId", value, "createdTime" FROM "EntityCrosswalk"
  WHERE "tenantId" = ? AND "entityId" IN IDS ORDER BY "entityId", "createdTime", id`,
  ['createdTime'],
);

export function createEntityLoaders(db: Db, tenantId: string) {
  const reads = preparedReads(db);
  const entitiesWithIds = async (ids: readonly string[]) =>
    new Map((ids.length ? await reads.all(ENTITIES, [tenantId, [...new Set(ids)]]) : []).map((row) => [row.id, row]));

  const entityById = new DataLoader<string, EntityRow | null>(async (ids) => {
    const byId = await entitiesWithIds(ids);
    return ids.map((id) => byId.get(id) ?? null);
  }, options);

  /** The entity holding a crosswalk; null when none does (a crosswalk belongs to one entity at most). */
  const entityByCrosswalk = new DataLoader<CrosswalkKey, EntityRow | null, string>(
    async (keys) => {
      const bySource = groupBy(keys, (key) => key.sourceId);
      const rows = await db.entityCrosswalk.findMany({
        where: { tenantId, OR: [...bySource].map(([sourceId, group]) => ({ sourceId, value: { in: group.map((key) => key.value) } })) },
        select: { sourceId: true, value: true, entityId: true },
      });
      const entities = await entitiesWithIds(rows.map((row) => row.entityId));
      for (const entity of entities.values()) entityById.prime(entity.id, entity);
      const holder = new Map(rows.map((row) => [crosswalkKey(row), row.entityId]));
      return keys.map((key) => entities.get(holder.get(crosswalkKey(key)) ?? '') ?? null);
    },
    { ...options, cacheKeyFn: crosswalkKey },
  );

  /**
   * Every entity with the attribute value: none, one, or several (which callers must tell
   * apart from one).
   */
  const entitiesByAttributeValue = new DataLoader<AttributeValueKey, EntityRow[], string>(
    async (keys) => {
      const byAttribute = groupBy(keys, (key) => key.attributeTypeId);
      const rows = await db.entityAttributeValue.findMany({
        where: {
          tenantId,
          OR: [...byAttribute].map(([attributeTypeId, group]) => ({ attributeTypeId, value: { in: group.map((key) => key.value) } })),
        },
        select: { attributeTypeId: true, value: true, entityId: true },
      });
      const entities = await entitiesWithIds(rows.map((row) => row.entityId));
      for (const entity of entities.values()) entityById.prime(entity.id, entity);
      const matches = groupBy(rows, (row) => compositeKey(row.attributeTypeId, row.value));
      return keys.map((key) => {
        const ids = new Set((matches.get(compositeKey(key.attributeTypeId, key.value)) ?? []).map((row) => row.entityId));
        return [...ids].map((id) => entities.get(id)!);
      });
    },
    { ...options, cacheKeyFn: (key) => compositeKey(key.attributeTypeId, key.value) },
  );

  const attributesOfEntity: DataLoader<string, StoredValue[]> = partsLoader(
    (ids) => reads.all(VALUES, [tenantId, ids]),
    (row) => row.entityId,
  );
  const crosswalksOfEntity: DataLoader<string, StoredCrosswalk[]> = partsLoader(
    (ids) => reads.all(CROSSWALKS, [tenantId, ids]),
    (row) => row.entityId,
  );

  return { entityById, entityByCrosswalk, entitiesByAttributeValue, attributesOfEntity, crosswalksOfEntity };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
