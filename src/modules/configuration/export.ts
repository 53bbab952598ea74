import type { AttributeDefinition, ConfigurationDocument, LocalizedTexts } from './document.ts';
import type { AttributeTypeModel, ConfigurationSnapshot, LocalizedMap } from './model.ts';

const texts = (map: LocalizedMap): LocalizedTexts =>
  Object.entries(map)
    .map(([locale, text]) => ({ locale, text }))
    .sort((a, b) => a.locale.localeCompare(b.locale));

const attributeDefinition = (attribute: AttributeTypeModel): AttributeDefinition => ({
  name: attribute.name,
  label: attribute.label,
  displayName: texts(attribute.displayName),
  description: texts(attribute.description),
  valueType: attribute.valueType,
  required: attribute.required,
  multiValued: attribute.multiValued,
  hidden: attribute.hidden,
  allowedValues: attribute.allowedValues,
  flagEnum: attribute.flagEnum,
  isName: attribute.isName,
  localizedString: attribute.localizedString,
});

/** A tenant's configuration as a document in canonical form: what import takes back unchanged. */
export function exportConfiguration(snapshot: ConfigurationSnapshot): ConfigurationDocument {
  const entityTypeName = (id: string) => snapshot.entityTypeById.get(id)!.name;
  return {
    sources: snapshot.sources.map((source) => ({ name: source.name, label: source.label, isDefault: source.isDefault })),
    entityTypes: snapshot.entityTypes.map((type) => ({
      name: type.name,
      label: type.label,
      displayName: texts(type.displayName),
      description: texts(type.description),
      attributes: type.attributes.map(attributeDefinition),
      labelAttribute: type.labelAttribute,
      anonymousProfiles: type.anonymousProfiles,
    })),
    interactionTypes: snapshot.interactionTypes.map((type) => ({
      name: type.name,
      label: type.label,
      displayName: texts(type.displayName),
      description: texts(type.description),
      attributes: type.ownAttributes.map(attributeDefinition),
      participants: type.ownParticipants.map((member) => ({
        name: member.name,
        label: member.label,
        displayName: texts(member.displayName),
        description: texts(member.description),
        role: member.role,
        entityTypes: member.entityTypeIds.map(entityTypeName).sort(),
        minOccurs: member.minOccurs,
        maxOccurs: member.maxOccurs,
        mapping: member.mapping && {
          entityType: entityTypeName(member.mapping.entityTypeId),
          properties: member.mapping.properties.map((pair) => ({ ...pair })),
        },
      })),
      idAttributes: type.idAttributes,
      timestampAttribute: type.timestampAttribute,
      mutable: type.mutable,
      primaryParticipant: type.primaryParticipant,
      defaultSource: type.defaultSourceId ? snapshot.sourceById.get(type.defaultSourceId)!.name : null,
      touchpoints: type.touchpoints,
      extends: type.parentId ? snapshot.interactionTypeById.get(type.parentId)!.name : null,
      enforcement: type.enforcement,
      timestampRules: { ...type.timestampRules },
      apiEntitySetName: type.apiEntitySetName,
      schemaItemTypeLink: type.schemaItemTypeLink,
      images: type.images,
      customAttributes: type.customAttributes,
      localizedAttributes: type.localizedAttributes.map(({ name, texts: map }) => ({ name, texts: texts(map) })),
    })),
  };
}
