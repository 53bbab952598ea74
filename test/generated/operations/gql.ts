/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n    }\n  }\n": typeof types.ApplyDemoConfigurationDocument,
    "\n  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        message\n        path\n      }\n      object {\n        uri\n        label\n        type {\n          uri\n        }\n        createdBy\n        attributes {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n        }\n      }\n    }\n  }\n": typeof types.CreateEntitiesDocument,
    "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      memberType {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n": typeof types.InteractionFieldsFragmentDoc,
    "\n  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        severity\n        message\n        detail\n        path\n        existingUri\n        identicalToExisting\n      }\n      warnings {\n        code\n        name\n        severity\n        message\n        path\n      }\n      object {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.CreateInteractionsDocument,
    "\n  query ReadInteraction($uri: String!) {\n    interaction(uri: $uri) {\n      ...InteractionFields\n    }\n  }\n": typeof types.ReadInteractionDocument,
    "\n  query ReadInteractionByCrosswalk($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      uri\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": typeof types.ReadInteractionByCrosswalkDocument,
    "\n  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": typeof types.ApplyConfigurationDocument,
    "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      memberTypes {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            memberTypes {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.TenantSnapshotDocument,
};
const documents: Documents = {
    "\n  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n    }\n  }\n": types.ApplyDemoConfigurationDocument,
    "\n  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        message\n        path\n      }\n      object {\n        uri\n        label\n        type {\n          uri\n        }\n        createdBy\n        attributes {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n        }\n      }\n    }\n  }\n": types.CreateEntitiesDocument,
    "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      memberType {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n": types.InteractionFieldsFragmentDoc,
    "\n  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        severity\n        message\n        detail\n        path\n        existingUri\n        identicalToExisting\n      }\n      warnings {\n        code\n        name\n        severity\n        message\n        path\n      }\n      object {\n        ...InteractionFields\n      }\n    }\n  }\n": types.CreateInteractionsDocument,
    "\n  query ReadInteraction($uri: String!) {\n    interaction(uri: $uri) {\n      ...InteractionFields\n    }\n  }\n": types.ReadInteractionDocument,
    "\n  query ReadInteractionByCrosswalk($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      uri\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": types.ReadInteractionByCrosswalkDocument,
    "\n  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": types.ApplyConfigurationDocument,
    "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      memberTypes {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            memberTypes {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n": types.TenantSnapshotDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').ApplyDemoConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        message\n        path\n      }\n      object {\n        uri\n        label\n        type {\n          uri\n        }\n        createdBy\n        attributes {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      memberType {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        severity\n        message\n        detail\n        path\n        existingUri\n        identicalToExisting\n      }\n      warnings {\n        code\n        name\n        severity\n        message\n        path\n      }\n      object {\n        ...InteractionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateInteractionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadInteraction($uri: String!) {\n    interaction(uri: $uri) {\n      ...InteractionFields\n    }\n  }\n"): typeof import('./graphql.js').ReadInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadInteractionByCrosswalk($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      uri\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReadInteractionByCrosswalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApplyConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      memberTypes {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            memberTypes {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TenantSnapshotDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
