/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApplyMode =
  /** Sources and types the document does not name are kept. */
  | 'MERGE'
  /** The document is the whole configuration: sources and types it does not name are removed. */
  | 'REPLACE';

export type AttributeInput = {
  name: string;
  values: Array<string | number | boolean>;
};

export type AttributeMappingInput = {
  /** An attribute of that entity type. */
  entityAttribute: string;
  /** Entity type name or URI. */
  entityType: string;
  /** An attribute of the interaction type. */
  interactionAttribute: string;
};

export type AttributeTypeInput = {
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  /** Default false. */
  hidden?: boolean | null | undefined;
  label?: string | null | undefined;
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
  /** The crosswalk value of a single-item request that gives no crosswalk (Reltio's crosswalkValue), in the request's source. */
  crosswalkValue?: string | null | undefined;
  /** Show hidden attributes in the returned objects. */
  includeHidden?: boolean | null | undefined;
  /** Return the created objects (true), or URIs only (false). */
  returnObjects?: boolean | null | undefined;
  /** Source system (name or URI) the request speaks for; the `Source-System` header, else the tenant's default source. */
  source?: string | null | undefined;
};

export type CrosswalkInput = {
  /** Source name or URI; the request's source when absent. */
  source?: string | null | undefined;
  value: string;
};

export type EntityInput = {
  attributes?: Array<AttributeInput> | null | undefined;
  /** When none is given, one is generated in the request's source. */
  crosswalks?: Array<CrosswalkInput> | null | undefined;
  /** Entity type name or URI. */
  type: string;
};

export type EntityTypeInput = {
  attributes?: Array<AttributeTypeInput> | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  label?: string | null | undefined;
  labelAttribute?: string | null | undefined;
  name: string;
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
  attributes?: Array<AttributeTypeInput> | null | undefined;
  /** Source name or URI. */
  defaultSource?: string | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  idAttributes?: Array<string> | null | undefined;
  label?: string | null | undefined;
  memberTypes?: Array<MemberTypeInput> | null | undefined;
  /** Default false: interactions of the type are immutable events. */
  mutable?: boolean | null | undefined;
  name: string;
  primaryMemberType?: string | null | undefined;
  timestampAttribute?: string | null | undefined;
};

export type LocalizedTextInput = {
  locale: string;
  text: string;
};

export type MemberGroupInput = {
  /** Member type name (e.g. Chefs) or URI. */
  memberType: string;
  members: Array<MemberInput>;
};

export type MemberInput = {
  /** Crosswalks of an existing entity (any one identifies it); or give `objectURI`. */
  crosswalks?: Array<CrosswalkInput> | null | undefined;
  /** An existing entity's URI; or give `crosswalks`. */
  objectURI?: string | null | undefined;
};

export type MemberTypeInput = {
  attributeMapping?: AttributeMappingInput | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  displayName?: Array<LocalizedTextInput> | null | undefined;
  /** Entity type names or URIs a member may be; empty or absent for any. */
  entityTypes?: Array<string> | null | undefined;
  label?: string | null | undefined;
  /** Default unbounded. */
  maxOccurs?: number | null | undefined;
  /** Default 0. */
  minOccurs?: number | null | undefined;
  name: string;
  role?: string | null | undefined;
};

export type ResultStatus =
  | 'FAILED'
  | 'OK';

export type Severity =
  | 'ERROR'
  | 'WARNING';

export type SourceInput = {
  isDefault?: boolean | null | undefined;
  label?: string | null | undefined;
  name: string;
};

export type ApplyDemoConfigurationMutationVariables = Exact<{
  input: ConfigurationInput;
}>;


export type ApplyDemoConfigurationMutation = { applyConfiguration: { ok: boolean } };

export type CreateEntitiesMutationVariables = Exact<{
  entities: Array<EntityInput> | EntityInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateEntitiesMutation = { createEntities: Array<{ index: number, uri: string | null, status: ResultStatus, successful: boolean, errors: Array<{ code: number, name: string, message: string, path: Array<string> }>, object: { uri: string, label: string | null, createdBy: string, type: { uri: string }, attributes: Array<{ name: string, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, source: { uri: string } }> } | null }> };

export type InteractionFieldsFragment = { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, memberType: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> };

export type CreateInteractionsMutationVariables = Exact<{
  interactions: Array<InteractionInput> | InteractionInput;
  options?: CreateOptions | null | undefined;
}>;


export type CreateInteractionsMutation = { createInteractions: Array<{ index: number, uri: string | null, status: ResultStatus, successful: boolean, errors: Array<{ code: number, name: string, severity: Severity, message: string, detail: string | null, path: Array<string>, existingUri: string | null, identicalToExisting: boolean | null }>, warnings: Array<{ code: number, name: string, severity: Severity, message: string, path: Array<string> }>, object: { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, memberType: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> } | null }> };

export type ReadInteractionQueryVariables = Exact<{
  uri: string;
}>;


export type ReadInteractionQuery = { interaction: { uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, memberType: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> } | null };

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


export type TenantSnapshotQuery = { configurationVersion: number, sources: Array<{ uri: string, name: string, label: string | null, isDefault: boolean }>, interactionTypes: Array<{ uri: string, name: string, mutable: boolean, memberTypes: Array<{ uri: string }> }>, entities: { totalCount: number, nodes: Array<{ uri: string, label: string | null, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, interactions: { totalCount: number, edges: Array<{ cursor: string, memberTypes: Array<{ uri: string }>, node: { uri: string } }> } }> }, interactions: { totalCount: number, nodes: Array<{ uri: string, timestamp: number, createdTime: number, updatedTime: number, createdBy: string, updatedBy: string, type: { uri: string }, attributes: Array<{ name: string, type: { uri: string }, values: Array<{ uri: string, value: string | number | boolean }> }>, crosswalks: Array<{ uri: string, value: string, createdTime: number, source: { uri: string } }>, members: Array<{ uri: string, memberType: { uri: string, name: string }, members: Array<{ objectURI: string, type: string, label: string | null }> }> }> } };

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
    memberType {
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
    memberType {
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
    memberType {
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
    memberTypes {
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
          memberTypes {
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
    memberType {
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