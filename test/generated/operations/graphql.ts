/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiKeyInput = {
  /** Days until the key stops working (1 to 3650); no expiry when absent. */
  expiresInDays?: number | null | undefined;
  /** What the key is for, e.g. `nightly CRM loader`; default `<role> key`. */
  name?: string | null | undefined;
  role: Role;
};

export type ApplyMode =
  /** Sources and types the document does not name are kept. */
  | 'MERGE'
  /** The document is the whole configuration: sources and types it does not name are removed. */
  | 'REPLACE';

export type AttributeEquals = {
  name: string;
  value: string | number | boolean;
};

export type AttributeInput = {
  name: string;
  values: Array<string | number | boolean>;
};

export type AttributeTypeInput = {
  /** An enumeration: the only values the attribute takes (absent or null: any value of its type). */
  allowedValues?: Array<string> | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  /** A flag enumeration: a set of allowed values; requires allowedValues and multiValued. Default false. */
  flagEnum?: boolean | null | undefined;
  /** Default false. */
  hidden?: boolean | null | undefined;
  /** Customer Insights' isName, kept and exported; no rule here reads it. Default false. */
  isName?: boolean | null | undefined;
  label?: string | null | undefined;
  /** Customer Insights' isLocalizedString, kept and exported; no rule here reads it. Default false. */
  localizedString?: boolean | null | undefined;
  /** Default false. */
  multiValued?: boolean | null | undefined;
  name: string;
  /** Default false. */
  required?: boolean | null | undefined;
  valueType: AttributeValueType;
};

/** The type of an attribute's values. */
export type AttributeValueType =
  | 'BOOLEAN'
  /** A calendar date, `YYYY-MM-DD`. */
  | 'DATE'
  | 'FLOAT'
  | 'INTEGER'
  | 'STRING'
  /** A point in time, given as epoch milliseconds or ISO-8601, stored as epoch milliseconds. */
  | 'TIMESTAMP';

/** A whole tenant configuration: the format of configuration files. */
export type ConfigurationInput = {
  entityTypes?: Array<EntityTypeInput> | null | undefined;
  interactionTypes?: Array<InteractionTypeInput> | null | undefined;
  sources?: Array<SourceInput> | null | undefined;
};

/** Options of a batch create (Reltio: returnObjects, options=sendHidden, Source-System header). */
export type CreateOptions = {
  /** Write every input or none: one failure fails the whole batch (the others report BATCH_ABORTED). */
  allOrNothing?: boolean | null | undefined;
  /** The crosswalk value of a single-item request that gives no crosswalk (Reltio's crosswalkValue), in the request's source; an input that gives crosswalks as well fails (CROSSWALK_VALUE_WITH_CROSSWALKS). */
  crosswalkValue?: string | null | undefined;
  /** Show hidden attributes in the returned objects. */
  includeHidden?: boolean | null | undefined;
  /** Return the created objects (true), or URIs only (false). */
  returnObjects?: boolean | null | undefined;
  /** Source system (name or URI) the request speaks for; the `Source-System` header, else the tenant's default source. */
  source?: string | null | undefined;
};

/** How a request was authenticated. */
export type CredentialKind =
  | 'API_KEY'
  /** No credential: development mode acts as the demo tenant's ADMIN. Never on in production. */
  | 'DEVELOPMENT'
  | 'JWT';

export type CrosswalkInput = {
  /** Source name or URI; the request's source when absent. */
  source?: string | null | undefined;
  value: string;
};

export type CustomAttributeInput = {
  name: string;
  values: Array<string>;
};

export type DeletedFilter =
  /** Live interactions only. */
  | 'EXCLUDE'
  /** Live and soft-deleted interactions. */
  | 'INCLUDE'
  /** Soft-deleted interactions only. */
  | 'ONLY';

/** What becomes of an attribute an interaction's input names but its type does not define. */
export type Enforcement =
  /** Kept as a free-form property, silently (as MXO keeps `properties`). */
  | 'OPEN'
  /** The input fails (UNKNOWN_ATTRIBUTE, 2002): a tracking plan that blocks. */
  | 'STRICT'
  /** Kept as a free-form property, with a warning (PROPERTY_KEPT, 2123): a tracking plan that flags. */
  | 'WARN';

export type EntityFilter = {
  /** Entities having this attribute value (all given must hold). */
  attributes?: Array<AttributeEquals> | null | undefined;
  /** Entity type names or URIs. */
  types?: Array<string> | null | undefined;
};

export type EntityInput = {
  attributes?: Array<AttributeInput> | null | undefined;
  /** When none is given, one is generated in the request's source. */
  crosswalks?: Array<CrosswalkInput> | null | undefined;
  /** Entity type name or URI. */
  type: string;
};

export type EntityTypeInput = {
  /** Anonymous visitors' profiles are of this type (members given by anonymousId); at most one type of a tenant (ANONYMOUS_PROFILE_TYPES). */
  anonymousProfiles?: boolean | null | undefined;
  attributes?: Array<AttributeTypeInput> | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  label?: string | null | undefined;
  labelAttribute?: string | null | undefined;
  name: string;
};

export type InteractionChanges = {
  /** Each attribute named gets exactly the values given (an empty list removes it); the others are kept unless replaceAttributes. */
  attributes?: Array<AttributeInput> | null | undefined;
  /** Each participant named gets exactly the members given; the others are kept unless replaceMembers. */
  members?: Array<MemberGroupInput> | null | undefined;
  replaceAttributes?: boolean | null | undefined;
  replaceMembers?: boolean | null | undefined;
  /** A new timestamp (types with a timestamp attribute take it from there). */
  timestamp?: number | string | null | undefined;
};

export type InteractionFilter = {
  /** Interactions having these attribute values (all must hold). */
  attributes?: Array<AttributeEquals> | null | undefined;
  /** Soft-deleted interactions: left out unless asked for (INCLUDE, or ONLY to see what can be restored). */
  deleted?: DeletedFilter | null | undefined;
  /** From this time on (inclusive). */
  from?: number | string | null | undefined;
  /** Interactions this entity (URI) is a member of. */
  memberEntity?: string | null | undefined;
  /** Participant names or URIs: interactions with a member of one of them (played by memberEntity, when given). */
  participants?: Array<string> | null | undefined;
  /** Interactions having these free-form property values (all must hold; numbers as written in their shortest form). */
  properties?: Array<AttributeEquals> | null | undefined;
  /** Interactions with a crosswalk from one of these sources (names or URIs). */
  sources?: Array<string> | null | undefined;
  /** Before this time (exclusive). */
  to?: number | string | null | undefined;
  /** Interaction type names or URIs. */
  types?: Array<string> | null | undefined;
};

export type InteractionInput = {
  attributes?: Array<AttributeInput> | null | undefined;
  crosswalks?: Array<CrosswalkInput> | null | undefined;
  members?: Array<MemberGroupInput> | null | undefined;
  /** When it happened: epoch milliseconds or ISO-8601; the type's timestamp attribute wins when set; now when absent. */
  timestamp?: number | string | null | undefined;
  /** Interaction type name or URI. */
  type: string;
};

export type InteractionTypeInput = {
  /** Kept for Customer Insights definitions (ApiEntitySetName); no rule here reads it. */
  apiEntitySetName?: string | null | undefined;
  attributes?: Array<AttributeTypeInput> | null | undefined;
  customAttributes?: Array<CustomAttributeInput> | null | undefined;
  /** Source name or URI. */
  defaultSource?: string | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  /** What becomes of attributes the type does not define; default STRICT. */
  enforcement?: Enforcement | null | undefined;
  /**
   * The interaction type (name or URI) this one extends: its attributes and participants are this
   * type's too (they cannot be redefined here), and a filter on it selects this type's
   * interactions. Cannot change while this type or one extending it has interactions.
   */
  extends?: string | null | undefined;
  /**
   * Attributes (single-valued, not hidden) whose values together identify an interaction of
   * the type when no crosswalk is given (see `createInteractions`). Changing them while the
   * type has interactions needs `rekey`.
   */
  idAttributes?: Array<string> | null | undefined;
  images?: TypeImagesInput | null | undefined;
  label?: string | null | undefined;
  localizedAttributes?: Array<LocalizedAttributeInput> | null | undefined;
  /** Default false: interactions of the type are immutable events. */
  mutable?: boolean | null | undefined;
  name: string;
  participants?: Array<ParticipantInput> | null | undefined;
  primaryParticipant?: string | null | undefined;
  schemaItemTypeLink?: string | null | undefined;
  timestampAttribute?: string | null | undefined;
  /** Which timestamps are plausible; each field defaults as TimestampRules says. */
  timestampRules?: TimestampRulesInput | null | undefined;
  /**
   * MXO touchpoint / interaction point URIs (such as api://my.touchpoint/customer/interaction)
   * whose events are recorded as interactions of this type (see `trackInteractions`), each
   * unique in the tenant. The visitor is a member of the primary participant (or of the only
   * participant), which a type with touchpoints must have.
   */
  touchpoints?: Array<string> | null | undefined;
};

export type LocalizedAttributeInput = {
  name: string;
  texts: Array<LocalizedTextInput>;
};

export type LocalizedTextInput = {
  locale: string;
  text: string;
};

export type MemberGroupInput = {
  members: Array<MemberInput>;
  /** Participant name (e.g. Chefs) or URI. */
  participant: string;
};

export type MemberInput = {
  /**
   * A visitor not known yet (an MXO tid, a device or cookie id; 1 to 200 characters): the first
   * reference creates an anonymous profile, an entity of the tenant's type with
   * `anonymousProfiles` (which the participant must allow, else ANONYMOUS_MEMBERS_NOT_CONFIGURED);
   * later ones find it; once identified (identify), the id is the customer.
   */
  anonymousId?: string | null | undefined;
  /** Crosswalks of an existing entity (any one identifies it); or give `objectURI` or `anonymousId`. */
  crosswalks?: Array<CrosswalkInput> | null | undefined;
  /** An existing entity's URI; or give `crosswalks` or `anonymousId`. */
  objectURI?: string | null | undefined;
};

export type ParticipantInput = {
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  /** Entity type names or URIs a member may be; empty or absent for any. */
  entityTypes?: Array<string> | null | undefined;
  label?: string | null | undefined;
  mapping?: ParticipantMappingInput | null | undefined;
  /** Default unbounded. */
  maxOccurs?: number | null | undefined;
  /** Default 0. */
  minOccurs?: number | null | undefined;
  name: string;
  role?: string | null | undefined;
};

export type ParticipantMappingInput = {
  /** Entity type name or URI of the members it finds. */
  entityType: string;
  /** At least one pair; a member must match every pair. */
  properties: Array<PropertyReferenceInput>;
};

/** One pair of a property mapping. */
export type PropertyReferenceInput = {
  /** An attribute of the mapping's entity type (profilePropertyName). */
  entityAttribute: string;
  /** An attribute of the interaction type (Customer Insights' interactionPropertyName). */
  interactionAttribute: string;
};

export type ResultStatus =
  | 'FAILED'
  | 'OK';

/**
 * What a credential may do. Each role includes the ones above it in this list: a WRITER also
 * reads, an ADMIN also writes.
 */
export type Role =
  /** Also changes the tenant's configuration and manages its API keys. */
  | 'ADMIN'
  /** Also provisions tenants; an ADMIN of every tenant its credential names (or of all). */
  | 'OPERATOR'
  /** Reads configuration, entities and interactions. */
  | 'READER'
  /** Also creates, updates and deletes entities and interactions. */
  | 'WRITER';

export type Severity =
  | 'ERROR'
  | 'WARNING';

export type SourceInput = {
  isDefault?: boolean | null | undefined;
  label?: string | null | undefined;
  name: string;
};

/** What becomes of an input whose timestamp breaks the type's timestamp rules. */
export type TimestampAction =
  /** The input fails (TIMESTAMP_OUT_OF_RANGE, 2121). */
  | 'REFUSE'
  /** It is stored as given, with a warning (TIMESTAMP_IMPLAUSIBLE, 2122). */
  | 'WARN';

export type TimestampOrder =
  /** Oldest first. */
  | 'ASC'
  /** Newest first. */
  | 'DESC';

export type TimestampRulesInput = {
  /** Default REFUSE. */
  action?: TimestampAction | null | undefined;
  /** Default 1900-01-01T00:00:00Z. */
  horizon?: number | string | null | undefined;
  /** 0 or more; default 86400. */
  maxFutureSeconds?: number | null | undefined;
};

export type TypeImagesInput = {
  large?: string | null | undefined;
  medium?: string | null | undefined;
  small?: string | null | undefined;
};

export type AccessCreateEntitiesMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type AccessCreateEntitiesMutation = { createEntities: Array<{ status: ResultStatus, uri: string | null }> };

export type AccessMergeConfigurationMutationVariables = Exact<{
  input: ConfigurationInput;
}>;


export type AccessMergeConfigurationMutation = { applyConfiguration: { ok: boolean } };

export type AccessCreateTenantMutationVariables = Exact<{
  id: string;
}>;


export type AccessCreateTenantMutation = { createTenant: { created: boolean, tenant: { id: string, configurationVersion: number } } };

export type AccessSourceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSourceNamesQuery = { sources: Array<{ name: string }> };

export type AccessApiKeyIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeyIdsQuery = { apiKeys: Array<{ id: string }> };

export type AccessTenantIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTenantIdsQuery = { tenants: Array<{ id: string }> };

export type AccessEntityCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessEntityCountQuery = { entities: { totalCount: number } };

export type AccessReaderOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessReaderOverviewQuery = { sources: Array<{ name: string }>, entities: { totalCount: number } };

export type AccessDeleteAmaSourceMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessDeleteAmaSourceMutation = { deleteSource: { ok: boolean } };

export type AccessEntitiesAndSourceMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type AccessEntitiesAndSourceMutation = { createEntities: Array<{ status: ResultStatus }>, createSource: { ok: boolean } };

export type AccessSourceInFragmentMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessSourceInFragmentMutation = { x: { ok: boolean } };

export type AccessAliasedSourceCreationFragment = { x: { ok: boolean } };

export type AccessRoleWithOptionalApiKeysQueryVariables = Exact<{
  show?: boolean;
}>;


export type AccessRoleWithOptionalApiKeysQuery = { apiKeys?: Array<{ id: string }>, viewer: { role: Role } };

export type AccessCreatedByMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type AccessCreatedByMutation = { createEntities: Array<{ object: { createdBy: string, updatedBy: string } | null }> };

export type AccessFreshTenantSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessFreshTenantSourcesQuery = { sources: Array<{ name: string, isDefault: boolean }> };

export type AccessOperatorViewerAndLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOperatorViewerAndLimitsQuery = { viewer: { subject: string, role: Role, tenant: string | null }, limits: { maxBatchSize: number } };

export type AccessDevelopmentViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessDevelopmentViewerQuery = { viewer: { subject: string, role: Role, tenant: string | null, credential: CredentialKind }, interactionTypes: Array<{ name: string }> };

export type AccessViewerSubjectQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerSubjectQuery = { viewer: { subject: string } };

export type AccessTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTypenameQuery = { __typename: 'Query' };

export type CredentialsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsViewerQuery = { viewer: { subject: string, role: Role, tenant: string | null, credential: CredentialKind } };

export type CredentialsCreateApiKeyMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type CredentialsCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, role: Role, tenant: string | null, createdBy: string, revokedTime: number | null, lastUsedTime: number | null } } };

export type CredentialsRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type CredentialsRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedTime: number | null } };

export type CredentialsListedApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsListedApiKeysQuery = { apiKeys: Array<{ id: string, name: string, role: Role }> };

export type CredentialsOtherTenantApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialsOtherTenantApiKeysQuery = { apiKeys: Array<{ id: string }> };

export type BrowserAppSeedLunchesMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type BrowserAppSeedLunchesMutation = { createInteractions: Array<{ uri: string | null, status: ResultStatus }> };

export type ConfigurationWholeReadQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationWholeReadQuery = { configurationVersion: number, sources: Array<{ uri: string, name: string, label: string | null, isDefault: boolean }>, entityTypes: Array<{ uri: string, name: string, label: string | null, labelAttribute: string | null, displayName: Array<{ locale: string, text: string }>, attributes: Array<{ uri: string, name: string, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean }> }>, interactionTypes: Array<{ uri: string, name: string, label: string | null, idAttributes: Array<string>, timestampAttribute: string | null, mutable: boolean, primaryParticipant: string | null, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }>, defaultSource: { uri: string } | null, attributes: Array<{ uri: string, name: string, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean }>, participants: Array<{ uri: string, name: string, role: string | null, minOccurs: number, maxOccurs: number | null, entityTypes: Array<{ uri: string }>, mapping: { entityType: { uri: string }, properties: Array<{ interactionAttribute: string, entityAttribute: string }> } | null }> }> };

export type ConfigurationApplyDocumentMutationVariables = Exact<{
  input: ConfigurationInput;
  mode: ApplyMode;
}>;


export type ConfigurationApplyDocumentMutation = { applyConfiguration: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, message: string, path: Array<string> }> } };

export type ConfigurationDemoTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationDemoTypesQuery = { interactionType: { participants: Array<{ uri: string, entityTypes: Array<{ uri: string }>, mapping: { entityType: { uri: string }, properties: Array<{ interactionAttribute: string, entityAttribute: string }> } | null }> } | null, lunch: { primaryParticipant: string | null, displayName: Array<{ locale: string, text: string }>, participants: Array<{ name: string, minOccurs: number, maxOccurs: number | null }> } | null, source: { name: string, isDefault: boolean } | null };

export type ConfigurationChangeMeetingMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationChangeMeetingMutation = { updateInteractionType: { ok: boolean, errors: Array<{ name: string }> }, deleteInteractionType: { ok: boolean } };

export type ConfigurationMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationMeetingQuery = { interactionTypes: Array<{ name: string }>, meeting: { label: string | null, attributes: Array<{ name: string }> } | null };

export type ConfigurationLunchNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationLunchNameQuery = { interactionType: { name: string } | null };

export type ConfigurationCreateEachKindMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationCreateEachKindMutation = { createSource: { ok: boolean, source: { uri: string, name: string, label: string | null, isDefault: boolean } | null }, createEntityType: { ok: boolean, entityType: { uri: string, labelAttribute: string | null, attributes: Array<{ uri: string, name: string, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean }> } | null }, createInteractionType: { ok: boolean, configurationVersion: number, interactionType: { uri: string, idAttributes: Array<string>, timestampAttribute: string | null, displayName: Array<{ locale: string, text: string }>, defaultSource: { uri: string } | null, participants: Array<{ uri: string, minOccurs: number, maxOccurs: number | null, entityTypes: Array<{ uri: string }> }> } | null } };

export type ConfigurationMakeSalesforceDefaultMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationMakeSalesforceDefaultMutation = { updateSource: { ok: boolean } };

export type ConfigurationSourceDefaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationSourceDefaultsQuery = { sources: Array<{ name: string, isDefault: boolean }> };

export type ConfigurationRemoveEachKindMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationRemoveEachKindMutation = { deleteInteractionType: { ok: boolean }, deleteEntityType: { ok: boolean }, deleteSource: { ok: boolean } };

export type ConfigurationVersionAndNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationVersionAndNamesQuery = { configurationVersion: number, sources: Array<{ name: string }>, entityTypes: Array<{ name: string }>, interactionTypes: Array<{ name: string }> };

export type ConfigurationSourceAndInteractionTypeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationSourceAndInteractionTypeNamesQuery = { sources: Array<{ name: string }>, interactionTypes: Array<{ name: string }> };

export type ConfigurationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationNamesQuery = { sources: Array<{ name: string }>, entityTypes: Array<{ name: string }>, interactionTypes: Array<{ name: string }> };

export type ConfigurationLunchLabelQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationLunchLabelQuery = { configurationVersion: number, interactionType: { label: string | null } | null };

export type ConfigurationUpdateLunchMutationVariables = Exact<{
  input: InteractionTypeInput;
}>;


export type ConfigurationUpdateLunchMutation = { updateInteractionType: { ok: boolean } };

export type ConfigurationVersionOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationVersionOnlyQuery = { configurationVersion: number };

export type ConfigurationCreateNamedSourceMutationVariables = Exact<{
  name: string;
}>;


export type ConfigurationCreateNamedSourceMutation = { createSource: { ok: boolean, errors: Array<{ name: string }> } };

export type ConfigurationVersionAndSourceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationVersionAndSourceNamesQuery = { configurationVersion: number, sources: Array<{ name: string }> };

export type ConfigurationErrorCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationErrorCodesQuery = { errorCodes: Array<{ code: number, name: string, severity: Severity, description: string }> };

export type CustomerInsightsApplyMutationVariables = Exact<{
  input: ConfigurationInput;
}>;


export type CustomerInsightsApplyMutation = { applyConfiguration: { ok: boolean, errors: Array<{ name: string, path: Array<string>, message: string }> } };

export type CustomerInsightsImportMutationVariables = Exact<{
  definitions: string;
}>;


export type CustomerInsightsImportMutation = { importCustomerInsightsDefinitions: { ok: boolean, changed: boolean, notes: Array<string>, errors: Array<{ name: string, path: Array<string>, message: string }> } };

export type CustomerInsightsFieldTraitsQueryVariables = Exact<{
  uri: string;
}>;


export type CustomerInsightsFieldTraitsQuery = { interactionType: { attributes: Array<{ name: string, isName: boolean, localizedString: boolean }> } | null };

export type CustomerInsightsTypeQueryVariables = Exact<{
  uri: string;
}>;


export type CustomerInsightsTypeQuery = { interactionType: { name: string, mutable: boolean, idAttributes: Array<string>, timestampAttribute: string | null, primaryParticipant: string | null, apiEntitySetName: string | null, images: { small: string | null, medium: string | null, large: string | null } | null, attributes: Array<{ name: string, valueType: AttributeValueType, required: boolean, multiValued: boolean, allowedValues: Array<string> | null, flagEnum: boolean }>, participants: Array<{ name: string, entityTypes: Array<{ name: string }>, mapping: { entityType: { name: string }, properties: Array<{ interactionAttribute: string, entityAttribute: string }> } | null }> } | null };

export type CustomerInsightsContactsMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type CustomerInsightsContactsMutation = { createEntities: Array<{ uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, path: Array<string>, message: string }> }> };

export type CustomerInsightsInteractionMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type CustomerInsightsInteractionMutation = { createInteractions: Array<{ status: ResultStatus, errors: Array<{ code: number, name: string }>, object: { timestamp: number, members: Array<{ participant: { name: string }, members: Array<{ objectURI: string }> }> } | null }> };

export type EntitiesTotalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesTotalCountQuery = { entities: { totalCount: number } };

export type EntitiesHiddenAttributesAndByCrosswalkQueryVariables = Exact<{
  uri: string;
}>;


export type EntitiesHiddenAttributesAndByCrosswalkQuery = { entity: { label: string | null, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }> } | null, byCrosswalk: { uri: string } | null };

export type EntitiesCrosswalksQueryVariables = Exact<{
  uri: string;
}>;


export type EntitiesCrosswalksQuery = { entity: { crosswalks: Array<{ value: string, source: { uri: string } }> } | null };

export type EntitiesUpdateMutationVariables = Exact<{
  uri: string;
  attributes?: Array<AttributeInput> | AttributeInput | null | undefined;
  add?: Array<CrosswalkInput> | CrosswalkInput | null | undefined;
  remove?: Array<CrosswalkInput> | CrosswalkInput | null | undefined;
}>;


export type EntitiesUpdateMutation = { updateEntity: { status: ResultStatus, errors: Array<{ name: string, path: Array<string> }>, object: { label: string | null, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, crosswalks: Array<{ value: string }> } | null } };

export type EntitiesLabelAndCrosswalksQueryVariables = Exact<{
  uri: string;
}>;


export type EntitiesLabelAndCrosswalksQuery = { entity: { label: string | null, crosswalks: Array<{ value: string }> } | null };

export type EntitiesRenameMutationVariables = Exact<{
  uri: string;
  name: string | number | boolean;
}>;


export type EntitiesRenameMutation = { updateEntity: { status: ResultStatus } };

export type EntitiesLabelAndAttributesQueryVariables = Exact<{
  uri: string;
}>;


export type EntitiesLabelAndAttributesQuery = { entity: { label: string | null, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }> } | null };

export type EntitiesDeleteMutationVariables = Exact<{
  uris: Array<string> | string;
}>;


export type EntitiesDeleteMutation = { deleteEntities: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string }> }> };

export type EntitiesListPageQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesListPageQuery = { entities: { totalCount: number, nodes: Array<{ label: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EntitiesOtherTenantLookupsQueryVariables = Exact<{
  uri: string;
}>;


export type EntitiesOtherTenantLookupsQuery = { entity: { uri: string } | null, entityByCrosswalk: { uri: string } | null, entities: { totalCount: number } };

export type EntitiesLookupLabelFragment = { label: string | null };

export type EntitiesRaceOutcomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesRaceOutcomeQuery = { entityByCrosswalk: { uri: string } | null, entities: { totalCount: number } };

export type ConfigurationRulesPayloadFragment = { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> };

export type ConfigurationRulesApplyMutationVariables = Exact<{
  input: ConfigurationInput;
  mode?: ApplyMode;
  allowImmutableToMutable?: boolean;
}>;


export type ConfigurationRulesApplyMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesCreateSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type ConfigurationRulesCreateSourceMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesUpdateSourceMutationVariables = Exact<{
  uri: string;
  input: SourceInput;
}>;


export type ConfigurationRulesUpdateSourceMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesDeleteSourceMutationVariables = Exact<{
  uri: string;
}>;


export type ConfigurationRulesDeleteSourceMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesCreateEntityTypeMutationVariables = Exact<{
  input: EntityTypeInput;
}>;


export type ConfigurationRulesCreateEntityTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesUpdateEntityTypeMutationVariables = Exact<{
  uri: string;
  input: EntityTypeInput;
}>;


export type ConfigurationRulesUpdateEntityTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesDeleteEntityTypeMutationVariables = Exact<{
  uri: string;
}>;


export type ConfigurationRulesDeleteEntityTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesCreateInteractionTypeMutationVariables = Exact<{
  input: InteractionTypeInput;
}>;


export type ConfigurationRulesCreateInteractionTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesUpdateInteractionTypeMutationVariables = Exact<{
  uri: string;
  input: InteractionTypeInput;
  allowImmutableToMutable?: boolean;
}>;


export type ConfigurationRulesUpdateInteractionTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesDeleteInteractionTypeMutationVariables = Exact<{
  uri: string;
}>;


export type ConfigurationRulesDeleteInteractionTypeMutation = { result: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string> }> } };

export type ConfigurationRulesAttributeFragment = { uri: string, name: string, label: string | null, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }> };

export type ConfigurationRulesReadQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigurationRulesReadQuery = { configurationVersion: number, sources: Array<{ uri: string, name: string, label: string | null, isDefault: boolean }>, entityTypes: Array<{ uri: string, name: string, label: string | null, labelAttribute: string | null, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }>, attributes: Array<{ uri: string, name: string, label: string | null, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }> }> }>, interactionTypes: Array<{ uri: string, name: string, label: string | null, idAttributes: Array<string>, timestampAttribute: string | null, mutable: boolean, primaryParticipant: string | null, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }>, attributes: Array<{ uri: string, name: string, label: string | null, valueType: AttributeValueType, required: boolean, multiValued: boolean, hidden: boolean, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }> }>, participants: Array<{ uri: string, name: string, label: string | null, role: string | null, minOccurs: number, maxOccurs: number | null, displayName: Array<{ locale: string, text: string }>, description: Array<{ locale: string, text: string }>, entityTypes: Array<{ uri: string, name: string }>, mapping: { entityType: { uri: string, name: string }, properties: Array<{ interactionAttribute: string, entityAttribute: string }> } | null }>, defaultSource: { uri: string, name: string, isDefault: boolean } | null }> };

export type DedupKeysUpdateTypeMutationVariables = Exact<{
  uri: string;
  input: InteractionTypeInput;
  rekey: boolean;
}>;


export type DedupKeysUpdateTypeMutation = { updateInteractionType: { ok: boolean, changed: boolean, configurationVersion: number, errors: Array<{ code: number, name: string, message: string, path: Array<string> }> } };

export type DedupKeysApplyMutationVariables = Exact<{
  input: ConfigurationInput;
  rekey: boolean;
}>;


export type DedupKeysApplyMutation = { applyConfiguration: { ok: boolean, changed: boolean, configurationVersion: number, notes: Array<string>, errors: Array<{ code: number, name: string, message: string, path: Array<string> }> } };

export type DedupKeysStateQueryVariables = Exact<{ [key: string]: never; }>;


export type DedupKeysStateQuery = { configurationVersion: number, interactionType: { idAttributes: Array<string> } | null };

export type ApplyDemoConfigurationMutationVariables = Exact<{
  input: ConfigurationInput;
}>;


export type ApplyDemoConfigurationMutation = { applyConfiguration: { ok: boolean } };

export type CreateEntitiesMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateEntitiesMutation = { createEntities: Array<{ index: number, uri: string | null, status: ResultStatus, successful: boolean, errors: Array<{ code: number, name: string, message: string, path: Array<string> }>, object: { uri: string, label: string | null, createdBy: string, type: { uri: string }, attributes: Array<{ name: string, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, source: { uri: string } }> } | null }> };

export type InteractionFieldsFragment = { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, participant: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> };

export type CreateInteractionsMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateInteractionsMutation = { createInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, successful: boolean, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string>, existingUri: string | null, identicalToExisting: boolean | null }>, warnings: Array<{ code: number, name: string, severity: Severity, message: string, path: Array<string> }>, object: { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, participant: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> } | null }> };

export type ReadInteractionQueryVariables = Exact<{
  uri: string;
}>;


export type ReadInteractionQuery = { interaction: { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, participant: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> } | null };

export type ReadInteractionByCrosswalkQueryVariables = Exact<{
  source: string;
  value: string;
}>;


export type ReadInteractionByCrosswalkQuery = { interactionByCrosswalk: { uri: string, crosswalks: Array<{ value: string, source: { uri: string } }> } | null };

export type ApplyConfigurationMutationVariables = Exact<{
  input: ConfigurationInput;
  mode: ApplyMode;
}>;


export type ApplyConfigurationMutation = { applyConfiguration: { ok: boolean, errors: Array<{ code: number, name: string, message: string, path: Array<string> }> } };

export type TenantSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSnapshotQuery = { configurationVersion: number, sources: Array<{ uri: string, name: string, label: string | null, isDefault: boolean }>, interactionTypes: Array<{ uri: string, name: string, mutable: boolean, participants: Array<{ uri: string }> }>, entities: { totalCount: number, nodes: Array<{ uri: string, label: string | null, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, interactions: { totalCount: number, edges: Array<{ cursor: string, participants: Array<{ uri: string }>, node: { uri: string } }> } }> }, interactions: { totalCount: number, nodes: Array<{ uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, participant: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> }> } };

export type IdempotencyRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyRetentionQuery = { limits: { idempotencyRetentionSeconds: number } };

export type IdempotencyCreateApiKeyMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type IdempotencyCreateApiKeyMutation = { createApiKey: { key: string } };

export type CreateBatchesAttributeVisibilityQueryVariables = Exact<{
  uri: string;
}>;


export type CreateBatchesAttributeVisibilityQuery = { interaction: { default: Array<{ name: string }>, shown: Array<{ name: string, values: Array<{ uri: string, value: string | number | boolean }> }>, hiddenOff: Array<{ name: string }> } | null };

export type CreateTolerantlyMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateTolerantlyMutation = { createInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string, path: Array<string> }> }> };

export type CreateTwoTolerantlyMutationVariables = Exact<{
  first: InteractionInput;
  second: InteractionInput;
}>;


export type CreateTwoTolerantlyMutation = { createInteractions: Array<{ index: number, status: ResultStatus, errors: Array<{ name: string, path: Array<string> }> }> };

export type CreateEntitiesTolerantlyMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateEntitiesTolerantlyMutation = { createEntities: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string, path: Array<string>, existingUri: string | null }> }> };

export type DeleteTolerantlyMutationVariables = Exact<{
  uris: Array<string> | string;
}>;


export type DeleteTolerantlyMutation = { deleteInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ name: string, path: Array<string> }> }> };

export type SupportCasesByPriorityQueryVariables = Exact<{
  value: string | number | boolean;
}>;


export type SupportCasesByPriorityQuery = { interactions: { totalCount: number } };

export type MemberOfWrongTypeMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type MemberOfWrongTypeMutation = { createInteractions: Array<{ errors: Array<{ name: string, message: string }> }> };

export type InteractionsReadTimelineNodeFragment = { uri: string, timestamp: number };

export type InteractionsReadTimelinePageQueryVariables = Exact<{
  uri: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: TimestampOrder | null | undefined;
  filter?: InteractionFilter | null | undefined;
}>;


export type InteractionsReadTimelinePageQuery = { entity: { interactions: { totalCount: number, edges: Array<{ cursor: string, node: { uri: string, timestamp: number }, participants: Array<{ name: string }> }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type InteractionsReadTimelineMemberUrisQueryVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadTimelineMemberUrisQuery = { entity: { interactions: { nodes: Array<{ uri: string, members: Array<{ members: Array<{ objectURI: string }> }> }> } } | null };

export type InteractionsReadTimelineMemberLabelsQueryVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadTimelineMemberLabelsQuery = { entity: { interactions: { edges: Array<{ participants: Array<{ name: string }>, node: { uri: string, members: Array<{ members: Array<{ objectURI: string, label: string | null }> }> } }> } } | null };

export type InteractionsReadFilteredListQueryVariables = Exact<{
  filter?: InteractionFilter | null | undefined;
}>;


export type InteractionsReadFilteredListQuery = { interactions: { totalCount: number, nodes: Array<{ timestamp: number, type: { name: string } }> } };

export type InteractionsReadUnknownTypeFilterQueryVariables = Exact<{ [key: string]: never; }>;


export type InteractionsReadUnknownTypeFilterQuery = { interactions: { totalCount: number } };

export type InteractionsReadDeepPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type InteractionsReadDeepPageQuery = { interactions: { totalCount: number, nodes: Array<{ uri: string, timestamp: number, type: { name: string, participants: Array<{ name: string }> }, crosswalks: Array<{ value: string, source: { name: string } }>, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, members: Array<{ participant: { name: string }, members: Array<{ objectURI: string, label: string | null, type: string, entity: { uri: string, label: string | null, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, crosswalks: Array<{ value: string }> } }> }> }> } };

export type InteractionsReadDeleteMutationVariables = Exact<{
  uris: Array<string> | string;
}>;


export type InteractionsReadDeleteMutation = { deleteInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ name: string }> }> };

export type InteractionsReadDeletedLookupsQueryVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadDeletedLookupsQuery = { interaction: { uri: string } | null, interactionByCrosswalk: { uri: string } | null };

export type InteractionsReadUpdateMutationVariables = Exact<{
  uri: string;
  changes: InteractionChanges;
}>;


export type InteractionsReadUpdateMutation = { updateInteraction: { uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, path: Array<string> }>, object: { timestamp: number, createdTime: number, updatedTime: number, updatedBy: string, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, members: Array<{ participant: { name: string }, members: Array<{ objectURI: string }> }>, crosswalks: Array<{ value: string }> } | null } };

export type InteractionsReadTimestampAndAttributesQueryVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadTimestampAndAttributesQuery = { interaction: { timestamp: number, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }> } | null };

export type InteractionsReadUpdateStatusMutationVariables = Exact<{
  uri: string;
  changes: InteractionChanges;
}>;


export type InteractionsReadUpdateStatusMutation = { updateInteraction: { status: ResultStatus, errors: Array<{ name: string }> } };

export type InteractionsReadAttributesAndMembersQueryVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadAttributesAndMembersQuery = { interaction: { attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, members: Array<{ members: Array<{ objectURI: string }> }> } | null };

export type InteractionsReadChangeCaseNumberMutationVariables = Exact<{
  uri: string;
}>;


export type InteractionsReadChangeCaseNumberMutation = { updateInteraction: { status: ResultStatus, errors: Array<{ code: number, name: string }> } };

export type InteractionsReadCaseByCrosswalkQueryVariables = Exact<{ [key: string]: never; }>;


export type InteractionsReadCaseByCrosswalkQuery = { interactionByCrosswalk: { attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }> } | null };

export type InteractionsReadHiddenAttributesQueryVariables = Exact<{
  uri: string;
  entity: string;
}>;


export type InteractionsReadHiddenAttributesQuery = { interaction: { attributes: Array<{ name: string }>, all: Array<{ name: string, values: Array<{ value: string | number | boolean }> }> } | null, interactions: { nodes: Array<{ attributes: Array<{ name: string }> }> }, entity: { interactions: { nodes: Array<{ attributes: Array<{ name: string }> }> } } | null };

export type LimitsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTypenameQuery = { __typename: 'Query' };

export type LimitsIntrospectionQueryTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsIntrospectionQueryTypeQuery = { __schema: { queryType: { name: string | null } } };

export type LimitsAdvertisedQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsAdvertisedQuery = { limits: { maxBatchSize: number, maxValuesPerAttribute: number, maxMembersPerParticipant: number, maxCrosswalksPerObject: number, maxRequestValues: number, maxBodyBytes: number, maxDepth: number, maxAliases: number, maxTokens: number, maxCost: number, maxPageSize: number, rateLimitRequests: number, rateLimitWindowSeconds: number } };

export type LimitsCreateAndDeleteInteractionsMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
  uris: Array<string> | string;
}>;


export type LimitsCreateAndDeleteInteractionsMutation = { createInteractions: Array<{ status: ResultStatus }>, deleteInteractions: Array<{ status: ResultStatus }> };

export type LimitsCreateInteractionsWithValueErrorsMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type LimitsCreateInteractionsWithValueErrorsMutation = { createInteractions: Array<{ status: ResultStatus, errors: Array<{ code: number, name: string, path: Array<string>, message: string }> }> };

export type LimitsCreateEntityStatusesMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type LimitsCreateEntityStatusesMutation = { createEntities: Array<{ status: ResultStatus }> };

export type LimitsCreateInteractionStatusesMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type LimitsCreateInteractionStatusesMutation = { createInteractions: Array<{ status: ResultStatus }> };

export type LimitsCreateInteractionErrorMessagesMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type LimitsCreateInteractionErrorMessagesMutation = { createInteractions: Array<{ errors: Array<{ message: string }> }> };

export type LimitsInteractionTypeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsInteractionTypeNamesQuery = { interactionTypes: Array<{ name: string }> };

export type LimitsCreateInteractionsWithMemberErrorsMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type LimitsCreateInteractionsWithMemberErrorsMutation = { createInteractions: Array<{ status: ResultStatus, errors: Array<{ code: number, message: string, path: Array<string> }> }> };

export type LimitsCreateEntitiesWithErrorsMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type LimitsCreateEntitiesWithErrorsMutation = { createEntities: Array<{ uri: string | null, status: ResultStatus, errors: Array<{ code: number, message: string }> }> };

export type LimitsAddEntityCrosswalksMutationVariables = Exact<{
  uri: string;
  add?: Array<CrosswalkInput> | CrosswalkInput | null | undefined;
}>;


export type LimitsAddEntityCrosswalksMutation = { updateEntity: { status: ResultStatus, errors: Array<{ code: number, message: string }> } };

export type LoaderFilesEntityUrisQueryVariables = Exact<{ [key: string]: never; }>;


export type LoaderFilesEntityUrisQuery = { entities: { nodes: Array<{ uri: string, crosswalks: Array<{ value: string }> }> } };

export type LoaderFilesStoredInteractionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoaderFilesStoredInteractionsQuery = { interactions: { nodes: Array<{ timestamp: number, type: { name: string }, attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, crosswalks: Array<{ value: string }>, members: Array<{ participant: { name: string }, members: Array<{ objectURI: string }> }> }> } };

export type ReadmeLunchQueryVariables = Exact<{
  source: string;
  value: string;
}>;


export type ReadmeLunchQuery = { interactionByCrosswalk: { attributes: Array<{ name: string, values: Array<{ value: string | number | boolean }> }>, members: Array<{ participant: { name: string }, members: Array<{ label: string | null }> }> } | null };

export type ReadmeOpenedEmailsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeOpenedEmailsQuery = { interactions: { edges: Array<{ node: { members: Array<{ members: Array<{ label: string | null }> }> } }> } };

export type MappingsApplyMutationVariables = Exact<{
  input: ConfigurationInput;
}>;


export type MappingsApplyMutation = { applyConfiguration: { ok: boolean, errors: Array<{ name: string, path: Array<string>, message: string }> } };

export type MappingsCreateGuestsMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
}>;


export type MappingsCreateGuestsMutation = { createEntities: Array<{ uri: string | null, status: ResultStatus }> };

export type MappingsVisitMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type MappingsVisitMutation = { createInteractions: Array<{ status: ResultStatus, errors: Array<{ code: number, name: string, path: Array<string>, message: string }>, object: { members: Array<{ participant: { name: string }, members: Array<{ objectURI: string }> }> } | null }> };

export type LegacyParticipantsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyParticipantsReadQuery = { interactionType: { primaryParticipant: string | null, participants: Array<{ uri: string, name: string, role: string | null, maxOccurs: number | null, entityTypes: Array<{ name: string }>, mapping: { entityType: { name: string }, properties: Array<{ interactionAttribute: string, entityAttribute: string }> } | null }> } | null, interaction: { members: Array<{ uri: string, participant: { name: string }, members: Array<{ objectURI: string }> }> } | null, entity: { interactions: { edges: Array<{ participants: Array<{ name: string }>, node: { uri: string } }> } } | null };

export type LegacyParticipantsCreateMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
}>;


export type LegacyParticipantsCreateMutation = { createInteractions: Array<{ status: ResultStatus, errors: Array<{ name: string }>, object: { members: Array<{ participant: { name: string }, members: Array<{ objectURI: string }> }> } | null }> };

export type QueryPlansEntityTimelinePageQueryVariables = Exact<{
  uri: string;
}>;


export type QueryPlansEntityTimelinePageQuery = { entity: { interactions: { nodes: Array<{ uri: string }> } } | null };

export type QueryPlansEntityTimelinePageAfterQueryVariables = Exact<{
  uri: string;
  after?: string | null | undefined;
}>;


export type QueryPlansEntityTimelinePageAfterQuery = { entity: { interactions: { pageInfo: { endCursor: string | null } } } | null };

export type QueryPlansLunchesInRangeQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryPlansLunchesInRangeQuery = { interactions: { nodes: Array<{ uri: string }> } };

export type QueryPlansRekeyExhibitionsMutationVariables = Exact<{
  input: InteractionTypeInput;
}>;


export type QueryPlansRekeyExhibitionsMutation = { updateInteractionType: { ok: boolean, changed: boolean } };

export type ServiceTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceTypenameQuery = { __typename: 'Query' };

export type ServiceTenantConfigurationQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceTenantConfigurationQuery = { sources: Array<{ uri: string, name: string, isDefault: boolean }>, entityTypes: Array<{ uri: string }>, interactionTypes: Array<{ uri: string }> };

export type ServiceKnownAndUnknownSourceQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceKnownAndUnknownSourceQuery = { known: { name: string } | null, unknown: { name: string } | null };

export type ServiceSourceUrisQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSourceUrisQuery = { sources: Array<{ uri: string }> };

export type IsolationEntityTimelineFragment = { uri: string, interactions: { totalCount: number, nodes: Array<{ uri: string }> } };

export type IsolationInteractionMembersFragment = { uri: string, members: Array<{ members: Array<{ objectURI: string }> }> };

export type IsolationEntityUriFragment = { uri: string };

export type IsolationInteractionUriFragment = { uri: string };

export type IsolationEntityPageFragment = { totalCount: number, nodes: Array<{ uri: string }> };

export type IsolationInteractionPageFragment = { totalCount: number, nodes: Array<{ uri: string }> };

export type IsolationEntityChangeResultFragment = { index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string }>, object: { uri: string } | null };

export type IsolationInteractionChangeResultFragment = { index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string }>, object: { uri: string } | null };

export type IsolationTenantCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationTenantCursorsQuery = { entities: { edges: Array<{ cursor: string }> }, interactions: { edges: Array<{ cursor: string }> } };

export type IsolationDeleteInteractionsMutationVariables = Exact<{
  uris: Array<string> | string;
}>;


export type IsolationDeleteInteractionsMutation = { deleteInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string }> }> };

export type IsolationDeleteEntitiesMutationVariables = Exact<{
  uris: Array<string> | string;
}>;


export type IsolationDeleteEntitiesMutation = { deleteEntities: Array<{ index: number, uri: string | null, status: ResultStatus, errors: Array<{ code: number, name: string, message: string }> }> };

export type IsolationChangeOwnConfigurationMutationVariables = Exact<{ [key: string]: never; }>;


export type IsolationChangeOwnConfigurationMutation = { created: { ok: boolean, errors: Array<{ name: string, message: string }> }, updated: { ok: boolean, errors: Array<{ name: string, message: string }> } };

export type IsolationCreateWriterKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type IsolationCreateWriterKeyMutation = { createApiKey: { key: string } };

export type IsolationViewerTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationViewerTenantQuery = { viewer: { tenant: string | null } };

export type IsolationTenantOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationTenantOverviewQuery = { viewer: { tenant: string | null }, entities: { totalCount: number, nodes: Array<{ uri: string }> }, interactions: { totalCount: number, nodes: Array<{ uri: string }> } };

export type IsolationReadEntityUriQueryVariables = Exact<{
  uri: string;
}>;


export type IsolationReadEntityUriQuery = { entity: { uri: string } | null };

export type IsolationCreateSourceFromAMutationVariables = Exact<{ [key: string]: never; }>;


export type IsolationCreateSourceFromAMutation = { createSource: { ok: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccessAliasedSourceCreationFragmentDoc = new TypedDocumentString(`
    fragment AccessAliasedSourceCreation on Mutation {
  x: createSource(input: {name: "Sneaky"}) {
    ok
  }
}
    `, {"fragmentName":"AccessAliasedSourceCreation"}) as unknown as TypedDocumentString<AccessAliasedSourceCreationFragment, unknown>;
export const EntitiesLookupLabelFragmentDoc = new TypedDocumentString(`
    fragment EntitiesLookupLabel on Entity {
  label
}
    `, {"fragmentName":"EntitiesLookupLabel"}) as unknown as TypedDocumentString<EntitiesLookupLabelFragment, unknown>;
export const ConfigurationRulesPayloadFragmentDoc = new TypedDocumentString(`
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}
    `, {"fragmentName":"ConfigurationRulesPayload"}) as unknown as TypedDocumentString<ConfigurationRulesPayloadFragment, unknown>;
export const ConfigurationRulesAttributeFragmentDoc = new TypedDocumentString(`
    fragment ConfigurationRulesAttribute on AttributeType {
  uri
  name
  label
  displayName {
    locale
    text
  }
  description {
    locale
    text
  }
  valueType
  required
  multiValued
  hidden
}
    `, {"fragmentName":"ConfigurationRulesAttribute"}) as unknown as TypedDocumentString<ConfigurationRulesAttributeFragment, unknown>;
export const InteractionFieldsFragmentDoc = new TypedDocumentString(`
    fragment InteractionFields on Interaction {
  uri
  type {
    uri
  }
  timestamp
  createdTime
  updatedTime
  createdBy
  updatedBy
  attributes {
    name
    type {
      uri
    }
    values {
      uri
      value
    }
  }
  crosswalks {
    uri
    source {
      uri
    }
    value
    createdTime
  }
  members {
    uri
    participant {
      uri
      name
    }
    members {
      objectURI
      type
      label
    }
  }
}
    `, {"fragmentName":"InteractionFields"}) as unknown as TypedDocumentString<InteractionFieldsFragment, unknown>;
export const InteractionsReadTimelineNodeFragmentDoc = new TypedDocumentString(`
    fragment InteractionsReadTimelineNode on Interaction {
  uri
  timestamp
}
    `, {"fragmentName":"InteractionsReadTimelineNode"}) as unknown as TypedDocumentString<InteractionsReadTimelineNodeFragment, unknown>;
export const IsolationEntityTimelineFragmentDoc = new TypedDocumentString(`
    fragment IsolationEntityTimeline on Entity {
  uri
  interactions(first: 50) {
    totalCount
    nodes {
      uri
    }
  }
}
    `, {"fragmentName":"IsolationEntityTimeline"}) as unknown as TypedDocumentString<IsolationEntityTimelineFragment, unknown>;
export const IsolationInteractionMembersFragmentDoc = new TypedDocumentString(`
    fragment IsolationInteractionMembers on Interaction {
  uri
  members {
    members {
      objectURI
    }
  }
}
    `, {"fragmentName":"IsolationInteractionMembers"}) as unknown as TypedDocumentString<IsolationInteractionMembersFragment, unknown>;
export const IsolationEntityUriFragmentDoc = new TypedDocumentString(`
    fragment IsolationEntityUri on Entity {
  uri
}
    `, {"fragmentName":"IsolationEntityUri"}) as unknown as TypedDocumentString<IsolationEntityUriFragment, unknown>;
export const IsolationInteractionUriFragmentDoc = new TypedDocumentString(`
    fragment IsolationInteractionUri on Interaction {
  uri
}
    `, {"fragmentName":"IsolationInteractionUri"}) as unknown as TypedDocumentString<IsolationInteractionUriFragment, unknown>;
export const IsolationEntityPageFragmentDoc = new TypedDocumentString(`
    fragment IsolationEntityPage on EntityConnection {
  totalCount
  nodes {
    uri
  }
}
    `, {"fragmentName":"IsolationEntityPage"}) as unknown as TypedDocumentString<IsolationEntityPageFragment, unknown>;
export const IsolationInteractionPageFragmentDoc = new TypedDocumentString(`
    fragment IsolationInteractionPage on InteractionConnection {
  totalCount
  nodes {
    uri
  }
}
    `, {"fragmentName":"IsolationInteractionPage"}) as unknown as TypedDocumentString<IsolationInteractionPageFragment, unknown>;
export const IsolationEntityChangeResultFragmentDoc = new TypedDocumentString(`
    fragment IsolationEntityChangeResult on EntityResult {
  index
  uri
  status
  errors {
    code
    name
    message
  }
  object {
    uri
  }
}
    `, {"fragmentName":"IsolationEntityChangeResult"}) as unknown as TypedDocumentString<IsolationEntityChangeResultFragment, unknown>;
export const IsolationInteractionChangeResultFragmentDoc = new TypedDocumentString(`
    fragment IsolationInteractionChangeResult on InteractionResult {
  index
  uri
  status
  errors {
    code
    name
    message
  }
  object {
    uri
  }
}
    `, {"fragmentName":"IsolationInteractionChangeResult"}) as unknown as TypedDocumentString<IsolationInteractionChangeResultFragment, unknown>;
export const AccessCreateEntitiesDocument = new TypedDocumentString(`
    mutation AccessCreateEntities($entities: [EntityInput!]!) {
  createEntities(entities: $entities) {
    status
    uri
  }
}
    `) as unknown as TypedDocumentString<AccessCreateEntitiesMutation, AccessCreateEntitiesMutationVariables>;
export const AccessMergeConfigurationDocument = new TypedDocumentString(`
    mutation AccessMergeConfiguration($input: ConfigurationInput!) {
  applyConfiguration(input: $input, mode: MERGE) {
    ok
  }
}
    `) as unknown as TypedDocumentString<AccessMergeConfigurationMutation, AccessMergeConfigurationMutationVariables>;
export const AccessCreateTenantDocument = new TypedDocumentString(`
    mutation AccessCreateTenant($id: String!) {
  createTenant(id: $id) {
    created
    tenant {
      id
      configurationVersion
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreateTenantMutation, AccessCreateTenantMutationVariables>;
export const AccessSourceNamesDocument = new TypedDocumentString(`
    query AccessSourceNames {
  sources {
    name
  }
}
    `) as unknown as TypedDocumentString<AccessSourceNamesQuery, AccessSourceNamesQueryVariables>;
export const AccessApiKeyIdsDocument = new TypedDocumentString(`
    query AccessApiKeyIds {
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessApiKeyIdsQuery, AccessApiKeyIdsQueryVariables>;
export const AccessTenantIdsDocument = new TypedDocumentString(`
    query AccessTenantIds {
  tenants {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessTenantIdsQuery, AccessTenantIdsQueryVariables>;
export const AccessEntityCountDocument = new TypedDocumentString(`
    query AccessEntityCount {
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessEntityCountQuery, AccessEntityCountQueryVariables>;
export const AccessReaderOverviewDocument = new TypedDocumentString(`
    query AccessReaderOverview {
  sources {
    name
  }
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessReaderOverviewQuery, AccessReaderOverviewQueryVariables>;
export const AccessDeleteAmaSourceDocument = new TypedDocumentString(`
    mutation AccessDeleteAmaSource {
  deleteSource(uri: "configuration/sources/AMA") {
    ok
  }
}
    `) as unknown as TypedDocumentString<AccessDeleteAmaSourceMutation, AccessDeleteAmaSourceMutationVariables>;
export const AccessEntitiesAndSourceDocument = new TypedDocumentString(`
    mutation AccessEntitiesAndSource($entities: [EntityInput!]!) {
  createEntities(entities: $entities) {
    status
  }
  createSource(input: {name: "Sneaky"}) {
    ok
  }
}
    `) as unknown as TypedDocumentString<AccessEntitiesAndSourceMutation, AccessEntitiesAndSourceMutationVariables>;
export const AccessSourceInFragmentDocument = new TypedDocumentString(`
    mutation AccessSourceInFragment {
  ...AccessAliasedSourceCreation
}
    fragment AccessAliasedSourceCreation on Mutation {
  x: createSource(input: {name: "Sneaky"}) {
    ok
  }
}`) as unknown as TypedDocumentString<AccessSourceInFragmentMutation, AccessSourceInFragmentMutationVariables>;
export const AccessRoleWithOptionalApiKeysDocument = new TypedDocumentString(`
    query AccessRoleWithOptionalApiKeys($show: Boolean! = false) {
  apiKeys @include(if: $show) {
    id
  }
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AccessRoleWithOptionalApiKeysQuery, AccessRoleWithOptionalApiKeysQueryVariables>;
export const AccessCreatedByDocument = new TypedDocumentString(`
    mutation AccessCreatedBy($entities: [EntityInput!]!) {
  createEntities(entities: $entities) {
    object {
      createdBy
      updatedBy
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreatedByMutation, AccessCreatedByMutationVariables>;
export const AccessFreshTenantSourcesDocument = new TypedDocumentString(`
    query AccessFreshTenantSources {
  sources {
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<AccessFreshTenantSourcesQuery, AccessFreshTenantSourcesQueryVariables>;
export const AccessOperatorViewerAndLimitsDocument = new TypedDocumentString(`
    query AccessOperatorViewerAndLimits {
  viewer {
    subject
    role
    tenant
  }
  limits {
    maxBatchSize
  }
}
    `) as unknown as TypedDocumentString<AccessOperatorViewerAndLimitsQuery, AccessOperatorViewerAndLimitsQueryVariables>;
export const AccessDevelopmentViewerDocument = new TypedDocumentString(`
    query AccessDevelopmentViewer {
  viewer {
    subject
    role
    tenant
    credential
  }
  interactionTypes {
    name
  }
}
    `) as unknown as TypedDocumentString<AccessDevelopmentViewerQuery, AccessDevelopmentViewerQueryVariables>;
export const AccessViewerSubjectDocument = new TypedDocumentString(`
    query AccessViewerSubject {
  viewer {
    subject
  }
}
    `) as unknown as TypedDocumentString<AccessViewerSubjectQuery, AccessViewerSubjectQueryVariables>;
export const AccessTypenameDocument = new TypedDocumentString(`
    query AccessTypename {
  __typename
}
    `) as unknown as TypedDocumentString<AccessTypenameQuery, AccessTypenameQueryVariables>;
export const CredentialsViewerDocument = new TypedDocumentString(`
    query CredentialsViewer {
  viewer {
    subject
    role
    tenant
    credential
  }
}
    `) as unknown as TypedDocumentString<CredentialsViewerQuery, CredentialsViewerQueryVariables>;
export const CredentialsCreateApiKeyDocument = new TypedDocumentString(`
    mutation CredentialsCreateApiKey($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      name
      role
      tenant
      createdBy
      revokedTime
      lastUsedTime
    }
  }
}
    `) as unknown as TypedDocumentString<CredentialsCreateApiKeyMutation, CredentialsCreateApiKeyMutationVariables>;
export const CredentialsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation CredentialsRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedTime
  }
}
    `) as unknown as TypedDocumentString<CredentialsRevokeApiKeyMutation, CredentialsRevokeApiKeyMutationVariables>;
export const CredentialsListedApiKeysDocument = new TypedDocumentString(`
    query CredentialsListedApiKeys {
  apiKeys {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<CredentialsListedApiKeysQuery, CredentialsListedApiKeysQueryVariables>;
export const CredentialsOtherTenantApiKeysDocument = new TypedDocumentString(`
    query CredentialsOtherTenantApiKeys {
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<CredentialsOtherTenantApiKeysQuery, CredentialsOtherTenantApiKeysQueryVariables>;
export const BrowserAppSeedLunchesDocument = new TypedDocumentString(`
    mutation BrowserAppSeedLunches($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    uri
    status
  }
}
    `) as unknown as TypedDocumentString<BrowserAppSeedLunchesMutation, BrowserAppSeedLunchesMutationVariables>;
export const ConfigurationWholeReadDocument = new TypedDocumentString(`
    query ConfigurationWholeRead {
  configurationVersion
  sources {
    uri
    name
    label
    isDefault
  }
  entityTypes {
    uri
    name
    label
    displayName {
      locale
      text
    }
    labelAttribute
    attributes {
      uri
      name
      valueType
      required
      multiValued
      hidden
    }
  }
  interactionTypes {
    uri
    name
    label
    displayName {
      locale
      text
    }
    description {
      locale
      text
    }
    idAttributes
    timestampAttribute
    mutable
    primaryParticipant
    defaultSource {
      uri
    }
    attributes {
      uri
      name
      valueType
      required
      multiValued
      hidden
    }
    participants {
      uri
      name
      role
      minOccurs
      maxOccurs
      entityTypes {
        uri
      }
      mapping {
        entityType {
          uri
        }
        properties {
          interactionAttribute
          entityAttribute
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationWholeReadQuery, ConfigurationWholeReadQueryVariables>;
export const ConfigurationApplyDocumentDocument = new TypedDocumentString(`
    mutation ConfigurationApplyDocument($input: ConfigurationInput!, $mode: ApplyMode!) {
  applyConfiguration(input: $input, mode: $mode) {
    ok
    changed
    configurationVersion
    errors {
      code
      name
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationApplyDocumentMutation, ConfigurationApplyDocumentMutationVariables>;
export const ConfigurationDemoTypesDocument = new TypedDocumentString(`
    query ConfigurationDemoTypes {
  interactionType(uri: "configuration/interactionTypes/ExhibitionEvent") {
    participants {
      uri
      entityTypes {
        uri
      }
      mapping {
        entityType {
          uri
        }
        properties {
          interactionAttribute
          entityAttribute
        }
      }
    }
  }
  lunch: interactionType(uri: "configuration/interactionTypes/Lunch") {
    displayName {
      locale
      text
    }
    primaryParticipant
    participants {
      name
      minOccurs
      maxOccurs
    }
  }
  source(uri: "configuration/sources/Salesforce") {
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<ConfigurationDemoTypesQuery, ConfigurationDemoTypesQueryVariables>;
export const ConfigurationChangeMeetingDocument = new TypedDocumentString(`
    mutation ConfigurationChangeMeeting {
  updateInteractionType(
    uri: "configuration/interactionTypes/Meeting"
    input: {name: "Meeting", label: "Team meeting", attributes: [{name: "Agenda", valueType: STRING}]}
  ) {
    ok
    errors {
      name
    }
  }
  deleteInteractionType(uri: "configuration/interactionTypes/ExhibitionEvent") {
    ok
  }
}
    `) as unknown as TypedDocumentString<ConfigurationChangeMeetingMutation, ConfigurationChangeMeetingMutationVariables>;
export const ConfigurationMeetingDocument = new TypedDocumentString(`
    query ConfigurationMeeting {
  interactionTypes {
    name
  }
  meeting: interactionType(uri: "configuration/interactionTypes/Meeting") {
    label
    attributes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationMeetingQuery, ConfigurationMeetingQueryVariables>;
export const ConfigurationLunchNameDocument = new TypedDocumentString(`
    query ConfigurationLunchName {
  interactionType(uri: "configuration/interactionTypes/Lunch") {
    name
  }
}
    `) as unknown as TypedDocumentString<ConfigurationLunchNameQuery, ConfigurationLunchNameQueryVariables>;
export const ConfigurationCreateEachKindDocument = new TypedDocumentString(`
    mutation ConfigurationCreateEachKind {
  createSource(input: {name: "Salesforce", label: "SFDC"}) {
    ok
    source {
      uri
      name
      label
      isDefault
    }
  }
  createEntityType(
    input: {name: "Individual", attributes: [{name: "Name", valueType: STRING, required: true}], labelAttribute: "Name"}
  ) {
    ok
    entityType {
      uri
      labelAttribute
      attributes {
        uri
        name
        valueType
        required
        multiValued
        hidden
      }
    }
  }
  createInteractionType(
    input: {name: "Call", label: "Phone call", displayName: [{locale: "de-DE", text: "Anruf"}], attributes: [{name: "CallId", valueType: STRING, required: true}, {name: "At", valueType: TIMESTAMP}, {name: "Minutes", valueType: INTEGER}], participants: [{name: "Caller", entityTypes: ["configuration/entityTypes/Individual"], minOccurs: 1, maxOccurs: 1}], idAttributes: ["CallId"], timestampAttribute: "At", primaryParticipant: "Caller", defaultSource: "configuration/sources/Salesforce"}
  ) {
    ok
    configurationVersion
    interactionType {
      uri
      displayName {
        locale
        text
      }
      idAttributes
      timestampAttribute
      defaultSource {
        uri
      }
      participants {
        uri
        entityTypes {
          uri
        }
        minOccurs
        maxOccurs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationCreateEachKindMutation, ConfigurationCreateEachKindMutationVariables>;
export const ConfigurationMakeSalesforceDefaultDocument = new TypedDocumentString(`
    mutation ConfigurationMakeSalesforceDefault {
  updateSource(
    uri: "configuration/sources/Salesforce"
    input: {name: "Salesforce", label: "SFDC", isDefault: true}
  ) {
    ok
  }
}
    `) as unknown as TypedDocumentString<ConfigurationMakeSalesforceDefaultMutation, ConfigurationMakeSalesforceDefaultMutationVariables>;
export const ConfigurationSourceDefaultsDocument = new TypedDocumentString(`
    query ConfigurationSourceDefaults {
  sources {
    name
    isDefault
  }
}
    `) as unknown as TypedDocumentString<ConfigurationSourceDefaultsQuery, ConfigurationSourceDefaultsQueryVariables>;
export const ConfigurationRemoveEachKindDocument = new TypedDocumentString(`
    mutation ConfigurationRemoveEachKind {
  deleteInteractionType(uri: "configuration/interactionTypes/Call") {
    ok
  }
  deleteEntityType(uri: "configuration/entityTypes/Individual") {
    ok
  }
  deleteSource(uri: "configuration/sources/Default") {
    ok
  }
}
    `) as unknown as TypedDocumentString<ConfigurationRemoveEachKindMutation, ConfigurationRemoveEachKindMutationVariables>;
export const ConfigurationVersionAndNamesDocument = new TypedDocumentString(`
    query ConfigurationVersionAndNames {
  configurationVersion
  sources {
    name
  }
  entityTypes {
    name
  }
  interactionTypes {
    name
  }
}
    `) as unknown as TypedDocumentString<ConfigurationVersionAndNamesQuery, ConfigurationVersionAndNamesQueryVariables>;
export const ConfigurationSourceAndInteractionTypeNamesDocument = new TypedDocumentString(`
    query ConfigurationSourceAndInteractionTypeNames {
  sources {
    name
  }
  interactionTypes {
    name
  }
}
    `) as unknown as TypedDocumentString<ConfigurationSourceAndInteractionTypeNamesQuery, ConfigurationSourceAndInteractionTypeNamesQueryVariables>;
export const ConfigurationNamesDocument = new TypedDocumentString(`
    query ConfigurationNames {
  sources {
    name
  }
  entityTypes {
    name
  }
  interactionTypes {
    name
  }
}
    `) as unknown as TypedDocumentString<ConfigurationNamesQuery, ConfigurationNamesQueryVariables>;
export const ConfigurationLunchLabelDocument = new TypedDocumentString(`
    query ConfigurationLunchLabel {
  configurationVersion
  interactionType(uri: "configuration/interactionTypes/Lunch") {
    label
  }
}
    `) as unknown as TypedDocumentString<ConfigurationLunchLabelQuery, ConfigurationLunchLabelQueryVariables>;
export const ConfigurationUpdateLunchDocument = new TypedDocumentString(`
    mutation ConfigurationUpdateLunch($input: InteractionTypeInput!) {
  updateInteractionType(
    uri: "configuration/interactionTypes/Lunch"
    input: $input
  ) {
    ok
  }
}
    `) as unknown as TypedDocumentString<ConfigurationUpdateLunchMutation, ConfigurationUpdateLunchMutationVariables>;
export const ConfigurationVersionOnlyDocument = new TypedDocumentString(`
    query ConfigurationVersionOnly {
  configurationVersion
}
    `) as unknown as TypedDocumentString<ConfigurationVersionOnlyQuery, ConfigurationVersionOnlyQueryVariables>;
export const ConfigurationCreateNamedSourceDocument = new TypedDocumentString(`
    mutation ConfigurationCreateNamedSource($name: String!) {
  createSource(input: {name: $name}) {
    ok
    errors {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigurationCreateNamedSourceMutation, ConfigurationCreateNamedSourceMutationVariables>;
export const ConfigurationVersionAndSourceNamesDocument = new TypedDocumentString(`
    query ConfigurationVersionAndSourceNames {
  configurationVersion
  sources {
    name
  }
}
    `) as unknown as TypedDocumentString<ConfigurationVersionAndSourceNamesQuery, ConfigurationVersionAndSourceNamesQueryVariables>;
export const ConfigurationErrorCodesDocument = new TypedDocumentString(`
    query ConfigurationErrorCodes {
  errorCodes {
    code
    name
    severity
    description
  }
}
    `) as unknown as TypedDocumentString<ConfigurationErrorCodesQuery, ConfigurationErrorCodesQueryVariables>;
export const CustomerInsightsApplyDocument = new TypedDocumentString(`
    mutation CustomerInsightsApply($input: ConfigurationInput!) {
  applyConfiguration(input: $input, mode: MERGE) {
    ok
    errors {
      name
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsApplyMutation, CustomerInsightsApplyMutationVariables>;
export const CustomerInsightsImportDocument = new TypedDocumentString(`
    mutation CustomerInsightsImport($definitions: String!) {
  importCustomerInsightsDefinitions(definitions: $definitions) {
    ok
    changed
    notes
    errors {
      name
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsImportMutation, CustomerInsightsImportMutationVariables>;
export const CustomerInsightsFieldTraitsDocument = new TypedDocumentString(`
    query CustomerInsightsFieldTraits($uri: String!) {
  interactionType(uri: $uri) {
    attributes {
      name
      isName
      localizedString
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsFieldTraitsQuery, CustomerInsightsFieldTraitsQueryVariables>;
export const CustomerInsightsTypeDocument = new TypedDocumentString(`
    query CustomerInsightsType($uri: String!) {
  interactionType(uri: $uri) {
    name
    mutable
    idAttributes
    timestampAttribute
    primaryParticipant
    apiEntitySetName
    images {
      small
      medium
      large
    }
    attributes {
      name
      valueType
      required
      multiValued
      allowedValues
      flagEnum
    }
    participants {
      name
      entityTypes {
        name
      }
      mapping {
        entityType {
          name
        }
        properties {
          interactionAttribute
          entityAttribute
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsTypeQuery, CustomerInsightsTypeQueryVariables>;
export const CustomerInsightsContactsDocument = new TypedDocumentString(`
    mutation CustomerInsightsContacts($entities: [EntityInput!]!) {
  createEntities(entities: $entities, options: {returnObjects: false}) {
    uri
    status
    errors {
      code
      name
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsContactsMutation, CustomerInsightsContactsMutationVariables>;
export const CustomerInsightsInteractionDocument = new TypedDocumentString(`
    mutation CustomerInsightsInteraction($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    status
    errors {
      code
      name
    }
    object {
      timestamp
      members {
        participant {
          name
        }
        members {
          objectURI
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInsightsInteractionMutation, CustomerInsightsInteractionMutationVariables>;
export const EntitiesTotalCountDocument = new TypedDocumentString(`
    query EntitiesTotalCount {
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EntitiesTotalCountQuery, EntitiesTotalCountQueryVariables>;
export const EntitiesHiddenAttributesAndByCrosswalkDocument = new TypedDocumentString(`
    query EntitiesHiddenAttributesAndByCrosswalk($uri: String!) {
  entity(uri: $uri) {
    label
    attributes(includeHidden: true) {
      name
      values {
        value
      }
    }
  }
  byCrosswalk: entityByCrosswalk(source: "Salesforce", value: "EMP_600000") {
    uri
  }
}
    `) as unknown as TypedDocumentString<EntitiesHiddenAttributesAndByCrosswalkQuery, EntitiesHiddenAttributesAndByCrosswalkQueryVariables>;
export const EntitiesCrosswalksDocument = new TypedDocumentString(`
    query EntitiesCrosswalks($uri: String!) {
  entity(uri: $uri) {
    crosswalks {
      source {
        uri
      }
      value
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesCrosswalksQuery, EntitiesCrosswalksQueryVariables>;
export const EntitiesUpdateDocument = new TypedDocumentString(`
    mutation EntitiesUpdate($uri: String!, $attributes: [AttributeInput!], $add: [CrosswalkInput!], $remove: [CrosswalkInput!]) {
  updateEntity(
    uri: $uri
    attributes: $attributes
    addCrosswalks: $add
    removeCrosswalks: $remove
  ) {
    status
    errors {
      name
      path
    }
    object {
      label
      attributes {
        name
        values {
          value
        }
      }
      crosswalks {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesUpdateMutation, EntitiesUpdateMutationVariables>;
export const EntitiesLabelAndCrosswalksDocument = new TypedDocumentString(`
    query EntitiesLabelAndCrosswalks($uri: String!) {
  entity(uri: $uri) {
    label
    crosswalks {
      value
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesLabelAndCrosswalksQuery, EntitiesLabelAndCrosswalksQueryVariables>;
export const EntitiesRenameDocument = new TypedDocumentString(`
    mutation EntitiesRename($uri: String!, $name: AttributeScalar!) {
  updateEntity(uri: $uri, attributes: [{name: "FullName", values: [$name]}]) {
    status
  }
}
    `) as unknown as TypedDocumentString<EntitiesRenameMutation, EntitiesRenameMutationVariables>;
export const EntitiesLabelAndAttributesDocument = new TypedDocumentString(`
    query EntitiesLabelAndAttributes($uri: String!) {
  entity(uri: $uri) {
    label
    attributes {
      name
      values {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesLabelAndAttributesQuery, EntitiesLabelAndAttributesQueryVariables>;
export const EntitiesDeleteDocument = new TypedDocumentString(`
    mutation EntitiesDelete($uris: [String!]!) {
  deleteEntities(uris: $uris) {
    index
    uri
    status
    errors {
      code
      name
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesDeleteMutation, EntitiesDeleteMutationVariables>;
export const EntitiesListPageDocument = new TypedDocumentString(`
    query EntitiesListPage($filter: EntityFilter, $after: String) {
  entities(filter: $filter, first: 3, after: $after) {
    totalCount
    nodes {
      label
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesListPageQuery, EntitiesListPageQueryVariables>;
export const EntitiesOtherTenantLookupsDocument = new TypedDocumentString(`
    query EntitiesOtherTenantLookups($uri: String!) {
  entity(uri: $uri) {
    uri
  }
  entityByCrosswalk(source: "Salesforce", value: "SECRET-1") {
    uri
  }
  entities(filter: {attributes: [{name: "ContactId", value: "C-SECRET"}]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EntitiesOtherTenantLookupsQuery, EntitiesOtherTenantLookupsQueryVariables>;
export const EntitiesRaceOutcomeDocument = new TypedDocumentString(`
    query EntitiesRaceOutcome {
  entityByCrosswalk(source: "Salesforce", value: "RACE-1") {
    uri
  }
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EntitiesRaceOutcomeQuery, EntitiesRaceOutcomeQueryVariables>;
export const ConfigurationRulesApplyDocument = new TypedDocumentString(`
    mutation ConfigurationRulesApply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {
  result: applyConfiguration(
    input: $input
    mode: $mode
    allowImmutableToMutable: $allowImmutableToMutable
  ) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesApplyMutation, ConfigurationRulesApplyMutationVariables>;
export const ConfigurationRulesCreateSourceDocument = new TypedDocumentString(`
    mutation ConfigurationRulesCreateSource($input: SourceInput!) {
  result: createSource(input: $input) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesCreateSourceMutation, ConfigurationRulesCreateSourceMutationVariables>;
export const ConfigurationRulesUpdateSourceDocument = new TypedDocumentString(`
    mutation ConfigurationRulesUpdateSource($uri: String!, $input: SourceInput!) {
  result: updateSource(uri: $uri, input: $input) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesUpdateSourceMutation, ConfigurationRulesUpdateSourceMutationVariables>;
export const ConfigurationRulesDeleteSourceDocument = new TypedDocumentString(`
    mutation ConfigurationRulesDeleteSource($uri: String!) {
  result: deleteSource(uri: $uri) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesDeleteSourceMutation, ConfigurationRulesDeleteSourceMutationVariables>;
export const ConfigurationRulesCreateEntityTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesCreateEntityType($input: EntityTypeInput!) {
  result: createEntityType(input: $input) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesCreateEntityTypeMutation, ConfigurationRulesCreateEntityTypeMutationVariables>;
export const ConfigurationRulesUpdateEntityTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesUpdateEntityType($uri: String!, $input: EntityTypeInput!) {
  result: updateEntityType(uri: $uri, input: $input) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesUpdateEntityTypeMutation, ConfigurationRulesUpdateEntityTypeMutationVariables>;
export const ConfigurationRulesDeleteEntityTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesDeleteEntityType($uri: String!) {
  result: deleteEntityType(uri: $uri) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesDeleteEntityTypeMutation, ConfigurationRulesDeleteEntityTypeMutationVariables>;
export const ConfigurationRulesCreateInteractionTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesCreateInteractionType($input: InteractionTypeInput!) {
  result: createInteractionType(input: $input) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesCreateInteractionTypeMutation, ConfigurationRulesCreateInteractionTypeMutationVariables>;
export const ConfigurationRulesUpdateInteractionTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesUpdateInteractionType($uri: String!, $input: InteractionTypeInput!, $allowImmutableToMutable: Boolean! = false) {
  result: updateInteractionType(
    uri: $uri
    input: $input
    allowImmutableToMutable: $allowImmutableToMutable
  ) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesUpdateInteractionTypeMutation, ConfigurationRulesUpdateInteractionTypeMutationVariables>;
export const ConfigurationRulesDeleteInteractionTypeDocument = new TypedDocumentString(`
    mutation ConfigurationRulesDeleteInteractionType($uri: String!) {
  result: deleteInteractionType(uri: $uri) {
    ...ConfigurationRulesPayload
  }
}
    fragment ConfigurationRulesPayload on ConfigurationChangePayload {
  ok
  changed
  configurationVersion
  errors {
    code
    name
    severity
    message
    detail
    path
  }
}`) as unknown as TypedDocumentString<ConfigurationRulesDeleteInteractionTypeMutation, ConfigurationRulesDeleteInteractionTypeMutationVariables>;
export const ConfigurationRulesReadDocument = new TypedDocumentString(`
    query ConfigurationRulesRead {
  configurationVersion
  sources {
    uri
    name
    label
    isDefault
  }
  entityTypes {
    uri
    name
    label
    displayName {
      locale
      text
    }
    description {
      locale
      text
    }
    labelAttribute
    attributes {
      ...ConfigurationRulesAttribute
    }
  }
  interactionTypes {
    uri
    name
    label
    displayName {
      locale
      text
    }
    description {
      locale
      text
    }
    attributes {
      ...ConfigurationRulesAttribute
    }
    participants {
      uri
      name
      label
      displayName {
        locale
        text
      }
      description {
        locale
        text
      }
      role
      entityTypes {
        uri
        name
      }
      minOccurs
      maxOccurs
      mapping {
        entityType {
          uri
          name
        }
        properties {
          interactionAttribute
          entityAttribute
        }
      }
    }
    idAttributes
    timestampAttribute
    mutable
    primaryParticipant
    defaultSource {
      uri
      name
      isDefault
    }
  }
}
    fragment ConfigurationRulesAttribute on AttributeType {
  uri
  name
  label
  displayName {
    locale
    text
  }
  description {
    locale
    text
  }
  valueType
  required
  multiValued
  hidden
}`) as unknown as TypedDocumentString<ConfigurationRulesReadQuery, ConfigurationRulesReadQueryVariables>;
export const DedupKeysUpdateTypeDocument = new TypedDocumentString(`
    mutation DedupKeysUpdateType($uri: String!, $input: InteractionTypeInput!, $rekey: Boolean!) {
  updateInteractionType(uri: $uri, input: $input, rekey: $rekey) {
    ok
    changed
    configurationVersion
    errors {
      code
      name
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DedupKeysUpdateTypeMutation, DedupKeysUpdateTypeMutationVariables>;
export const DedupKeysApplyDocument = new TypedDocumentString(`
    mutation DedupKeysApply($input: ConfigurationInput!, $rekey: Boolean!) {
  applyConfiguration(input: $input, mode: MERGE, rekey: $rekey) {
    ok
    changed
    configurationVersion
    errors {
      code
      name
      message
      path
    }
    notes
  }
}
    `) as unknown as TypedDocumentString<DedupKeysApplyMutation, DedupKeysApplyMutationVariables>;
export const DedupKeysStateDocument = new TypedDocumentString(`
    query DedupKeysState {
  configurationVersion
  interactionType(uri: "configuration/interactionTypes/EmailOpened") {
    idAttributes
  }
}
    `) as unknown as TypedDocumentString<DedupKeysStateQuery, DedupKeysStateQueryVariables>;
export const ApplyDemoConfigurationDocument = new TypedDocumentString(`
    mutation ApplyDemoConfiguration($input: ConfigurationInput!) {
  applyConfiguration(input: $input, mode: REPLACE) {
    ok
  }
}
    `) as unknown as TypedDocumentString<ApplyDemoConfigurationMutation, ApplyDemoConfigurationMutationVariables>;
export const CreateEntitiesDocument = new TypedDocumentString(`
    mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {
  createEntities(entities: $entities, options: $options) {
    index
    uri
    status
    successful
    errors {
      code
      name
      message
      path
    }
    object {
      uri
      label
      type {
        uri
      }
      createdBy
      attributes {
        name
        values {
          uri
          value
        }
      }
      crosswalks {
        uri
        source {
          uri
        }
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEntitiesMutation, CreateEntitiesMutationVariables>;
export const CreateInteractionsDocument = new TypedDocumentString(`
    mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {
  createInteractions(interactions: $interactions, options: $options) {
    index
    uri
    status
    successful
    errors {
      code
      name
      severity
      message
      detail
      path
      existingUri
      identicalToExisting
    }
    warnings {
      code
      name
      severity
      message
      path
    }
    object {
      ...InteractionFields
    }
  }
}
    fragment InteractionFields on Interaction {
  uri
  type {
    uri
  }
  timestamp
  createdTime
  updatedTime
  createdBy
  updatedBy
  attributes {
    name
    type {
      uri
    }
    values {
      uri
      value
    }
  }
  crosswalks {
    uri
    source {
      uri
    }
    value
    createdTime
  }
  members {
    uri
    participant {
      uri
      name
    }
    members {
      objectURI
      type
      label
    }
  }
}`) as unknown as TypedDocumentString<CreateInteractionsMutation, CreateInteractionsMutationVariables>;
export const ReadInteractionDocument = new TypedDocumentString(`
    query ReadInteraction($uri: String!) {
  interaction(uri: $uri) {
    ...InteractionFields
  }
}
    fragment InteractionFields on Interaction {
  uri
  type {
    uri
  }
  timestamp
  createdTime
  updatedTime
  createdBy
  updatedBy
  attributes {
    name
    type {
      uri
    }
    values {
      uri
      value
    }
  }
  crosswalks {
    uri
    source {
      uri
    }
    value
    createdTime
  }
  members {
    uri
    participant {
      uri
      name
    }
    members {
      objectURI
      type
      label
    }
  }
}`) as unknown as TypedDocumentString<ReadInteractionQuery, ReadInteractionQueryVariables>;
export const ReadInteractionByCrosswalkDocument = new TypedDocumentString(`
    query ReadInteractionByCrosswalk($source: String!, $value: String!) {
  interactionByCrosswalk(source: $source, value: $value) {
    uri
    crosswalks {
      source {
        uri
      }
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ReadInteractionByCrosswalkQuery, ReadInteractionByCrosswalkQueryVariables>;
export const ApplyConfigurationDocument = new TypedDocumentString(`
    mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {
  applyConfiguration(input: $input, mode: $mode) {
    ok
    errors {
      code
      name
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ApplyConfigurationMutation, ApplyConfigurationMutationVariables>;
export const TenantSnapshotDocument = new TypedDocumentString(`
    query TenantSnapshot {
  configurationVersion
  sources {
    uri
    name
    label
    isDefault
  }
  interactionTypes {
    uri
    name
    mutable
    participants {
      uri
    }
  }
  entities(first: 20) {
    totalCount
    nodes {
      uri
      type {
        uri
      }
      label
      createdTime
      updatedTime
      createdBy
      updatedBy
      attributes(includeHidden: true) {
        name
        values {
          uri
          value
        }
      }
      crosswalks {
        uri
        source {
          uri
        }
        value
        createdTime
      }
      interactions(first: 20, order: ASC) {
        totalCount
        edges {
          cursor
          participants {
            uri
          }
          node {
            uri
          }
        }
      }
    }
  }
  interactions(first: 20, order: ASC) {
    totalCount
    nodes {
      ...InteractionFields
    }
  }
}
    fragment InteractionFields on Interaction {
  uri
  type {
    uri
  }
  timestamp
  createdTime
  updatedTime
  createdBy
  updatedBy
  attributes {
    name
    type {
      uri
    }
    values {
      uri
      value
    }
  }
  crosswalks {
    uri
    source {
      uri
    }
    value
    createdTime
  }
  members {
    uri
    participant {
      uri
      name
    }
    members {
      objectURI
      type
      label
    }
  }
}`) as unknown as TypedDocumentString<TenantSnapshotQuery, TenantSnapshotQueryVariables>;
export const IdempotencyRetentionDocument = new TypedDocumentString(`
    query IdempotencyRetention {
  limits {
    idempotencyRetentionSeconds
  }
}
    `) as unknown as TypedDocumentString<IdempotencyRetentionQuery, IdempotencyRetentionQueryVariables>;
export const IdempotencyCreateApiKeyDocument = new TypedDocumentString(`
    mutation IdempotencyCreateApiKey($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateApiKeyMutation, IdempotencyCreateApiKeyMutationVariables>;
export const CreateBatchesAttributeVisibilityDocument = new TypedDocumentString(`
    query CreateBatchesAttributeVisibility($uri: String!) {
  interaction(uri: $uri) {
    default: attributes {
      name
    }
    shown: attributes(includeHidden: true) {
      name
      values {
        uri
        value
      }
    }
    hiddenOff: attributes(includeHidden: false) {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBatchesAttributeVisibilityQuery, CreateBatchesAttributeVisibilityQueryVariables>;
export const CreateTolerantlyDocument = new TypedDocumentString(`
    mutation CreateTolerantly($interactions: [InteractionInput!]!, $options: CreateOptions) {
  createInteractions(interactions: $interactions, options: $options) {
    index
    uri
    status
    errors {
      code
      name
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTolerantlyMutation, CreateTolerantlyMutationVariables>;
export const CreateTwoTolerantlyDocument = new TypedDocumentString(`
    mutation CreateTwoTolerantly($first: InteractionInput!, $second: InteractionInput!) {
  createInteractions(interactions: [$first, $second]) {
    index
    status
    errors {
      name
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTwoTolerantlyMutation, CreateTwoTolerantlyMutationVariables>;
export const CreateEntitiesTolerantlyDocument = new TypedDocumentString(`
    mutation CreateEntitiesTolerantly($entities: [EntityInput!]!, $options: CreateOptions) {
  createEntities(entities: $entities, options: $options) {
    index
    uri
    status
    errors {
      code
      name
      message
      path
      existingUri
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEntitiesTolerantlyMutation, CreateEntitiesTolerantlyMutationVariables>;
export const DeleteTolerantlyDocument = new TypedDocumentString(`
    mutation DeleteTolerantly($uris: [String!]!) {
  deleteInteractions(uris: $uris) {
    index
    uri
    status
    errors {
      name
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteTolerantlyMutation, DeleteTolerantlyMutationVariables>;
export const SupportCasesByPriorityDocument = new TypedDocumentString(`
    query SupportCasesByPriority($value: AttributeScalar!) {
  interactions(
    filter: {types: ["SupportCase"], attributes: [{name: "Priority", value: $value}]}
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SupportCasesByPriorityQuery, SupportCasesByPriorityQueryVariables>;
export const MemberOfWrongTypeDocument = new TypedDocumentString(`
    mutation MemberOfWrongType($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    errors {
      name
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MemberOfWrongTypeMutation, MemberOfWrongTypeMutationVariables>;
export const InteractionsReadTimelinePageDocument = new TypedDocumentString(`
    query InteractionsReadTimelinePage($uri: String!, $first: Int, $after: String, $last: Int, $before: String, $order: TimestampOrder, $filter: InteractionFilter) {
  entity(uri: $uri) {
    interactions(
      first: $first
      after: $after
      last: $last
      before: $before
      order: $order
      filter: $filter
    ) {
      totalCount
      edges {
        cursor
        node {
          ...InteractionsReadTimelineNode
        }
        participants {
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    fragment InteractionsReadTimelineNode on Interaction {
  uri
  timestamp
}`) as unknown as TypedDocumentString<InteractionsReadTimelinePageQuery, InteractionsReadTimelinePageQueryVariables>;
export const InteractionsReadTimelineMemberUrisDocument = new TypedDocumentString(`
    query InteractionsReadTimelineMemberUris($uri: String!) {
  entity(uri: $uri) {
    interactions(first: 10) {
      nodes {
        uri
        members {
          members {
            objectURI
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadTimelineMemberUrisQuery, InteractionsReadTimelineMemberUrisQueryVariables>;
export const InteractionsReadTimelineMemberLabelsDocument = new TypedDocumentString(`
    query InteractionsReadTimelineMemberLabels($uri: String!) {
  entity(uri: $uri) {
    interactions(first: 10) {
      edges {
        participants {
          name
        }
        node {
          uri
          members {
            members {
              objectURI
              label
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadTimelineMemberLabelsQuery, InteractionsReadTimelineMemberLabelsQueryVariables>;
export const InteractionsReadFilteredListDocument = new TypedDocumentString(`
    query InteractionsReadFilteredList($filter: InteractionFilter) {
  interactions(filter: $filter, first: 10) {
    totalCount
    nodes {
      timestamp
      type {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadFilteredListQuery, InteractionsReadFilteredListQueryVariables>;
export const InteractionsReadUnknownTypeFilterDocument = new TypedDocumentString(`
    query InteractionsReadUnknownTypeFilter {
  interactions(filter: {types: ["Nope"]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadUnknownTypeFilterQuery, InteractionsReadUnknownTypeFilterQueryVariables>;
export const InteractionsReadDeepPageDocument = new TypedDocumentString(`
    query InteractionsReadDeepPage($first: Int) {
  interactions(first: $first) {
    totalCount
    nodes {
      uri
      timestamp
      type {
        name
        participants {
          name
        }
      }
      crosswalks {
        value
        source {
          name
        }
      }
      attributes {
        name
        values {
          value
        }
      }
      members {
        participant {
          name
        }
        members {
          objectURI
          label
          type
          entity {
            uri
            label
            attributes {
              name
              values {
                value
              }
            }
            crosswalks {
              value
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadDeepPageQuery, InteractionsReadDeepPageQueryVariables>;
export const InteractionsReadDeleteDocument = new TypedDocumentString(`
    mutation InteractionsReadDelete($uris: [String!]!) {
  deleteInteractions(uris: $uris) {
    index
    uri
    status
    errors {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadDeleteMutation, InteractionsReadDeleteMutationVariables>;
export const InteractionsReadDeletedLookupsDocument = new TypedDocumentString(`
    query InteractionsReadDeletedLookups($uri: String!) {
  interaction(uri: $uri) {
    uri
  }
  interactionByCrosswalk(source: "AMA", value: "TEST") {
    uri
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadDeletedLookupsQuery, InteractionsReadDeletedLookupsQueryVariables>;
export const InteractionsReadUpdateDocument = new TypedDocumentString(`
    mutation InteractionsReadUpdate($uri: String!, $changes: InteractionChanges!) {
  updateInteraction(uri: $uri, changes: $changes) {
    uri
    status
    errors {
      code
      name
      path
    }
    object {
      timestamp
      createdTime
      updatedTime
      updatedBy
      attributes {
        name
        values {
          value
        }
      }
      members {
        participant {
          name
        }
        members {
          objectURI
        }
      }
      crosswalks {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadUpdateMutation, InteractionsReadUpdateMutationVariables>;
export const InteractionsReadTimestampAndAttributesDocument = new TypedDocumentString(`
    query InteractionsReadTimestampAndAttributes($uri: String!) {
  interaction(uri: $uri) {
    timestamp
    attributes {
      name
      values {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadTimestampAndAttributesQuery, InteractionsReadTimestampAndAttributesQueryVariables>;
export const InteractionsReadUpdateStatusDocument = new TypedDocumentString(`
    mutation InteractionsReadUpdateStatus($uri: String!, $changes: InteractionChanges!) {
  updateInteraction(uri: $uri, changes: $changes) {
    status
    errors {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadUpdateStatusMutation, InteractionsReadUpdateStatusMutationVariables>;
export const InteractionsReadAttributesAndMembersDocument = new TypedDocumentString(`
    query InteractionsReadAttributesAndMembers($uri: String!) {
  interaction(uri: $uri) {
    attributes {
      name
      values {
        value
      }
    }
    members {
      members {
        objectURI
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadAttributesAndMembersQuery, InteractionsReadAttributesAndMembersQueryVariables>;
export const InteractionsReadChangeCaseNumberDocument = new TypedDocumentString(`
    mutation InteractionsReadChangeCaseNumber($uri: String!) {
  updateInteraction(
    uri: $uri
    changes: {attributes: [{name: "CaseNumber", values: ["C-2"]}]}
  ) {
    status
    errors {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadChangeCaseNumberMutation, InteractionsReadChangeCaseNumberMutationVariables>;
export const InteractionsReadCaseByCrosswalkDocument = new TypedDocumentString(`
    query InteractionsReadCaseByCrosswalk {
  interactionByCrosswalk(source: "Salesforce", value: "SupportCase|C-1") {
    attributes {
      name
      values {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadCaseByCrosswalkQuery, InteractionsReadCaseByCrosswalkQueryVariables>;
export const InteractionsReadHiddenAttributesDocument = new TypedDocumentString(`
    query InteractionsReadHiddenAttributes($uri: String!, $entity: String!) {
  interaction(uri: $uri) {
    attributes {
      name
    }
    all: attributes(includeHidden: true) {
      name
      values {
        value
      }
    }
  }
  interactions(first: 1) {
    nodes {
      attributes {
        name
      }
    }
  }
  entity(uri: $entity) {
    interactions(first: 1) {
      nodes {
        attributes {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsReadHiddenAttributesQuery, InteractionsReadHiddenAttributesQueryVariables>;
export const LimitsTypenameDocument = new TypedDocumentString(`
    query LimitsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<LimitsTypenameQuery, LimitsTypenameQueryVariables>;
export const LimitsIntrospectionQueryTypeDocument = new TypedDocumentString(`
    query LimitsIntrospectionQueryType {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsIntrospectionQueryTypeQuery, LimitsIntrospectionQueryTypeQueryVariables>;
export const LimitsAdvertisedDocument = new TypedDocumentString(`
    query LimitsAdvertised {
  limits {
    maxBatchSize
    maxValuesPerAttribute
    maxMembersPerParticipant
    maxCrosswalksPerObject
    maxRequestValues
    maxBodyBytes
    maxDepth
    maxAliases
    maxTokens
    maxCost
    maxPageSize
    rateLimitRequests
    rateLimitWindowSeconds
  }
}
    `) as unknown as TypedDocumentString<LimitsAdvertisedQuery, LimitsAdvertisedQueryVariables>;
export const LimitsCreateAndDeleteInteractionsDocument = new TypedDocumentString(`
    mutation LimitsCreateAndDeleteInteractions($interactions: [InteractionInput!]!, $uris: [String!]!) {
  createInteractions(interactions: $interactions) {
    status
  }
  deleteInteractions(uris: $uris) {
    status
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateAndDeleteInteractionsMutation, LimitsCreateAndDeleteInteractionsMutationVariables>;
export const LimitsCreateInteractionsWithValueErrorsDocument = new TypedDocumentString(`
    mutation LimitsCreateInteractionsWithValueErrors($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    status
    errors {
      code
      name
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateInteractionsWithValueErrorsMutation, LimitsCreateInteractionsWithValueErrorsMutationVariables>;
export const LimitsCreateEntityStatusesDocument = new TypedDocumentString(`
    mutation LimitsCreateEntityStatuses($entities: [EntityInput!]!) {
  createEntities(entities: $entities) {
    status
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateEntityStatusesMutation, LimitsCreateEntityStatusesMutationVariables>;
export const LimitsCreateInteractionStatusesDocument = new TypedDocumentString(`
    mutation LimitsCreateInteractionStatuses($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    status
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateInteractionStatusesMutation, LimitsCreateInteractionStatusesMutationVariables>;
export const LimitsCreateInteractionErrorMessagesDocument = new TypedDocumentString(`
    mutation LimitsCreateInteractionErrorMessages($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    errors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateInteractionErrorMessagesMutation, LimitsCreateInteractionErrorMessagesMutationVariables>;
export const LimitsInteractionTypeNamesDocument = new TypedDocumentString(`
    query LimitsInteractionTypeNames {
  interactionTypes {
    name
  }
}
    `) as unknown as TypedDocumentString<LimitsInteractionTypeNamesQuery, LimitsInteractionTypeNamesQueryVariables>;
export const LimitsCreateInteractionsWithMemberErrorsDocument = new TypedDocumentString(`
    mutation LimitsCreateInteractionsWithMemberErrors($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    status
    errors {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateInteractionsWithMemberErrorsMutation, LimitsCreateInteractionsWithMemberErrorsMutationVariables>;
export const LimitsCreateEntitiesWithErrorsDocument = new TypedDocumentString(`
    mutation LimitsCreateEntitiesWithErrors($entities: [EntityInput!]!) {
  createEntities(entities: $entities) {
    uri
    status
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateEntitiesWithErrorsMutation, LimitsCreateEntitiesWithErrorsMutationVariables>;
export const LimitsAddEntityCrosswalksDocument = new TypedDocumentString(`
    mutation LimitsAddEntityCrosswalks($uri: String!, $add: [CrosswalkInput!]) {
  updateEntity(uri: $uri, addCrosswalks: $add) {
    status
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsAddEntityCrosswalksMutation, LimitsAddEntityCrosswalksMutationVariables>;
export const LoaderFilesEntityUrisDocument = new TypedDocumentString(`
    query LoaderFilesEntityUris {
  entities(first: 50) {
    nodes {
      uri
      crosswalks {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoaderFilesEntityUrisQuery, LoaderFilesEntityUrisQueryVariables>;
export const LoaderFilesStoredInteractionsDocument = new TypedDocumentString(`
    query LoaderFilesStoredInteractions {
  interactions(first: 50, order: ASC) {
    nodes {
      type {
        name
      }
      timestamp
      attributes {
        name
        values {
          value
        }
      }
      crosswalks {
        value
      }
      members {
        participant {
          name
        }
        members {
          objectURI
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoaderFilesStoredInteractionsQuery, LoaderFilesStoredInteractionsQueryVariables>;
export const ReadmeLunchDocument = new TypedDocumentString(`
    query ReadmeLunch($source: String!, $value: String!) {
  interactionByCrosswalk(source: $source, value: $value) {
    attributes(includeHidden: true) {
      name
      values {
        value
      }
    }
    members {
      participant {
        name
      }
      members {
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadmeLunchQuery, ReadmeLunchQueryVariables>;
export const ReadmeOpenedEmailsDocument = new TypedDocumentString(`
    query ReadmeOpenedEmails {
  interactions(filter: {types: ["EmailOpened"]}, first: 10) {
    edges {
      node {
        members {
          members {
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadmeOpenedEmailsQuery, ReadmeOpenedEmailsQueryVariables>;
export const MappingsApplyDocument = new TypedDocumentString(`
    mutation MappingsApply($input: ConfigurationInput!) {
  applyConfiguration(input: $input, mode: REPLACE) {
    ok
    errors {
      name
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MappingsApplyMutation, MappingsApplyMutationVariables>;
export const MappingsCreateGuestsDocument = new TypedDocumentString(`
    mutation MappingsCreateGuests($entities: [EntityInput!]!) {
  createEntities(entities: $entities, options: {returnObjects: false}) {
    uri
    status
  }
}
    `) as unknown as TypedDocumentString<MappingsCreateGuestsMutation, MappingsCreateGuestsMutationVariables>;
export const MappingsVisitDocument = new TypedDocumentString(`
    mutation MappingsVisit($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions, options: {returnObjects: true}) {
    status
    errors {
      code
      name
      path
      message
    }
    object {
      members {
        participant {
          name
        }
        members {
          objectURI
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MappingsVisitMutation, MappingsVisitMutationVariables>;
export const LegacyParticipantsReadDocument = new TypedDocumentString(`
    query LegacyParticipantsRead {
  interactionType(uri: "configuration/interactionTypes/EmailOpened") {
    primaryParticipant
    participants {
      uri
      name
      role
      maxOccurs
      entityTypes {
        name
      }
      mapping {
        entityType {
          name
        }
        properties {
          interactionAttribute
          entityAttribute
        }
      }
    }
  }
  interaction(uri: "interactions/LegacyInt001") {
    members {
      uri
      participant {
        name
      }
      members {
        objectURI
      }
    }
  }
  entity(uri: "entities/LegacyEnt001") {
    interactions(first: 5) {
      edges {
        participants {
          name
        }
        node {
          uri
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegacyParticipantsReadQuery, LegacyParticipantsReadQueryVariables>;
export const LegacyParticipantsCreateDocument = new TypedDocumentString(`
    mutation LegacyParticipantsCreate($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions) {
    status
    errors {
      name
    }
    object {
      members {
        participant {
          name
        }
        members {
          objectURI
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LegacyParticipantsCreateMutation, LegacyParticipantsCreateMutationVariables>;
export const QueryPlansEntityTimelinePageDocument = new TypedDocumentString(`
    query QueryPlansEntityTimelinePage($uri: String!) {
  entity(uri: $uri) {
    interactions(first: 50) {
      nodes {
        uri
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansEntityTimelinePageQuery, QueryPlansEntityTimelinePageQueryVariables>;
export const QueryPlansEntityTimelinePageAfterDocument = new TypedDocumentString(`
    query QueryPlansEntityTimelinePageAfter($uri: String!, $after: String) {
  entity(uri: $uri) {
    interactions(first: 50, after: $after) {
      pageInfo {
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansEntityTimelinePageAfterQuery, QueryPlansEntityTimelinePageAfterQueryVariables>;
export const QueryPlansLunchesInRangeDocument = new TypedDocumentString(`
    query QueryPlansLunchesInRange {
  interactions(
    filter: {types: ["Lunch"], from: 1600010000000, to: 1600090000000}
    first: 50
  ) {
    nodes {
      uri
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansLunchesInRangeQuery, QueryPlansLunchesInRangeQueryVariables>;
export const QueryPlansRekeyExhibitionsDocument = new TypedDocumentString(`
    mutation QueryPlansRekeyExhibitions($input: InteractionTypeInput!) {
  updateInteractionType(
    uri: "configuration/interactionTypes/ExhibitionEvent"
    input: $input
    rekey: true
  ) {
    ok
    changed
  }
}
    `) as unknown as TypedDocumentString<QueryPlansRekeyExhibitionsMutation, QueryPlansRekeyExhibitionsMutationVariables>;
export const ServiceTypenameDocument = new TypedDocumentString(`
    query ServiceTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ServiceTypenameQuery, ServiceTypenameQueryVariables>;
export const ServiceTenantConfigurationDocument = new TypedDocumentString(`
    query ServiceTenantConfiguration {
  sources {
    uri
    name
    isDefault
  }
  entityTypes {
    uri
  }
  interactionTypes {
    uri
  }
}
    `) as unknown as TypedDocumentString<ServiceTenantConfigurationQuery, ServiceTenantConfigurationQueryVariables>;
export const ServiceKnownAndUnknownSourceDocument = new TypedDocumentString(`
    query ServiceKnownAndUnknownSource {
  known: source(uri: "configuration/sources/Default") {
    name
  }
  unknown: source(uri: "configuration/sources/Nope") {
    name
  }
}
    `) as unknown as TypedDocumentString<ServiceKnownAndUnknownSourceQuery, ServiceKnownAndUnknownSourceQueryVariables>;
export const ServiceSourceUrisDocument = new TypedDocumentString(`
    query ServiceSourceUris {
  sources {
    uri
  }
}
    `) as unknown as TypedDocumentString<ServiceSourceUrisQuery, ServiceSourceUrisQueryVariables>;
export const IsolationTenantCursorsDocument = new TypedDocumentString(`
    query IsolationTenantCursors {
  entities(first: 20) {
    edges {
      cursor
    }
  }
  interactions(first: 20) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationTenantCursorsQuery, IsolationTenantCursorsQueryVariables>;
export const IsolationDeleteInteractionsDocument = new TypedDocumentString(`
    mutation IsolationDeleteInteractions($uris: [String!]!) {
  deleteInteractions(uris: $uris) {
    index
    uri
    status
    errors {
      code
      name
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDeleteInteractionsMutation, IsolationDeleteInteractionsMutationVariables>;
export const IsolationDeleteEntitiesDocument = new TypedDocumentString(`
    mutation IsolationDeleteEntities($uris: [String!]!) {
  deleteEntities(uris: $uris) {
    index
    uri
    status
    errors {
      code
      name
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDeleteEntitiesMutation, IsolationDeleteEntitiesMutationVariables>;
export const IsolationChangeOwnConfigurationDocument = new TypedDocumentString(`
    mutation IsolationChangeOwnConfiguration {
  created: createSource(input: {name: "OnlyInA", label: "Only in A"}) {
    ok
    errors {
      name
      message
    }
  }
  updated: updateSource(
    uri: "configuration/sources/AMA"
    input: {name: "AMA", label: "Changed by A"}
  ) {
    ok
    errors {
      name
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationChangeOwnConfigurationMutation, IsolationChangeOwnConfigurationMutationVariables>;
export const IsolationCreateWriterKeyDocument = new TypedDocumentString(`
    mutation IsolationCreateWriterKey {
  createApiKey(input: {name: "isolation", role: WRITER}) {
    key
  }
}
    `) as unknown as TypedDocumentString<IsolationCreateWriterKeyMutation, IsolationCreateWriterKeyMutationVariables>;
export const IsolationViewerTenantDocument = new TypedDocumentString(`
    query IsolationViewerTenant {
  viewer {
    tenant
  }
}
    `) as unknown as TypedDocumentString<IsolationViewerTenantQuery, IsolationViewerTenantQueryVariables>;
export const IsolationTenantOverviewDocument = new TypedDocumentString(`
    query IsolationTenantOverview {
  viewer {
    tenant
  }
  entities(first: 50) {
    totalCount
    nodes {
      uri
    }
  }
  interactions(first: 50) {
    totalCount
    nodes {
      uri
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationTenantOverviewQuery, IsolationTenantOverviewQueryVariables>;
export const IsolationReadEntityUriDocument = new TypedDocumentString(`
    query IsolationReadEntityUri($uri: String!) {
  entity(uri: $uri) {
    uri
  }
}
    `) as unknown as TypedDocumentString<IsolationReadEntityUriQuery, IsolationReadEntityUriQueryVariables>;
export const IsolationCreateSourceFromADocument = new TypedDocumentString(`
    mutation IsolationCreateSourceFromA {
  createSource(input: {name: "FromA"}) {
    ok
  }
}
    `) as unknown as TypedDocumentString<IsolationCreateSourceFromAMutation, IsolationCreateSourceFromAMutationVariables>;