// Per-request batched lookups of entities (DataLoader): every key asked for in one tick goes
// to the database in one statement per lookup kind (more only past MAX_KEYS_PER_QUERY), and
// answers come back in key order. The tenant is fixed when the loaders are made.
import DataLoader from 'dataloader';
import type { Db } from '../../db/client.ts';
import { preparedReads, readStatement } from '../../db/prepared-reads.ts';
import { partStatements } from '../stored-objects/part-statements.ts';
import { compositeKey, MAX_KEYS_PER_QUERY, partsLoader } from '../../db/batching.ts';
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

const ENTITY_COLUMNS = ['tenantId', 'id', 'entityTypeId', 'label', 'createdTime', 'updatedTime', 'createdBy', 'updatedBy']
  .map((column) => `e."${column}"`)
  .join(', ');
const ENTITY_BIGINTS = ['createdTime', 'updatedTime'];
const ENTITIES = readStatement<EntityRow>(
  'entities_by_id',
  `SELECT ${ENTITY_COLUMNS} FROM "Entity" e WHERE e."tenantId" = ? AND e.id IN IDS`,
  ENTITY_BIGINTS,
);
// Member lookups by key: each key with its entity, in one statement for all keys of a kind.
// The statement takes every (key part, value) combination of the keys' parts and values;
// the rows of combinations not asked for are left out after.
const entitiesByKey = (name: string, table: string, keyColumn: string) =>
  readStatement<EntityRow & { matchedKey: string; matched: string }>(
    name,
    `SELECT k."${keyColumn}" AS "matchedKey", k.value AS matched, ${ENTITY_COLUMNS} FROM "${table}" k
    JOIN "Entity" e ON e."tenantId" = k."tenantId" AND e.id = k."entityId"
    WHERE k."tenantId" = ? AND k."${keyColumn}" IN IDS AND k.value IN IDS`,
    ENTITY_BIGINTS,
  );
const ENTITIES_BY_CROSSWALK = entitiesByKey('entities_by_crosswalk', 'EntityCrosswalk', 'sourceId');
const ENTITIES_BY_VALUE = entitiesByKey('entities_by_attribute_value', 'EntityAttributeValue', 'attributeTypeId');

/** The distinct first parts (a source, an attribute) and the distinct values of keys. */
const sourcesAndValues = <Key extends { value: string }>(keys: readonly Key[], first: (key: Key) => string) => [
  [...new Set(keys.map(first))],
  [...new Set(keys.map((key) => key.value))],
];
const PARTS = partStatements('Entity');

export function createEntityLoaders(db: Db, tenantId: string) {
  const reads = preparedReads(db);
  const entitiesWithIds = async (ids: readonly string[]) =>
    new Map((ids.length ? await reads.all(ENTITIES, [tenantId, [...new Set(ids)]]) : []).map((row) => [row.id, row]));

  const entityById = new DataLoader<string, EntityRow | null>(async (ids) => {
    const byId = await entitiesWithIds(ids);
    return ids.map((id) => byId.get(id) ?? null);
  }, options);

  const keep = (entity: EntityRow) => {
    entityById.prime(entity.id, entity);
    return entity;
  };

  /** The entity holding a crosswalk; null when none does (a crosswalk belongs to one entity at most). */
  const entityByCrosswalk = new DataLoader<CrosswalkKey, EntityRow | null, string>(
    async (keys) => {
      const rows = await reads.all(ENTITIES_BY_CROSSWALK, [tenantId, ...sourcesAndValues(keys, (key) => key.sourceId)]);
      const holders = new Map(
        rows.map(({ matchedKey, matched, ...entity }) => [crosswalkKey({ sourceId: matchedKey, value: matched }), entity]),
      );
      return keys.map((key) => {
        const holder = holders.get(crosswalkKey(key));
        return holder ? keep(holder) : null;
      });
    },
    { ...options, cacheKeyFn: crosswalkKey },
  );

  /**
   * Every entity with the attribute value: none, one, or several (which callers must tell
   * apart from one).
   */
  const entitiesByAttributeValue = new DataLoader<AttributeValueKey, EntityRow[], string>(
    async (keys) => {
      const rows = await reads.all(ENTITIES_BY_VALUE, [tenantId, ...sourcesAndValues(keys, (key) => key.attributeTypeId)]);
      const matches = new Map<string, Map<string, EntityRow>>();
      for (const { matchedKey, matched, ...entity } of rows) {
        const key = compositeKey(matchedKey, matched);
        // An entity holding the value twice (a multi-valued attribute) matches once.
        matches.set(key, (matches.get(key) ?? new Map<string, EntityRow>()).set(entity.id, entity));
      }
      return keys.map((key) => [...(matches.get(compositeKey(key.attributeTypeId, key.value))?.values() ?? [])].map(keep));
    },
    { ...options, cacheKeyFn: (key) => compositeKey(key.attributeTypeId, key.value) },
  );

  const attributesOfEntity: DataLoader<string, StoredValue[]> = partsLoader(
    (ids) => reads.all(PARTS.values, [tenantId, ids]),
    (row) => row.ownerId,
  );
  const crosswalksOfEntity: DataLoader<string, StoredCrosswalk[]> = partsLoader(
    (ids) => reads.all(PARTS.crosswalks, [tenantId, ids]),
    (row) => row.ownerId,
  );

  return { entityById, entityByCrosswalk, entitiesByAttributeValue, attributesOfEntity, crosswalksOfEntity };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
