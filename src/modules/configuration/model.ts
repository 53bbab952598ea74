// The configuration of one tenant as the domain sees it: read-only values built from the
// stored rows, shared by every request until the tenant's configuration version changes.
import type { Enforcement, TimestampRules } from './type-rules.ts';

export type LocalizedMap = Record<string, string>;
export type AttributeValueType = 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

/** What every configuration object has: identity, name, label. */
interface NamedModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
}

/** What every definition (attribute, entity type, participant, interaction type) has too: localized texts. */
interface DescribedModel extends NamedModel {
  displayName: LocalizedMap;
  description: LocalizedMap;
}

export interface SourceModel extends NamedModel {
  isDefault: boolean;
}

export interface AttributeTypeModel extends DescribedModel {
  valueType: AttributeValueType;
  required: boolean;
  multiValued: boolean;
  hidden: boolean;
  /** An enumeration's values; null: any value of the value type. */
  allowedValues: string[] | null;
  flagEnum: boolean;
  /** Customer Insights' isName and isLocalizedString: kept and exported, no rule here reads them. */
  isName: boolean;
  localizedString: boolean;
}

export interface EntityTypeModel extends DescribedModel {
  labelAttribute: string | null;
  /** Whether anonymous visitors' profiles are of this type (at most one type per tenant). */
  anonymousProfiles: boolean;
  attributes: AttributeTypeModel[];
}

/** One pair of a property mapping: the interaction attribute's value is the entity attribute's. */
export interface PropertyReferenceModel {
  interactionAttribute: string;
  entityAttribute: string;
}

/**
 * How a participant's member is found when the input names none: the entity of `entityTypeId`
 * whose attributes hold the interaction's values, every pair at once (Customer Insights'
 * ParticipantPropertyReferences; Reltio's attribute mapping is the one-pair case).
 */
export interface ParticipantMappingModel {
  entityTypeId: string;
  properties: PropertyReferenceModel[];
}

export interface ParticipantModel extends DescribedModel {
  role: string | null;
  entityTypeIds: string[];
  minOccurs: number;
  maxOccurs: number | null;
  mapping: ParticipantMappingModel | null;
}

export interface InteractionTypeModel extends DescribedModel, KeptForCustomerInsights<LocalizedMap> {
  attributes: AttributeTypeModel[];
  participants: ParticipantModel[];
  idAttributes: string[];
  timestampAttribute: string | null;
  mutable: boolean;
  primaryParticipant: string | null;
  defaultSourceId: string | null;
  /** MXO touchpoint / interaction point URIs recorded as interactions of this type. */
  touchpoints: string[];
  /** The type this one extends, if any. */
  parentId: string | null;
  /** The types extending this one, at any depth: a filter on this type selects theirs too. */
  descendantIds: string[];
  /** The attributes and participants defined by this type itself; `attributes` and `participants` add the inherited ones first. */
  ownAttributes: AttributeTypeModel[];
  ownParticipants: ParticipantModel[];
  /** What becomes of attributes the type does not define. */
  enforcement: Enforcement;
  timestampRules: TimestampRules;
}

/**
 * What an interaction type keeps for Customer Insights definitions and exports back; nothing
 * here reads it. `Texts` is how localized texts are held (a map here, a list in documents).
 */
export interface KeptForCustomerInsights<Texts> {
  apiEntitySetName: string | null;
  schemaItemTypeLink: string | null;
  images: TypeImages | null;
  customAttributes: Array<{ name: string; values: string[] }>;
  localizedAttributes: Array<{ name: string; texts: Texts }>;
}

/** Relative paths of a type's images (Customer Insights' SmallImage, MediumImage, LargeImage). */
export interface TypeImages {
  small: string | null;
  medium: string | null;
  large: string | null;
}

export interface ConfigurationSnapshot {
  tenantId: string;
  version: number;
  sources: SourceModel[];
  entityTypes: EntityTypeModel[];
  interactionTypes: InteractionTypeModel[];
  sourceById: Map<string, SourceModel>;
  sourceByUri: Map<string, SourceModel>;
  entityTypeById: Map<string, EntityTypeModel>;
  entityTypeByUri: Map<string, EntityTypeModel>;
  interactionTypeByUri: Map<string, InteractionTypeModel>;
  interactionTypeById: Map<string, InteractionTypeModel>;
  /** The type recording each MXO touchpoint's events (touchpoints are unique in a tenant). */
  interactionTypeByTouchpoint: Map<string, InteractionTypeModel>;
  defaultSource: SourceModel | null;
}
