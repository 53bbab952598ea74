// The configuration of one tenant as the domain sees it: read-only values built from the
// stored rows, shared by every request until the tenant's configuration version changes.

export type LocalizedMap = Record<string, string>;
export type AttributeValueType = 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

export interface SourceModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
  isDefault: boolean;
}

export interface AttributeTypeModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
  displayName: LocalizedMap;
  description: LocalizedMap;
  valueType: AttributeValueType;
  required: boolean;
  multiValued: boolean;
  hidden: boolean;
}

export interface EntityTypeModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
  displayName: LocalizedMap;
  description: LocalizedMap;
  labelAttribute: string | null;
  attributes: AttributeTypeModel[];
}

export interface AttributeMappingModel {
  interactionAttribute: string;
  entityTypeId: string;
  entityAttribute: string;
}

export interface MemberTypeModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
  displayName: LocalizedMap;
  description: LocalizedMap;
  role: string | null;
  entityTypeIds: string[];
  minOccurs: number;
  maxOccurs: number | null;
  attributeMapping: AttributeMappingModel | null;
}

export interface InteractionTypeModel {
  id: string;
  uri: string;
  name: string;
  label: string | null;
  displayName: LocalizedMap;
  description: LocalizedMap;
  attributes: AttributeTypeModel[];
  memberTypes: MemberTypeModel[];
  idAttributes: string[];
  timestampAttribute: string | null;
  mutable: boolean;
  primaryMemberType: string | null;
  defaultSourceId: string | null;
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
  defaultSource: SourceModel | null;
}
