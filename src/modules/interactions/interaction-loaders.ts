// Per-request batched lookups of interactions and of their parts (see entity-loaders.ts).
import type { PropertyValue } from '../properties/free-form-properties.ts';
import DataLoader from 'dataloader';
import type { Db, InteractionMemberRecord } from '../../db/client.ts';
import { preparedReads, readStatement } from '../../db/prepared-reads.ts';
import { partStatements } from '../stored-objects/part-statements.ts';
import { groupBy, MAX_KEYS_PER_QUERY, partsLoader } from '../../db/batching.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import type { CrosswalkKey } from '../entities/entity-loaders.ts';
import type { InteractionRow, StoredMember } from './interaction-model.ts';
import type { EntityRow } from '../entities/entity-model.ts';

const options = { maxBatchSize: MAX_KEYS_PER_QUERY };

const INTERACTION_COLUMNS = `"tenantId", id, "interactionTypeId", timestamp, "createdTime", "updatedTime", "createdBy", "updatedBy", "idKey", "deletedTime"`;
const INTERACTION_BIGINTS = ['timestamp', 'createdTime', 'updatedTime', 'deletedTime'];
const INTERACTIONS = readStatement<InteractionRow>(
  'interactions_by_id',
  `SELECT ${INTERACTION_COLUMNS} FROM "Interaction" WHERE "tenantId" = ? AND id IN IDS`,
  INTERACTION_BIGINTS,
);
const LIVE_INTERACTIONS = readStatement<InteractionRow>(
  'live_interactions_by_id',
  `SELECT ${INTERACTION_COLUMNS} FROM "Interaction" WHERE "tenantId" = ? AND id IN IDS AND "deletedTime" IS NULL`,
  INTERACTION_BIGINTS,
);
const PARTS = partStatements('Interaction');
const PROPERTIES = readStatement<PropertyValue & { interactionId: string }>(
  'interaction_properties',
  `SELECT "interactionId", position, name, value, kind FROM "InteractionProperty"
  WHERE "tenantId" = ? AND "interactionId" IN IDS ORDER BY "interactionId", position`,
);
const MEMBERS = readStatement<InteractionMemberRecord>(
  'interaction_members',
  `SELECT "tenantId", id, "interactionId", "participantId", "entityId", timestamp, position, "deletedTime" FROM "InteractionMember"
  WHERE "tenantId" = ? AND "interactionId" IN IDS ORDER BY "interactionId", position`,
  ['timestamp', 'deletedTime'],
);

// An interaction's members with their entities: the entity columns renamed apart from the member's.
const MEMBERS_WITH_ENTITIES = readStatement<InteractionMemberRecord & Record<`entity${string}`, string | bigint | null>>(
  'interaction_members_with_entities',
  `SELECT m."tenantId", m.id, m."interactionId", m."participantId", m."entityId", m.timestamp, m.position, m."deletedTime",
    e."entityTypeId" AS "entityTypeId", e.label AS "entityLabel", e."createdTime" AS "entityCreatedTime",
    e."updatedTime" AS "entityUpdatedTime", e."createdBy" AS "entityCreatedBy", e."updatedBy" AS "entityUpdatedBy"
  FROM "InteractionMember" m JOIN "Entity" e ON e."tenantId" = m."tenantId" AND e.id = m."entityId"
  WHERE m."tenantId" = ? AND m."interactionId" IN IDS ORDER BY m."interactionId", m.position`,
  ['timestamp', 'deletedTime', 'entityCreatedTime', 'entityUpdatedTime'],
);

// The same with only what a member's type and label need of its entity: a page asking for
// no more than those reads a third of the columns, which was most of the statement's time.
const MEMBERS_WITH_LABELS = readStatement<StoredMember & { interactionId: string; entityTypeId: string; entityLabel: string | null }>(
  'interaction_members_with_labels',
  `SELECT m.id, m."interactionId", m."participantId", m."entityId", m.position, e."entityTypeId" AS "entityTypeId", e.label AS "entityLabel"
  FROM "InteractionMember" m JOIN "Entity" e ON e."tenantId" = m."tenantId" AND e.id = m."entityId"
  WHERE m."tenantId" = ? AND m."interactionId" IN IDS ORDER BY m."interactionId", m.position`,
);

/** A member read with its entity. */
export interface MemberWithEntity {
  member: StoredMember;
  entity: EntityRow;
}

/** A member read with its entity's type and label. */
export interface MemberWithLabel {
  member: StoredMember;
  entityTypeId: string;
  label: string | null;
}

export function createInteractionLoaders(db: Db, tenantId: string) {
  const reads = preparedReads(db);
  const byIds = (live: boolean) =>
    new DataLoader<string, InteractionRow | null>(async (ids) => {
      const rows = await reads.all(live ? LIVE_INTERACTIONS : INTERACTIONS, [tenantId, [...ids]]);
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

  const ofInteractions = (ids: string[]) => [tenantId, ids];
  const attributesOfInteraction: DataLoader<string, StoredValue[]> = partsLoader(
    (ids) => reads.all(PARTS.values, ofInteractions(ids)),
    (row) => row.ownerId,
  );
  const crosswalksOfInteraction: DataLoader<string, StoredCrosswalk[]> = partsLoader(
    (ids) => reads.all(PARTS.crosswalks, ofInteractions(ids)),
    (row) => row.ownerId,
  );
  const propertiesOfInteraction: DataLoader<string, PropertyValue[]> = partsLoader(
    (ids) => reads.all(PROPERTIES, ofInteractions(ids)),
    (row) => row.interactionId,
  );
  const membersOfInteraction: DataLoader<string, StoredMember[]> = partsLoader(
    (ids) => reads.all(MEMBERS, ofInteractions(ids)),
    (row) => row.interactionId,
  );

  const membersWithEntitiesOfInteraction: DataLoader<string, MemberWithEntity[]> = partsLoader(
    async (ids) =>
      (await reads.all(MEMBERS_WITH_ENTITIES, ofInteractions(ids))).map((row) => ({
        interactionId: row.interactionId,
        member: row,
        entity: {
          tenantId: row.tenantId,
          id: row.entityId,
          entityTypeId: row.entityTypeId as string,
          label: row.entityLabel as string | null,
          createdTime: row.entityCreatedTime as bigint,
          updatedTime: row.entityUpdatedTime as bigint,
          createdBy: row.entityCreatedBy as string,
          updatedBy: row.entityUpdatedBy as string,
        },
      })),
    (row) => row.interactionId,
  );

  const membersWithLabelsOfInteraction: DataLoader<string, MemberWithLabel[]> = partsLoader(
    async (ids) =>
      (await reads.all(MEMBERS_WITH_LABELS, ofInteractions(ids))).map((row) => ({
        interactionId: row.interactionId,
        member: row,
        entityTypeId: row.entityTypeId,
        label: row.entityLabel,
      })),
    (row) => row.interactionId,
  );

  return {
    interactionById,
    membersWithEntitiesOfInteraction,
    membersWithLabelsOfInteraction,
    storedInteractionById,
    interactionIdByCrosswalk,
    interactionIdByIdKey,
    attributesOfInteraction,
    propertiesOfInteraction,
    crosswalksOfInteraction,
    membersOfInteraction,
  };
}
