// The one catalog of error codes that items of a batch and configuration changes report.
// 536, 38010 and 38011 keep their Reltio numbers; the rest are this service's own:
// 1xxx configuration, 2xxx entities and interactions, 3xxx rows of a file that the file loader
// (npm run load) could not send or settle, written to its rejects file. Codes are never renumbered or reused.
// The `errorCodes` query serves this table to callers.

import { clipMessage } from './quote.ts';

export type Severity = 'ERROR' | 'WARNING';

export interface CatalogEntry {
  code: number;
  severity: Severity;
  /** When the code is reported. */
  description: string;
}

export const errorCatalog = {
  // Reltio's own numbers.
  CROSSWALK_ALREADY_EXISTS: {
    code: 536,
    severity: 'ERROR',
    description:
      'An interaction with this crosswalk (source, value), or, for an input whose crosswalk is derived from id attributes, of this type with these id attribute values (whatever source sent it), already exists, in the store or earlier in the same batch. A soft-deleted interaction keeps its crosswalks and id attribute values: the message says so, and a hard delete frees them. Interactions are immutable: delete the existing one and create it again.',
  },
  MAPPED_VALUE_MATCHED_NO_ENTITY: {
    code: 38010,
    severity: 'ERROR',
    description:
      "The mapped interaction attributes' values (every pair of the participant's property mapping) matched no entity of its configured entity type.",
  },
  MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES: {
    code: 38011,
    severity: 'ERROR',
    description: "The mapped interaction attributes' values matched more than one entity; they must identify exactly one.",
  },

  // Configuration: the shape of a definition.
  INVALID_NAME: {
    code: 1001,
    severity: 'ERROR',
    description: 'A name is empty or not made of letters, digits and _ (starting with a letter or _), at most 100 characters.',
  },
  DUPLICATE_NAME: {
    code: 1002,
    severity: 'ERROR',
    description:
      'A name is used twice where it must be unique: sources, entity types and interaction types in a tenant, attributes and participants in a type; or a create names an existing object.',
  },
  UNKNOWN_ENTITY_TYPE: {
    code: 1003,
    severity: 'ERROR',
    description: 'A participant or property mapping names an entity type the tenant does not define.',
  },
  UNKNOWN_MAPPING_ATTRIBUTE: {
    code: 1004,
    severity: 'ERROR',
    description: 'A property mapping names an interaction attribute or an entity attribute that does not exist.',
  },
  MAPPING_ENTITY_TYPE_NOT_ALLOWED: {
    code: 1005,
    severity: 'ERROR',
    description: "A property mapping's entity type is not among the entity types its participant allows.",
  },
  INVALID_OCCURS: {
    code: 1006,
    severity: 'ERROR',
    description: 'minOccurs or maxOccurs is negative, or minOccurs is greater than maxOccurs.',
  },
  UNKNOWN_ID_ATTRIBUTE: { code: 1007, severity: 'ERROR', description: 'An id attribute is not an attribute of the interaction type.' },
  UNKNOWN_TIMESTAMP_ATTRIBUTE: {
    code: 1008,
    severity: 'ERROR',
    description: 'The timestamp attribute is not an attribute of the interaction type.',
  },
  INVALID_TIMESTAMP_ATTRIBUTE_TYPE: {
    code: 1009,
    severity: 'ERROR',
    description: 'The timestamp attribute must be a single-valued TIMESTAMP or DATE attribute.',
  },
  UNKNOWN_PRIMARY_PARTICIPANT: {
    code: 1010,
    severity: 'ERROR',
    description: 'The primary participant is not a participant of the interaction type.',
  },
  UNKNOWN_SOURCE: {
    code: 1011,
    severity: 'ERROR',
    description: 'A source named by the configuration (an interaction type default source) does not exist.',
  },
  UNKNOWN_LABEL_ATTRIBUTE: { code: 1012, severity: 'ERROR', description: "An entity type's label attribute is not one of its attributes." },
  DEFAULT_SOURCE_REQUIRED: {
    code: 1013,
    severity: 'ERROR',
    description: 'A tenant has exactly one default source: the change would leave none or several.',
  },
  CONFIGURATION_NOT_FOUND: {
    code: 1014,
    severity: 'ERROR',
    description: 'The source, entity type or interaction type to change or remove does not exist.',
  },
  INVALID_ID_ATTRIBUTE: {
    code: 1015,
    severity: 'ERROR',
    description: 'An id attribute must be single-valued and not hidden, and may be listed once.',
  },
  INVALID_DOCUMENT: {
    code: 1016,
    severity: 'ERROR',
    description: 'A configuration document does not have the expected shape (a field of the wrong type, an unknown field).',
  },
  INVALID_ENUMERATION: {
    code: 1018,
    severity: 'ERROR',
    description:
      "An enumeration's allowedValues are empty, repeat a value or hold a value its value type refuses; or a flag enumeration is not multi-valued or has no allowedValues.",
  },
  INVALID_PARTICIPANT_MAPPING: {
    code: 1017,
    severity: 'ERROR',
    description:
      "A participant's property mapping has no pairs, names an interaction attribute twice, or pairs value types that cannot match (text matches any type, whole and decimal numbers match each other).",
  },

  // Configuration: changes that stored data forbids.
  CONFIGURATION_IN_USE: {
    code: 1101,
    severity: 'ERROR',
    description:
      'The object to remove still has stored data: entities, interactions, attribute values, members or crosswalks. The message says how many.',
  },
  VALUE_TYPE_CHANGE_WITH_VALUES: {
    code: 1102,
    severity: 'ERROR',
    description: "An attribute's value type cannot change while values of it are stored.",
  },
  OCCURS_VIOLATED_BY_STORED_DATA: {
    code: 1103,
    severity: 'ERROR',
    description: 'Stored interactions have fewer members than the new minOccurs, or more than the new maxOccurs.',
  },
  REQUIRED_VIOLATED_BY_STORED_DATA: {
    code: 1104,
    severity: 'ERROR',
    description: 'An attribute cannot become required while stored objects have no value for it.',
  },
  MULTI_VALUE_VIOLATED_BY_STORED_DATA: {
    code: 1105,
    severity: 'ERROR',
    description: 'An attribute cannot become single-valued while stored objects have several values for it.',
  },
  ENUMERATION_VIOLATED_BY_STORED_DATA: {
    code: 1109,
    severity: 'ERROR',
    description:
      "An attribute's allowedValues cannot leave out values that stored objects hold, nor can it become a flag enumeration while a stored object holds a value twice.",
  },
  MUTABILITY_CHANGE_NOT_CONFIRMED: {
    code: 1106,
    severity: 'ERROR',
    description:
      'Turning an immutable interaction type into a mutable (activity) type must be asked for explicitly (allowImmutableToMutable).',
  },
  CONFIGURATION_CONFLICT: {
    code: 1107,
    severity: 'ERROR',
    description: "Another change to the tenant's configuration was committed at the same time; read it and try again.",
  },
  ENTITY_TYPE_STILL_USED_BY_MEMBERS: {
    code: 1108,
    severity: 'ERROR',
    description: 'An entity type cannot be removed from a participant while stored members are entities of that type.',
  },
  ID_ATTRIBUTES_CHANGED_WITH_INTERACTIONS: {
    code: 1019,
    severity: 'ERROR',
    description:
      "An interaction type's idAttributes cannot change while it has interactions, whose keys (and derived crosswalks) come from them, unless the change asks for a re-key (rekey: true, config:import --rekey), which recomputes them in the same transaction. The message says how many.",
  },
  REKEY_COLLISION: {
    code: 1020,
    severity: 'ERROR',
    description:
      'A re-key would give two stored interactions the same key (the same values of the new idAttributes), or a derived crosswalk that another interaction holds; the message says how many and names the first few pairs of URIs. Nothing was changed.',
  },
  REKEY_MISSING_ID_VALUE: {
    code: 1021,
    severity: 'ERROR',
    description:
      'A re-key needs a value of every new id attribute on each interaction that had a key; the message says how many have none and names the first few. Nothing was changed.',
  },
  CONFIGURATION_TIMEOUT: {
    code: 1022,
    severity: 'ERROR',
    description:
      'The change did not finish within CONFIGURATION_TIMEOUT_SECONDS (a re-key of very many interactions, or a long wait for the tenant) and was rolled back. Nothing was changed: try again when the tenant is quieter, re-key fewer types at once, or raise the setting.',
  },
  INVALID_CONFIGURATION_TEXT: {
    code: 1023,
    severity: 'ERROR',
    description:
      'A text of the configuration (a name, label, description, allowed value) contains the NUL character or an unpaired UTF-16 surrogate ("\\ud800"), which no database can store as sent. Nothing was changed.',
  },
  TOUCHPOINT_CONFLICT: {
    code: 1025,
    severity: 'ERROR',
    description:
      'A touchpoint URI is empty, longer than 1,000 characters, named by two interaction types, or on a type without a primary participant (or a single participant) for the visitor. Nothing was changed.',
  },
  UNKNOWN_PARENT_TYPE: {
    code: 1026,
    severity: 'ERROR',
    description: 'An interaction type extends a type the configuration does not define. Nothing was changed.',
  },
  INHERITANCE_CYCLE: {
    code: 1027,
    severity: 'ERROR',
    description: 'Interaction types extend each other in a cycle. Nothing was changed.',
  },
  INHERITED_NAME_REDEFINED: {
    code: 1028,
    severity: 'ERROR',
    description:
      'An interaction type defines an attribute or participant its ancestors define already (an inherited one cannot be redefined). Nothing was changed.',
  },
  ANONYMOUS_PROFILE_TYPES: {
    code: 1024,
    severity: 'ERROR',
    description: 'More than one entity type holds anonymous profiles (anonymousProfiles); a tenant has at most one. Nothing was changed.',
  },

  // Entities and interactions: one item of a batch, or one update.
  UNKNOWN_TYPE: { code: 2001, severity: 'ERROR', description: 'The entity or interaction type is not defined in the tenant.' },
  UNKNOWN_ATTRIBUTE: { code: 2002, severity: 'ERROR', description: 'An attribute is not defined by the type.' },
  INVALID_ATTRIBUTE_VALUE: {
    code: 2003,
    severity: 'ERROR',
    description: "A value does not fit its attribute's value type (the message says what was expected).",
  },
  MISSING_REQUIRED_ATTRIBUTE: { code: 2004, severity: 'ERROR', description: 'A required attribute has no value.' },
  TOO_MANY_VALUES: {
    code: 2005,
    severity: 'ERROR',
    description:
      'A single-valued attribute was given more than one value, or an attribute more values than the service takes (MAX_VALUES_PER_ATTRIBUTE, 100 by default).',
  },
  UNKNOWN_SOURCE_SYSTEM: {
    code: 2006,
    severity: 'ERROR',
    description: 'A crosswalk or the request names a source system the tenant does not define.',
  },
  ENTITY_CROSSWALK_ALREADY_EXISTS: {
    code: 2007,
    severity: 'ERROR',
    description: 'An entity with this crosswalk (source, value) already exists, in the store or earlier in the same batch.',
  },
  ENTITY_IN_USE: {
    code: 2008,
    severity: 'ERROR',
    description:
      'The entity is a member of stored interactions (soft-deleted ones included) and cannot be deleted; the message says how many.',
  },
  OBJECT_NOT_FOUND: {
    code: 2009,
    severity: 'ERROR',
    description:
      'No entity or interaction has this URI in the tenant; or, for a soft delete or a restore, the interaction is not in a state to change so (soft-deleted already, or not soft-deleted).',
  },
  BATCH_ABORTED: {
    code: 2010,
    severity: 'ERROR',
    description: 'All-or-nothing was asked and another item of the batch failed, so this valid item was not written either.',
  },
  INVALID_CROSSWALK: {
    code: 2011,
    severity: 'ERROR',
    description:
      'A crosswalk has an empty value, is given twice, or the last crosswalk of an object would be removed; or an object would have more crosswalks than the service keeps (MAX_CROSSWALKS_PER_OBJECT, 100 by default).',
  },
  VALUE_NOT_ALLOWED: {
    code: 2012,
    severity: 'ERROR',
    description: "A value of an enumeration attribute is not one of its allowedValues, or a flag enumeration's value is given twice.",
  },
  MALFORMED_ITEM: {
    code: 2013,
    severity: 'ERROR',
    description:
      'An item of a batch does not fit its input type in schema.graphql: a required field missing, a null where a value is due, a field the type does not have, or a value of the wrong kind (a timestamp without a time zone, an object where an attribute value is due). Only that item fails; the path says where.',
  },
  INVALID_TEXT: {
    code: 2014,
    severity: 'ERROR',
    description:
      'A text of the item (a value, an attribute name, a crosswalk source or value, a field name) contains the NUL character (U+0000) or an unpaired UTF-16 surrogate (JSON "\\ud800" without its pair), which no database can store as sent. Only that item fails; the path says where.',
  },

  // Interactions: members, crosswalks, timestamps.
  UNKNOWN_PARTICIPANT: {
    code: 2101,
    severity: 'ERROR',
    description: 'A member group names a participant the interaction type does not have.',
  },
  INVALID_MEMBER_REFERENCE: {
    code: 2102,
    severity: 'ERROR',
    description:
      'A member must be given by exactly one of objectURI or crosswalks, with a well-formed entity URI; crosswalks of one member must not point at different entities.',
  },
  MEMBER_NOT_FOUND: {
    code: 2103,
    severity: 'ERROR',
    description: "A member's objectURI or crosswalks resolve to no entity of the tenant.",
  },
  MEMBER_ENTITY_TYPE_NOT_ALLOWED: {
    code: 2104,
    severity: 'ERROR',
    description: "A member's entity is of an entity type its participant does not allow.",
  },
  TOO_FEW_MEMBERS: {
    code: 2105,
    severity: 'ERROR',
    description: 'Fewer members of a participant than its minOccurs (also when the attributes of its property mapping are absent).',
  },
  TOO_MANY_MEMBERS: {
    code: 2106,
    severity: 'ERROR',
    description:
      'More members of a participant than its maxOccurs, or than the service takes (MAX_MEMBERS_PER_PARTICIPANT, 1000 by default).',
  },
  DUPLICATE_MEMBER: {
    code: 2107,
    severity: 'WARNING',
    description: 'The same entity was given twice in one participant; it is stored once.',
  },
  CROSSWALK_VALUE_WITH_CROSSWALKS: {
    code: 2115,
    severity: 'ERROR',
    description: 'The crosswalkValue option and crosswalks in the input both name the crosswalk; give one of them.',
  },
  CROSSWALK_VALUE_WITH_SEVERAL_INPUTS: {
    code: 2108,
    severity: 'ERROR',
    description: 'The crosswalkValue option names the crosswalk of a single-item request; with several inputs every input fails.',
  },
  MISSING_ID_ATTRIBUTE: {
    code: 2109,
    severity: 'ERROR',
    description: "No crosswalk was given and an id attribute of the type has no value, so the interaction's crosswalk cannot be derived.",
  },
  TIMESTAMP_FROM_ATTRIBUTE: {
    code: 2110,
    severity: 'WARNING',
    description:
      "The type reads timestamps from its timestamp attribute, whose value differs from the input's timestamp; the attribute's value was used.",
  },
  PARTICIPANT_OF_OTHER_INTERACTION_TYPE: {
    code: 2111,
    severity: 'WARNING',
    description:
      "A member group's URI names another interaction type's participant; the participant of the same name of the input's type was used.",
  },
  ID_ATTRIBUTE_CHANGED: {
    code: 2113,
    severity: 'ERROR',
    description:
      "An update changed a value of the type's id attributes, which identify the interaction (its crosswalk is derived from them): that is another interaction, to create.",
  },
  CONCURRENT_UPDATE: {
    code: 2114,
    severity: 'ERROR',
    description: 'Other requests kept changing the object while this update was applied; nothing was changed: try again.',
  },
  UNKNOWN_TOUCHPOINT: {
    code: 2117,
    severity: 'ERROR',
    description: 'No interaction type of the tenant records events of this touchpoint (its touchpoints).',
  },
  TIMESTAMP_REQUIRED: {
    code: 2118,
    severity: 'ERROR',
    description: 'An offline event must carry the time it happened (timestamp).',
  },
  ANONYMOUS_ID_IDENTIFIED_OTHERWISE: {
    code: 2119,
    severity: 'ERROR',
    description: 'The anonymous id is identified as another customer already; nothing was recorded.',
  },
  ANONYMOUS_ID_NOT_LINKED: {
    code: 2120,
    severity: 'WARNING',
    description:
      "The event was recorded as the customer's, but its anonymous id could not be linked to the customer: another request identified it as another customer meanwhile, or a participant the visitor played does not allow the customer's entity type.",
  },
  TIMESTAMP_OUT_OF_RANGE: {
    code: 2121,
    severity: 'ERROR',
    description:
      "The timestamp is further in the future than the type's timestampRules.maxFutureSeconds allow, or before its horizon, and the type refuses such timestamps (action REFUSE).",
  },
  TIMESTAMP_IMPLAUSIBLE: {
    code: 2122,
    severity: 'WARNING',
    description:
      "The timestamp is further in the future than the type's timestampRules.maxFutureSeconds allow, or before its horizon; stored as given, as the type's action WARN says.",
  },
  PROPERTY_KEPT: {
    code: 2123,
    severity: 'WARNING',
    description: "An attribute the type does not define was kept as a free-form property, as the type's enforcement WARN says.",
  },
  INVALID_PROPERTY: {
    code: 2124,
    severity: 'ERROR',
    description:
      'A free-form property has a blank or over-long name, a value that is not a string, number or boolean, or the interaction has too many.',
  },
  ANONYMOUS_MEMBERS_NOT_CONFIGURED: {
    code: 2116,
    severity: 'ERROR',
    description:
      'A member is referenced by an anonymous id, but the tenant has no entity type for anonymous profiles (anonymousProfiles), or the participant does not allow it.',
  },
  IMMUTABLE_INTERACTION: {
    code: 2112,
    severity: 'ERROR',
    description: 'Interactions of an immutable type cannot be updated: delete the interaction and create it again.',
  },

  // The file loader (npm run load): rows it did not send, or whose fate it cannot know.
  UNREADABLE_ROW: {
    code: 3001,
    severity: 'ERROR',
    description:
      'A row of a loaded file could not be read as an input: a line that is not JSON or not a JSON object, or a CSV record the mapping cannot turn into one (its type cell empty).',
  },
  ROW_TOO_LARGE: {
    code: 3002,
    severity: 'ERROR',
    description: 'A row alone is larger than one request may be (MAX_BODY_BYTES, MAX_REQUEST_VALUES or MAX_COST): it was not stored.',
  },
  OUTCOME_UNKNOWN: {
    code: 3003,
    severity: 'ERROR',
    description:
      'The request that carried the row may have stored it, but its answer was lost (the service stopped while writing, or the answer outlived its Idempotency-Key) and the row has neither crosswalks nor id attributes that would make sending it again safe: check whether it was stored before loading it again.',
  },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorName = keyof typeof errorCatalog;

/** One reason a request item or change was refused (or, as a warning, accepted with a remark). */
export interface Problem {
  code: number;
  name: ErrorName;
  severity: Severity;
  message: string;
  detail: string | null;
  /** Where in the input: field names and list indexes. */
  path: Array<string | number>;
  /** For a crosswalk already taken (536, 2007): the object holding it. */
  existingUri?: string | null;
  /** For 536: whether the input is identical to the stored interaction (a harmless replay). */
  identicalToExisting?: boolean | null;
}

/** A problem of the catalog's kind `name`, at `path` in the input (its message kept short whatever it quotes). */
export function problem(name: ErrorName, message: string, path: Array<string | number> = [], detail: string | null = null): Problem {
  const entry: CatalogEntry = errorCatalog[name];
  return { code: entry.code, name, severity: entry.severity, message: clipMessage(message), detail: detail ?? entry.description, path };
}
