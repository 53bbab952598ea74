// Customer Insights interaction type definitions (the "Interaction Type Definition" document)
// read and written as they are: translation only, to and from this service's configuration
// document. Keys are taken in either case, as the document itself mixes them
// (`IdPropertyNames`, `typeName`); what has no meaning here is accepted and reported.
import { DEFAULT_ENFORCEMENT, DEFAULT_TIMESTAMP_RULES } from './type-rules.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { AttributeValueType } from './model.ts';
import type { ConfigurationDocument, InteractionTypeDefinition, LocalizedTexts } from './document.ts';

type Json = Record<string, unknown>;
type Path = Array<string | number>;

// Edm types as Customer Insights writes them, by the value type that stores them.
const EDM_TYPES: Record<string, AttributeValueType> = {
  'Edm.String': 'STRING',
  'Edm.Guid': 'STRING',
  'Edm.Byte': 'INTEGER',
  'Edm.SByte': 'INTEGER',
  'Edm.Int16': 'INTEGER',
  'Edm.Int32': 'INTEGER',
  'Edm.Int64': 'INTEGER',
  'Edm.Single': 'FLOAT',
  'Edm.Double': 'FLOAT',
  'Edm.Decimal': 'FLOAT',
  'Edm.Boolean': 'BOOLEAN',
  'Edm.Date': 'DATE',
  'Edm.DateTime': 'TIMESTAMP',
  'Edm.DateTimeOffset': 'TIMESTAMP',
};
const EDM_OF: Record<AttributeValueType, string> = {
  STRING: 'Edm.String',
  INTEGER: 'Edm.Int64',
  FLOAT: 'Edm.Double',
  BOOLEAN: 'Edm.Boolean',
  DATE: 'Edm.Date',
  TIMESTAMP: 'Edm.DateTimeOffset',
};

// Keys read from a definition; any other key is reported as ignored.
const TYPE_KEYS = new Set([
  'typeName',
  'idPropertyNames',
  'timestampPropertyName',
  'primaryParticipantProfilePropertyName',
  'isActivity',
  'participantProfiles',
  'fields',
  'displayName',
  'description',
  'defaultDataSource',
  'apiEntitySetName',
  'schemaItemTypeLink',
  'smallImage',
  'mediumImage',
  'largeImage',
  'attributes',
  'localizedAttributes',
  'entityType',
]);
const FIELD_KEYS = new Set([
  'fieldName',
  'fieldType',
  'isArray',
  'isRequired',
  'isEnum',
  'isFlagEnum',
  'enumValidValues',
  'isName',
  'isLocalizedString',
]);
const PARTICIPANT_KEYS = new Set([
  'profileTypeName',
  'participantPropertyReferences',
  'participantPropertyReference',
  'name',
  'participantName',
  'displayName',
  'description',
  'role',
]);

/** The result of reading definitions: the service's interaction types, what was left out, what is wrong. */
export interface CustomerInsightsImport {
  interactionTypes: Json[];
  /** Dotted paths of what was given but has no meaning here, and of what was added or inferred. */
  notes: string[];
  problems: Problem[];
}

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** The object with its keys in camelCase ("IdPropertyNames" and "idPropertyNames" are one key). */
function normalized(value: unknown): Json | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [camel(key), item]));
}

const flag = (value: unknown) => value === true || value === 'true' || value === 'True';
/** A JSON scalar as text; null for anything else (objects are never stringified: any key could be "toString"). */
const scalar = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
const given = (value: unknown) => value !== undefined && value !== null && value !== false && value !== 'false';
const text = (value: unknown) => (typeof value === 'string' ? value : null);
const localized = (value: unknown): LocalizedTexts =>
  normalized(value)
    ? Object.entries(value as Json).flatMap(([locale, label]) => (scalar(label) === null ? [] : [{ locale, text: scalar(label)! }]))
    : [];

/** The list under `key`: absent or null is none; anything else but a list is a problem, never silently dropped. */
function listAt(object: Json, key: string, path: Path, problems: Problem[]): unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as unknown[];
  problems.push(problem('INVALID_DOCUMENT', `${key} is a list`, [...path, key]));
  return [];
}

/** Whether the JSON is Customer Insights interaction type definitions (one, or a list). */
export function isCustomerInsightsDefinitions(json: unknown): boolean {
  const first = Array.isArray(json) ? (json as unknown[])[0] : json;
  const definition = normalized(first);
  return definition !== null && typeof definition.typeName === 'string';
}

function unknownKeys(object: Json, known: Set<string>, path: Path, notes: string[]) {
  for (const [key, value] of Object.entries(object)) if (!known.has(key) && given(value)) notes.push(`ignored ${[...path, key].join('.')}`);
}

/** Reads definitions into interaction type documents of this service. */
export function fromCustomerInsights(json: unknown): CustomerInsightsImport {
  const notes: string[] = [];
  const problems: Problem[] = [];
  const definitions = Array.isArray(json) ? (json as unknown[]) : [json];
  const interactionTypes = definitions.flatMap((raw, index) => {
    const path: Path = Array.isArray(json) ? [index] : [];
    const definition = normalized(raw);
    if (!definition || typeof definition.typeName !== 'string') {
      problems.push(problem('INVALID_DOCUMENT', 'an interaction type definition is an object with a typeName', path));
      return [];
    }
    return [interactionType(definition, path, notes, problems)];
  });
  return { interactionTypes, notes, problems };
}

function interactionType(definition: Json, path: Path, notes: string[], problems: Problem[]): Json {
  unknownKeys(definition, TYPE_KEYS, path, notes);
  if (given(definition.entityType) && definition.entityType !== 'Interaction')
    problems.push(
      problem('INVALID_DOCUMENT', `entityType ${scalar(definition.entityType) ?? '(not text)'}: only Interaction types are taken`, [
        ...path,
        'entityType',
      ]),
    );
  const fields = listAt(definition, 'fields', path, problems);
  const attributes = fields.flatMap((raw, index) => {
    const field = normalized(raw);
    const fieldPath = [...path, 'fields', index];
    if (!field || typeof field.fieldName !== 'string') {
      problems.push(problem('INVALID_DOCUMENT', 'a field is an object with a fieldName', fieldPath));
      return [];
    }
    unknownKeys(field, FIELD_KEYS, fieldPath, notes);
    const fieldType = field.fieldType ?? 'Edm.String';
    const valueType = typeof fieldType === 'string' && Object.hasOwn(EDM_TYPES, fieldType) ? EDM_TYPES[fieldType] : undefined;
    if (!valueType) {
      problems.push(
        problem('INVALID_DOCUMENT', `field ${field.fieldName}: unknown fieldType ${scalar(fieldType) ?? '(not text)'}`, [
          ...fieldPath,
          'fieldType',
        ]),
      );
      return [];
    }
    const enumeration = flag(field.isEnum) || flag(field.isFlagEnum);
    return [
      {
        name: field.fieldName,
        valueType,
        required: flag(field.isRequired),
        multiValued: flag(field.isArray) || flag(field.isFlagEnum),
        allowedValues: enumeration ? enumValues(field, fieldPath, notes, problems) : null,
        flagEnum: flag(field.isFlagEnum),
        isName: flag(field.isName),
        localizedString: flag(field.isLocalizedString),
      },
    ];
  });
  const fieldNames = new Set(attributes.map((attribute) => attribute.name));
  const implied = (name: string, valueType: AttributeValueType, why: string) => {
    if (fieldNames.has(name)) return;
    fieldNames.add(name);
    attributes.push({
      name,
      valueType,
      required: false,
      multiValued: false,
      allowedValues: null,
      flagEnum: false,
      isName: false,
      localizedString: false,
    });
    notes.push(`added field ${[...path, name].join('.')} (${EDM_OF[valueType]}): ${why} names it but fields do not`);
  };

  const profiles = listAt(definition, 'participantProfiles', path, problems);
  const participants = profiles.flatMap((raw, index) => {
    const profile = normalized(raw);
    const profilePath = [...path, 'participantProfiles', index];
    const name = text(profile?.name) ?? text(profile?.participantName);
    const entityType = text(profile?.profileTypeName);
    if (!profile || !name) {
      problems.push(problem('INVALID_DOCUMENT', 'a participant profile has a Name', profilePath));
      return [];
    }
    unknownKeys(profile, PARTICIPANT_KEYS, profilePath, notes);
    const referencesKey =
      profile.participantPropertyReferences === undefined ? 'participantPropertyReference' : 'participantPropertyReferences';
    const properties = listAt(profile, referencesKey, profilePath, problems).flatMap((rawReference, referenceIndex) => {
      const reference = normalized(rawReference);
      const interactionAttribute = text(reference?.interactionPropertyName);
      if (!interactionAttribute) {
        problems.push(
          problem('INVALID_DOCUMENT', 'a participant property reference has an InteractionPropertyName', [
            ...profilePath,
            'participantPropertyReferences',
            referenceIndex,
          ]),
        );
        return [];
      }
      implied(interactionAttribute, 'STRING', `participant ${name}`);
      return [{ interactionAttribute, entityAttribute: text(reference?.profilePropertyName) ?? interactionAttribute }];
    });
    if (properties.length && !entityType) {
      problems.push(problem('INVALID_DOCUMENT', `participant ${name} maps properties but names no ProfileTypeName`, profilePath));
      return [];
    }
    return [
      {
        name,
        displayName: localized(profile.displayName),
        description: localized(profile.description),
        role: text(profile.role),
        // Without a profile type, a participant may be an entity of any type.
        entityTypes: entityType ? [entityType] : [],
        mapping: entityType && properties.length ? { entityType, properties } : null,
      },
    ];
  });

  const timestampAttribute = text(definition.timestampPropertyName);
  if (timestampAttribute) implied(timestampAttribute, 'TIMESTAMP', 'TimestampPropertyName');
  const idAttributes = listAt(definition, 'idPropertyNames', path, problems).flatMap((name, index) => {
    if (typeof name === 'string') return [name];
    problems.push(problem('INVALID_DOCUMENT', 'an id property name is text', [...path, 'idPropertyNames', index]));
    return [];
  });
  for (const name of idAttributes) implied(name, 'STRING', 'IdPropertyNames');

  // The document asks for a participant's name, and its own example gives the interaction
  // property its participant is found by: either names the participant.
  const primary = text(definition.primaryParticipantProfilePropertyName);
  const primaryParticipant =
    primary && !participants.some((participant) => participant.name === primary)
      ? (participants.find((participant) => participant.mapping?.properties.some((pair) => pair.interactionAttribute === primary))?.name ??
        primary)
      : primary;
  if (primary && primaryParticipant !== primary)
    notes.push(
      `read ${[...path, 'primaryParticipantProfilePropertyName'].join('.')} ${primary} as participant ${primaryParticipant}, found by it`,
    );

  const source = normalized(definition.defaultDataSource);
  const images = { small: text(definition.smallImage), medium: text(definition.mediumImage), large: text(definition.largeImage) };
  const custom = normalized(definition.attributes) ? (definition.attributes as Record<string, unknown>) : {};
  const customLocalized = normalized(definition.localizedAttributes) ? (definition.localizedAttributes as Record<string, unknown>) : {};
  return {
    name: definition.typeName,
    displayName: localized(definition.displayName),
    description: localized(definition.description),
    attributes,
    participants,
    idAttributes,
    timestampAttribute,
    mutable: flag(definition.isActivity),
    primaryParticipant,
    defaultSource: text(definition.defaultDataSource) ?? text(source?.name),
    touchpoints: [],
    extends: null,
    enforcement: DEFAULT_ENFORCEMENT,
    timestampRules: { ...DEFAULT_TIMESTAMP_RULES },
    apiEntitySetName: text(definition.apiEntitySetName),
    schemaItemTypeLink: text(definition.schemaItemTypeLink),
    images: images.small || images.medium || images.large ? images : null,
    customAttributes: Object.entries(custom).map(([name, values]) => ({
      name,
      values: (Array.isArray(values) ? (values as unknown[]) : [values]).flatMap((value) => scalar(value) ?? []),
    })),
    localizedAttributes: Object.entries(customLocalized).map(([name, texts]) => ({ name, texts: localized(texts) })),
  };
}

/** An enumeration's values: EnumValidValues entries ({ Value, LocalizedValueNames }) or plain values. */
function enumValues(field: Json, fieldPath: Path, notes: string[], problems: Problem[]): string[] {
  const path = [...fieldPath, 'enumValidValues'];
  return listAt(field, 'enumValidValues', fieldPath, problems).flatMap((entry, index) => {
    const object = normalized(entry);
    const value = scalar(object ? object.value : entry);
    if (value === null) {
      problems.push(problem('INVALID_DOCUMENT', 'an enum valid value is text, a number, or an object with a Value', [...path, index]));
      return [];
    }
    if (object && given(object.localizedValueNames)) notes.push(`ignored ${[...path, index, 'localizedValueNames'].join('.')}`);
    return [value];
  });
}

const dictionary = (texts: LocalizedTexts) =>
  texts.length ? Object.fromEntries(texts.map(({ locale, text: label }) => [locale, label])) : null;

/** The interaction types of a document as Customer Insights definitions, in the document's key case. */
export function toCustomerInsights(document: ConfigurationDocument): Json[] {
  return document.interactionTypes.map((type: InteractionTypeDefinition) => ({
    typeName: type.name,
    entityType: 'Interaction',
    displayName: dictionary(type.displayName),
    description: dictionary(type.description),
    isActivity: type.mutable,
    idPropertyNames: type.idAttributes,
    timestampPropertyName: type.timestampAttribute,
    primaryParticipantProfilePropertyName: type.primaryParticipant,
    defaultDataSource: type.defaultSource,
    apiEntitySetName: type.apiEntitySetName,
    schemaItemTypeLink: type.schemaItemTypeLink,
    smallImage: type.images?.small ?? null,
    mediumImage: type.images?.medium ?? null,
    largeImage: type.images?.large ?? null,
    attributes: Object.fromEntries(type.customAttributes.map(({ name, values }) => [name, values])),
    localizedAttributes: Object.fromEntries(type.localizedAttributes.map(({ name, texts }) => [name, dictionary(texts) ?? {}])),
    fields: type.attributes.map((attribute) => ({
      fieldName: attribute.name,
      fieldType: EDM_OF[attribute.valueType],
      isArray: attribute.multiValued && !attribute.flagEnum,
      isRequired: attribute.required,
      isEnum: attribute.allowedValues !== null && !attribute.flagEnum,
      isFlagEnum: attribute.flagEnum,
      enumValidValues: attribute.allowedValues?.map((value) => ({ value })) ?? null,
      isName: attribute.isName,
      isLocalizedString: attribute.localizedString,
    })),
    participantProfiles: type.participants.map((participant) => ({
      name: participant.name,
      profileTypeName: participant.mapping?.entityType ?? participant.entityTypes[0] ?? null,
      displayName: dictionary(participant.displayName),
      description: dictionary(participant.description),
      role: participant.role,
      participantPropertyReferences: (participant.mapping?.properties ?? []).map((pair) => ({
        interactionPropertyName: pair.interactionAttribute,
        profilePropertyName: pair.entityAttribute,
      })),
    })),
  }));
}

/**
 * A translated type laid over the stored definition of the same name: what Customer
 * Insights cannot express (labels, hidden attributes, occurs, a participant's further entity
 * types) is kept as stored, so importing an export changes nothing.
 */
export function overStoredType(translated: Json, stored: InteractionTypeDefinition | undefined): Json {
  if (!stored) return translated;
  const attributes = (translated.attributes as Json[]).map((attribute) => {
    const old = stored.attributes.find((candidate) => candidate.name === attribute.name);
    return old
      ? { ...attribute, label: old.label, displayName: old.displayName, description: old.description, hidden: old.hidden }
      : attribute;
  });
  const participants = (translated.participants as Json[]).map((participant) => {
    const old = stored.participants.find((candidate) => candidate.name === participant.name);
    if (!old) return participant;
    const [profileType] = participant.entityTypes as string[];
    const entityTypes = profileType === undefined || old.entityTypes.includes(profileType) ? old.entityTypes : participant.entityTypes;
    return { ...participant, label: old.label, minOccurs: old.minOccurs, maxOccurs: old.maxOccurs, entityTypes };
  });
  // What Customer Insights has no field for stays as stored: inheritance, enforcement, timestamp rules, touchpoints.
  const { extends: parent, enforcement, timestampRules, touchpoints } = stored;
  return { ...translated, label: stored.label, attributes, participants, extends: parent, enforcement, timestampRules, touchpoints };
}
