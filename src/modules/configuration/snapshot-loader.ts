import type { DbTransaction } from '../../db/client.ts';
import { withInheritance } from './inheritance.ts';
import { DEFAULT_ENFORCEMENT, DEFAULT_TIMESTAMP_RULES, ENFORCEMENTS, type TimestampRules } from './type-rules.ts';
import type {
  AttributeTypeModel,
  AttributeValueType,
  ConfigurationSnapshot,
  EntityTypeModel,
  InteractionTypeModel,
  LocalizedMap,
  SourceModel,
  TypeImages,
} from './model.ts';
import { byName } from './document.ts';
import { entityAttributeUri, entityTypeUri, interactionAttributeUri, interactionTypeUri, participantUri, sourceUri } from '../uris/uris.ts';

const byPosition = { position: 'asc' } as const;

function localized(value: unknown): LocalizedMap {
  return value && typeof value === 'object' ? (value as LocalizedMap) : {};
}

interface AttributeRow {
  id: string;
  name: string;
  label: string | null;
  displayName: unknown;
  description: unknown;
  valueType: string;
  required: boolean;
  multiValued: boolean;
  hidden: boolean;
  allowedValues: unknown;
  flagEnum: boolean;
  isName: boolean;
  localizedString: boolean;
}

function attributeModel(row: AttributeRow, uri: string): AttributeTypeModel {
  return {
    id: row.id,
    uri,
    name: row.name,
    label: row.label,
    displayName: localized(row.displayName),
    description: localized(row.description),
    valueType: row.valueType as AttributeValueType,
    required: row.required,
    multiValued: row.multiValued,
    hidden: row.hidden,
    allowedValues: Array.isArray(row.allowedValues) ? (row.allowedValues as string[]) : null,
    flagEnum: row.flagEnum,
    isName: row.isName,
    localizedString: row.localizedString,
  };
}

// Rebuilt key by key: PostgreSQL's JSONB does not keep the order the keys were written in.
function typeImages(stored: unknown): TypeImages | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { small = null, medium = null, large = null } = stored as Partial<TypeImages>;
  return { small, medium, large };
}

/** Reads a tenant's whole configuration in a fixed number of queries. */
export async function loadConfigurationSnapshot(db: DbTransaction, tenantId: string, version: number): Promise<ConfigurationSnapshot> {
  const where = { tenantId };
  const [sourceRows, entityTypeRows, interactionTypeRows] = await Promise.all([
    db.source.findMany({ where }),
    db.entityType.findMany({ where, include: { attributes: { orderBy: byPosition } } }),
    db.interactionType.findMany({
      where,
      include: {
        attributes: { orderBy: byPosition },
        participants: { orderBy: byPosition, include: { entityTypes: true, references: { orderBy: byPosition } } },
      },
    }),
  ]);

  const sources: SourceModel[] = byName(sourceRows).map((row) => ({
    id: row.id,
    uri: sourceUri(row.name),
    name: row.name,
    label: row.label,
    isDefault: row.isDefault,
  }));
  const entityTypes: EntityTypeModel[] = byName(entityTypeRows).map((row) => ({
    id: row.id,
    uri: entityTypeUri(row.name),
    name: row.name,
    label: row.label,
    displayName: localized(row.displayName),
    description: localized(row.description),
    labelAttribute: row.labelAttribute,
    anonymousProfiles: row.anonymousProfiles,
    attributes: row.attributes.map((attribute) => attributeModel(attribute, entityAttributeUri(row.name, attribute.name))),
  }));
  const ownInteractionTypes: InteractionTypeModel[] = byName(interactionTypeRows).map((row) => ({
    id: row.id,
    uri: interactionTypeUri(row.name),
    name: row.name,
    label: row.label,
    displayName: localized(row.displayName),
    description: localized(row.description),
    attributes: row.attributes.map((attribute) => attributeModel(attribute, interactionAttributeUri(row.name, attribute.name))),
    participants: row.participants.map((participant) => ({
      id: participant.id,
      uri: participantUri(row.name, participant.name),
      name: participant.name,
      label: participant.label,
      displayName: localized(participant.displayName),
      description: localized(participant.description),
      role: participant.role,
      entityTypeIds: participant.entityTypes.map((link) => link.entityTypeId),
      minOccurs: participant.minOccurs,
      maxOccurs: participant.maxOccurs,
      mapping: participant.mappedEntityTypeId
        ? {
            entityTypeId: participant.mappedEntityTypeId,
            properties: participant.references.map(({ interactionAttribute, entityAttribute }) => ({
              interactionAttribute,
              entityAttribute,
            })),
          }
        : null,
    })),
    idAttributes: Array.isArray(row.idAttributes) ? (row.idAttributes as string[]) : [],
    timestampAttribute: row.timestampAttribute,
    mutable: row.mutable,
    primaryParticipant: row.primaryParticipant,
    touchpoints: Array.isArray(row.touchpoints) ? (row.touchpoints as string[]) : [],
    parentId: row.parentId,
    descendantIds: [],
    ownAttributes: [],
    ownParticipants: [],
    enforcement: ENFORCEMENTS.find((mode) => mode === row.enforcement) ?? DEFAULT_ENFORCEMENT,
    timestampRules: { ...DEFAULT_TIMESTAMP_RULES, ...(row.timestampRules as Partial<TimestampRules> | null) },
    apiEntitySetName: row.apiEntitySetName,
    schemaItemTypeLink: row.schemaItemTypeLink,
    images: typeImages(row.images),
    customAttributes: Array.isArray(row.customAttributes)
      ? (row.customAttributes as InteractionTypeModel['customAttributes']).map(({ name, values }) => ({ name, values }))
      : [],
    localizedAttributes: Array.isArray(row.localizedAttributes)
      ? (row.localizedAttributes as Array<{ name: string; texts: unknown }>).map(({ name, texts }) => ({ name, texts: localized(texts) }))
      : [],
    defaultSourceId: row.defaultSourceId,
  }));
  const interactionTypes = withInheritance(ownInteractionTypes);

  const index = <T extends { id: string; uri: string }>(items: T[], key: 'id' | 'uri') => new Map(items.map((item) => [item[key], item]));
  return {
    tenantId,
    version,
    sources,
    entityTypes,
    interactionTypes,
    sourceById: index(sources, 'id'),
    sourceByUri: index(sources, 'uri'),
    entityTypeById: index(entityTypes, 'id'),
    entityTypeByUri: index(entityTypes, 'uri'),
    interactionTypeById: index(interactionTypes, 'id'),
    interactionTypeByUri: index(interactionTypes, 'uri'),
    interactionTypeByTouchpoint: new Map(
      interactionTypes.flatMap((type) => type.touchpoints.map((touchpoint) => [touchpoint, type] as const)),
    ),
    defaultSource: sources.find((source) => source.isDefault) ?? null,
  };
}
