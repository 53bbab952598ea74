// Brings the stored configuration rows of a tenant from `current` to `target`, touching only
// what differs. Runs inside the caller's transaction, after every check has passed.
import type { DbTransaction } from '../../db/client.ts';
import { newId } from '../../db/ids.ts';
import { nullableJson } from '../../db/json.ts';
import type { AttributeDefinition, ConfigurationDocument, LocalizedTexts, ParticipantDefinition } from './document.ts';
import type { AttributeTypeModel, ConfigurationSnapshot, ParticipantModel } from './model.ts';
import { exportConfiguration } from './export.ts';

const localizedMap = (texts: LocalizedTexts) => Object.fromEntries(texts.map(({ locale, text }) => [locale, text]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function attributeColumns(attribute: AttributeDefinition, position: number) {
  return {
    name: attribute.name,
    label: attribute.label,
    displayName: localizedMap(attribute.displayName),
    description: localizedMap(attribute.description),
    valueType: attribute.valueType,
    required: attribute.required,
    multiValued: attribute.multiValued,
    hidden: attribute.hidden,
    allowedValues: nullableJson(attribute.allowedValues),
    flagEnum: attribute.flagEnum,
    isName: attribute.isName,
    localizedString: attribute.localizedString,
    position,
  };
}

interface AttributeTable {
  create(columns: ReturnType<typeof attributeColumns> & { id: string }): Promise<unknown>;
  update(id: string, columns: ReturnType<typeof attributeColumns>): Promise<unknown>;
  remove(ids: string[]): Promise<unknown>;
}

/** The attribute types of one entity type or one interaction type. */
function attributeTable(
  tx: DbTransaction,
  tenantId: string,
  owner: { entityTypeId: string } | { interactionTypeId: string },
): AttributeTable {
  const key = (id: string) => ({ tenantId_id: { tenantId, id } });
  const many = (ids: string[]) => ({ tenantId, id: { in: ids } });
  if ('entityTypeId' in owner)
    return {
      create: (data) => tx.entityAttributeType.create({ data: { tenantId, ...owner, ...data } }),
      update: (id, data) => tx.entityAttributeType.update({ where: key(id), data }),
      remove: (ids) => tx.entityAttributeType.deleteMany({ where: many(ids) }),
    };
  return {
    create: (data) => tx.interactionAttributeType.create({ data: { tenantId, ...owner, ...data } }),
    update: (id, data) => tx.interactionAttributeType.update({ where: key(id), data }),
    remove: (ids) => tx.interactionAttributeType.deleteMany({ where: many(ids) }),
  };
}

async function syncAttributes(
  table: AttributeTable,
  current: AttributeTypeModel[],
  currentDefinitions: AttributeDefinition[],
  target: AttributeDefinition[],
) {
  const removed = current.filter((old) => !target.some((attribute) => attribute.name === old.name));
  if (removed.length) await table.remove(removed.map((old) => old.id));
  for (const [position, attribute] of target.entries()) {
    const oldIndex = current.findIndex((old) => old.name === attribute.name);
    if (oldIndex < 0) await table.create({ id: newId(), ...attributeColumns(attribute, position) });
    else if (oldIndex !== position || !same(currentDefinitions[oldIndex], attribute)) {
      await table.update(current[oldIndex]!.id, attributeColumns(attribute, position));
    }
  }
}

/** Applies the difference between the stored configuration and the target document. */
export async function writeConfiguration(
  tx: DbTransaction,
  current: ConfigurationSnapshot,
  target: ConfigurationDocument,
  now: bigint,
): Promise<void> {
  const tenantId = current.tenantId;
  const currentDocument = exportConfiguration(current);
  const times = { createdTime: now, updatedTime: now };

  // Sources first: types may name them as their default.
  const sourceIds = new Map(current.sources.map((source) => [source.name, source.id]));
  for (const source of target.sources) {
    const old = current.sources.find((candidate) => candidate.name === source.name);
    if (!old) {
      const id = newId();
      sourceIds.set(source.name, id);
      await tx.source.create({ data: { tenantId, id, ...source, ...times } });
    } else if (old.label !== source.label || old.isDefault !== source.isDefault) {
      await tx.source.update({
        where: { tenantId_id: { tenantId, id: old.id } },
        data: { label: source.label, isDefault: source.isDefault, updatedTime: now },
      });
    }
  }

  // Entity types next: participants refer to them.
  const entityTypeIds = new Map(current.entityTypes.map((type) => [type.name, type.id]));
  for (const type of target.entityTypes) {
    const old = current.entityTypes.find((candidate) => candidate.name === type.name);
    const columns = {
      label: type.label,
      displayName: localizedMap(type.displayName),
      description: localizedMap(type.description),
      labelAttribute: type.labelAttribute,
      anonymousProfiles: type.anonymousProfiles,
    };
    const id = old?.id ?? newId();
    entityTypeIds.set(type.name, id);
    if (!old) await tx.entityType.create({ data: { tenantId, id, name: type.name, ...columns, ...times } });
    const oldDefinition = currentDocument.entityTypes.find((candidate) => candidate.name === type.name);
    if (old && !same({ ...oldDefinition, attributes: [] }, { ...type, attributes: [] })) {
      await tx.entityType.update({ where: { tenantId_id: { tenantId, id } }, data: { ...columns, updatedTime: now } });
    }
    await syncAttributes(
      attributeTable(tx, tenantId, { entityTypeId: id }),
      old?.attributes ?? [],
      oldDefinition?.attributes ?? [],
      type.attributes,
    );
    if (old && oldDefinition?.labelAttribute !== type.labelAttribute) await relabelEntities(tx, tenantId, id, type.labelAttribute);
  }

  const removedInteractionTypes = current.interactionTypes.filter((old) => !target.interactionTypes.some((type) => type.name === old.name));
  if (removedInteractionTypes.length) {
    const removed = { tenantId, id: { in: removedInteractionTypes.map((type) => type.id) } };
    // Links to a removed type go first: a removed type's own, and a kept type's that the change points elsewhere.
    await tx.interactionType.updateMany({
      where: { tenantId, OR: [{ id: removed.id }, { parentId: removed.id }] },
      data: { parentId: null },
    });
    await tx.interactionType.deleteMany({ where: removed });
  }
  const interactionTypeIds = new Map<string, string>();

  for (const type of target.interactionTypes) {
    const old = current.interactionTypes.find((candidate) => candidate.name === type.name);
    const oldDefinition = currentDocument.interactionTypes.find((candidate) => candidate.name === type.name);
    const id = old?.id ?? newId();
    interactionTypeIds.set(type.name, id);
    const columns = {
      label: type.label,
      displayName: localizedMap(type.displayName),
      description: localizedMap(type.description),
      idAttributes: type.idAttributes,
      timestampAttribute: type.timestampAttribute,
      mutable: type.mutable,
      primaryParticipant: type.primaryParticipant,
      defaultSourceId: type.defaultSource ? sourceIds.get(type.defaultSource)! : null,
      touchpoints: type.touchpoints,
      enforcement: type.enforcement,
      timestampRules: { ...type.timestampRules },
      apiEntitySetName: type.apiEntitySetName,
      schemaItemTypeLink: type.schemaItemTypeLink,
      images: nullableJson(type.images && { ...type.images }),
      customAttributes: type.customAttributes,
      localizedAttributes: type.localizedAttributes.map(({ name, texts }) => ({ name, texts: localizedMap(texts) })),
    };
    if (!old) await tx.interactionType.create({ data: { tenantId, id, name: type.name, ...columns, ...times } });
    else if (!same({ ...oldDefinition, attributes: [], participants: [] }, { ...type, attributes: [], participants: [] })) {
      await tx.interactionType.update({ where: { tenantId_id: { tenantId, id } }, data: { ...columns, updatedTime: now } });
    }
    const attributes = attributeTable(tx, tenantId, { interactionTypeId: id });
    await syncAttributes(attributes, old?.ownAttributes ?? [], oldDefinition?.attributes ?? [], type.attributes);
    await syncParticipants(
      tx,
      tenantId,
      id,
      old?.ownParticipants ?? [],
      oldDefinition?.participants ?? [],
      type.participants,
      entityTypeIds,
    );
  }
  // Parents once every type exists: a type may come before the type it extends.
  for (const type of target.interactionTypes) {
    const parentId = type.extends ? interactionTypeIds.get(type.extends)! : null;
    const old = current.interactionTypes.find((candidate) => candidate.name === type.name);
    if ((old?.parentId ?? null) !== parentId)
      await tx.interactionType.update({ where: { tenantId_id: { tenantId, id: interactionTypeIds.get(type.name)! } }, data: { parentId } });
  }

  const removedEntityTypes = current.entityTypes.filter((old) => !target.entityTypes.some((type) => type.name === old.name));
  if (removedEntityTypes.length) {
    await tx.entityType.deleteMany({ where: { tenantId, id: { in: removedEntityTypes.map((type) => type.id) } } });
  }
  const removedSources = current.sources.filter((old) => !target.sources.some((source) => source.name === old.name));
  if (removedSources.length) {
    await tx.source.deleteMany({ where: { tenantId, id: { in: removedSources.map((source) => source.id) } } });
  }
}

async function syncParticipants(
  tx: DbTransaction,
  tenantId: string,
  interactionTypeId: string,
  current: ParticipantModel[],
  currentDefinitions: ParticipantDefinition[],
  target: ParticipantDefinition[],
  entityTypeIds: Map<string, string>,
) {
  const removed = current.filter((old) => !target.some((member) => member.name === old.name));
  if (removed.length) await tx.participant.deleteMany({ where: { tenantId, id: { in: removed.map((old) => old.id) } } });
  for (const [position, member] of target.entries()) {
    const oldIndex = current.findIndex((old) => old.name === member.name);
    const columns = {
      name: member.name,
      label: member.label,
      displayName: localizedMap(member.displayName),
      description: localizedMap(member.description),
      role: member.role,
      minOccurs: member.minOccurs,
      maxOccurs: member.maxOccurs,
      mappedEntityTypeId: member.mapping ? entityTypeIds.get(member.mapping.entityType)! : null,
      position,
    };
    const links = (participantId: string) =>
      member.entityTypes.map((name) => ({ tenantId, participantId, entityTypeId: entityTypeIds.get(name)! }));
    const references = (participantId: string) =>
      (member.mapping?.properties ?? []).map((pair, index) => ({ tenantId, participantId, position: index, ...pair }));
    if (oldIndex < 0) {
      const id = newId();
      await tx.participant.create({ data: { tenantId, id, interactionTypeId, ...columns } });
      if (member.entityTypes.length) await tx.participantEntityType.createMany({ data: links(id) });
      if (member.mapping) await tx.participantPropertyReference.createMany({ data: references(id) });
      continue;
    }
    const old = current[oldIndex]!;
    if (oldIndex !== position || !same(currentDefinitions[oldIndex], member)) {
      await tx.participant.update({ where: { tenantId_id: { tenantId, id: old.id } }, data: columns });
    }
    if (!same(currentDefinitions[oldIndex]?.entityTypes, member.entityTypes)) {
      await tx.participantEntityType.deleteMany({ where: { tenantId, participantId: old.id } });
      if (member.entityTypes.length) await tx.participantEntityType.createMany({ data: links(old.id) });
    }
    if (!same(currentDefinitions[oldIndex]?.mapping?.properties, member.mapping?.properties)) {
      await tx.participantPropertyReference.deleteMany({ where: { tenantId, participantId: old.id } });
      if (member.mapping) await tx.participantPropertyReference.createMany({ data: references(old.id) });
    }
  }
}

/** Sets the denormalised label of every entity of a type from its new label attribute. */
async function relabelEntities(tx: DbTransaction, tenantId: string, entityTypeId: string, labelAttribute: string | null) {
  const attribute = labelAttribute
    ? await tx.entityAttributeType.findUnique({ where: { tenantId_entityTypeId_name: { tenantId, entityTypeId, name: labelAttribute } } })
    : null;
  await tx.$executeRaw`
    UPDATE "Entity" SET "label" = (
      SELECT v."value" FROM "EntityAttributeValue" v
       WHERE v."tenantId" = "Entity"."tenantId" AND v."entityId" = "Entity"."id" AND v."attributeTypeId" = ${attribute?.id ?? ''}
       ORDER BY v."position" LIMIT 1)
     WHERE "tenantId" = ${tenantId} AND "entityTypeId" = ${entityTypeId}`;
}
