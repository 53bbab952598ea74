// Writes entities and interactions straight into the test database, for the configuration
// tests: they need exactly the stored data a rule is about, which the API would not accept
// under the configuration being changed. Rows are written as the service would store
// them (tenant on every row, new ids, epoch-millisecond BigInt times), unvalidated.
import type { Db } from '../../src/db/client.ts';
import { newId } from '../../src/db/ids.ts';

const SEEDED_BY = 'test-seed';

/** A crosswalk: the object's id `value` in the source system named `source`. */
export interface SeedCrosswalk {
  source: string;
  value: string;
}

export interface SeedEntity {
  /** The entity's id, when a test needs one it knows (Reltio's examples name entities/30000); else a new one. */
  id?: string;
  /** Entity type name. */
  type: string;
  label?: string;
  /** Attribute name -> values, in order (canonical text form). */
  attributes?: Record<string, string[]>;
  crosswalks?: SeedCrosswalk[];
}

export interface SeedInteraction {
  /** Interaction type name. */
  type: string;
  /** Epoch milliseconds; now when absent. */
  timestamp?: number;
  /** Attribute name -> values, in order (canonical text form). */
  attributes?: Record<string, string[]>;
  /** Participant name -> entity ids, in order. */
  members?: Record<string, string[]>;
  crosswalks?: SeedCrosswalk[];
}

function idByName(rows: Array<{ id: string; name: string }>, name: string, what: string): string {
  const row = rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`seed: no ${what} ${name}`);
  return row.id;
}

async function crosswalkRows(db: Db, tenantId: string, crosswalks: SeedCrosswalk[], now: bigint) {
  const sources = await db.source.findMany({ where: { tenantId }, select: { id: true, name: true } });
  return crosswalks.map((crosswalk) => ({
    tenantId,
    id: newId(),
    sourceId: idByName(sources, crosswalk.source, 'source'),
    value: crosswalk.value,
    createdTime: now,
  }));
}

function valueRows(
  tenantId: string,
  attributes: Record<string, string[]>,
  attributeTypes: Array<{ id: string; name: string }>,
  typeName: string,
) {
  return Object.entries(attributes).flatMap(([name, values]) => {
    const attributeTypeId = idByName(attributeTypes, name, `attribute of ${typeName}:`);
    return values.map((value, position) => ({ tenantId, id: newId(), attributeTypeId, value, position }));
  });
}

/** Stores an entity of the tenant and returns its id. */
export async function seedEntity(db: Db, tenantId: string, entity: SeedEntity): Promise<string> {
  const type = await db.entityType.findUniqueOrThrow({
    where: { tenantId_name: { tenantId, name: entity.type } },
    include: { attributes: { select: { id: true, name: true } } },
  });
  const id = entity.id ?? newId();
  const now = BigInt(Date.now());
  const values = valueRows(tenantId, entity.attributes ?? {}, type.attributes, entity.type);
  const crosswalks = await crosswalkRows(db, tenantId, entity.crosswalks ?? [], now);
  await db.$transaction([
    db.entity.create({
      data: {
        tenantId,
        id,
        entityTypeId: type.id,
        label: entity.label ?? null,
        createdTime: now,
        updatedTime: now,
        createdBy: SEEDED_BY,
        updatedBy: SEEDED_BY,
      },
    }),
    db.entityAttributeValue.createMany({ data: values.map((value) => ({ ...value, entityId: id })) }),
    db.entityCrosswalk.createMany({ data: crosswalks.map((crosswalk) => ({ ...crosswalk, entityId: id })) }),
  ]);
  return id;
}

/** Stores an interaction of the tenant, with its attribute values, members and crosswalks, and returns its id. */
export async function seedInteraction(db: Db, tenantId: string, interaction: SeedInteraction): Promise<string> {
  const type = await db.interactionType.findUniqueOrThrow({
    where: { tenantId_name: { tenantId, name: interaction.type } },
    include: { attributes: { select: { id: true, name: true } }, participants: { select: { id: true, name: true } } },
  });
  const id = newId();
  const now = BigInt(Date.now());
  const timestamp = BigInt(interaction.timestamp ?? Date.now());
  const values = valueRows(tenantId, interaction.attributes ?? {}, type.attributes, interaction.type);
  const members = Object.entries(interaction.members ?? {}).flatMap(([name, entityIds]) => {
    const participantId = idByName(type.participants, name, `participant of ${interaction.type}:`);
    return entityIds.map((entityId, position) => ({
      tenantId,
      id: newId(),
      interactionId: id,
      participantId,
      entityId,
      timestamp,
      position,
    }));
  });
  const crosswalks = await crosswalkRows(db, tenantId, interaction.crosswalks ?? [], now);
  await db.$transaction([
    db.interaction.create({
      data: {
        tenantId,
        id,
        interactionTypeId: type.id,
        timestamp,
        createdTime: now,
        updatedTime: now,
        createdBy: SEEDED_BY,
        updatedBy: SEEDED_BY,
      },
    }),
    db.interactionAttributeValue.createMany({ data: values.map((value) => ({ ...value, interactionId: id, timestamp })) }),
    db.interactionMember.createMany({ data: members }),
    db.interactionCrosswalk.createMany({ data: crosswalks.map((crosswalk) => ({ ...crosswalk, interactionId: id })) }),
  ]);
  return id;
}
