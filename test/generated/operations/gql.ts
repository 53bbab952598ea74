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
    "\n  mutation AccessCreateEntities($entities: [EntityInput!]!) {\n    createEntities(entities: $entities) {\n      status\n      uri\n    }\n  }\n": typeof types.AccessCreateEntitiesDocument,
    "\n  mutation AccessMergeConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n    }\n  }\n": typeof types.AccessMergeConfigurationDocument,
    "\n  mutation AccessCreateTenant($id: String!) {\n    createTenant(id: $id) {\n      created\n      tenant {\n        id\n        configurationVersion\n      }\n    }\n  }\n": typeof types.AccessCreateTenantDocument,
    "\n  query AccessSourceNames {\n    sources {\n      name\n    }\n  }\n": typeof types.AccessSourceNamesDocument,
    "\n  query AccessApiKeyIds {\n    apiKeys {\n      id\n    }\n  }\n": typeof types.AccessApiKeyIdsDocument,
    "\n  query AccessTenantIds {\n    tenants {\n      id\n    }\n  }\n": typeof types.AccessTenantIdsDocument,
    "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n": typeof types.AccessEntityCountDocument,
    "\n        query AccessReaderOverview {\n          sources {\n            name\n          }\n          entities {\n            totalCount\n          }\n        }\n      ": typeof types.AccessReaderOverviewDocument,
    "\n        mutation AccessDeleteAmaSource {\n          deleteSource(uri: \"configuration/sources/AMA\") {\n            ok\n          }\n        }\n      ": typeof types.AccessDeleteAmaSourceDocument,
    "\n        mutation AccessEntitiesAndSource($entities: [EntityInput!]!) {\n          createEntities(entities: $entities) {\n            status\n          }\n          createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      ": typeof types.AccessEntitiesAndSourceDocument,
    "\n        mutation AccessSourceInFragment {\n          ...AccessAliasedSourceCreation\n        }\n        fragment AccessAliasedSourceCreation on Mutation {\n          x: createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      ": typeof types.AccessSourceInFragmentDocument,
    "\n        query AccessRoleWithOptionalApiKeys($show: Boolean! = false) {\n          apiKeys @include(if: $show) {\n            id\n          }\n          viewer {\n            role\n          }\n        }\n      ": typeof types.AccessRoleWithOptionalApiKeysDocument,
    "\n          mutation AccessCreatedBy($entities: [EntityInput!]!) {\n            createEntities(entities: $entities) {\n              object {\n                createdBy\n                updatedBy\n              }\n            }\n          }\n        ": typeof types.AccessCreatedByDocument,
    "\n          query AccessFreshTenantSources {\n            sources {\n              name\n              isDefault\n            }\n          }\n        ": typeof types.AccessFreshTenantSourcesDocument,
    "\n        query AccessOperatorViewerAndLimits {\n          viewer {\n            subject\n            role\n            tenant\n          }\n          limits {\n            maxBatchSize\n          }\n        }\n      ": typeof types.AccessOperatorViewerAndLimitsDocument,
    "\n        query AccessDevelopmentViewer {\n          viewer {\n            subject\n            role\n            tenant\n            credential\n          }\n          interactionTypes {\n            name\n          }\n        }\n      ": typeof types.AccessDevelopmentViewerDocument,
    "\n        query AccessViewerSubject {\n          viewer {\n            subject\n          }\n        }\n      ": typeof types.AccessViewerSubjectDocument,
    "\n          query AccessTypename {\n            __typename\n          }\n        ": typeof types.AccessTypenameDocument,
    "\n  query CredentialsViewer {\n    viewer {\n      subject\n      role\n      tenant\n      credential\n    }\n  }\n": typeof types.CredentialsViewerDocument,
    "\n      mutation CredentialsCreateApiKey($input: ApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n          apiKey {\n            id\n            name\n            role\n            tenant\n            createdBy\n            revokedTime\n            lastUsedTime\n          }\n        }\n      }\n    ": typeof types.CredentialsCreateApiKeyDocument,
    "\n      mutation CredentialsRevokeApiKey($id: ID!) {\n        revokeApiKey(id: $id) {\n          id\n          revokedTime\n        }\n      }\n    ": typeof types.CredentialsRevokeApiKeyDocument,
    "\n          query CredentialsListedApiKeys {\n            apiKeys {\n              id\n              name\n              role\n            }\n          }\n        ": typeof types.CredentialsListedApiKeysDocument,
    "\n        query CredentialsOtherTenantApiKeys {\n          apiKeys {\n            id\n          }\n        }\n      ": typeof types.CredentialsOtherTenantApiKeysDocument,
    "\n  mutation BrowserAppSeedLunches($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      uri\n      status\n    }\n  }\n": typeof types.BrowserAppSeedLunchesDocument,
    "\n  query ConfigurationWholeRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n      }\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n      participants {\n        uri\n        name\n        role\n        minOccurs\n        maxOccurs\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConfigurationWholeReadDocument,
    "\n  mutation ConfigurationApplyDocument($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": typeof types.ConfigurationApplyDocumentDocument,
    "\n  query ConfigurationDemoTypes {\n    interactionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      participants {\n        uri\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    lunch: interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      displayName {\n        locale\n        text\n      }\n      primaryParticipant\n      participants {\n        name\n        minOccurs\n        maxOccurs\n      }\n    }\n    source(uri: \"configuration/sources/Salesforce\") {\n      name\n      isDefault\n    }\n  }\n": typeof types.ConfigurationDemoTypesDocument,
    "\n  mutation ConfigurationChangeMeeting {\n    updateInteractionType(\n      uri: \"configuration/interactionTypes/Meeting\"\n      input: { name: \"Meeting\", label: \"Team meeting\", attributes: [{ name: \"Agenda\", valueType: STRING }] }\n    ) {\n      ok\n      errors {\n        name\n      }\n    }\n    deleteInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      ok\n    }\n  }\n": typeof types.ConfigurationChangeMeetingDocument,
    "\n  query ConfigurationMeeting {\n    interactionTypes {\n      name\n    }\n    meeting: interactionType(uri: \"configuration/interactionTypes/Meeting\") {\n      label\n      attributes {\n        name\n      }\n    }\n  }\n": typeof types.ConfigurationMeetingDocument,
    "\n  query ConfigurationLunchName {\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      name\n    }\n  }\n": typeof types.ConfigurationLunchNameDocument,
    "\n  mutation ConfigurationCreateEachKind {\n    createSource(input: { name: \"Salesforce\", label: \"SFDC\" }) {\n      ok\n      source {\n        uri\n        name\n        label\n        isDefault\n      }\n    }\n    createEntityType(\n      input: { name: \"Individual\", attributes: [{ name: \"Name\", valueType: STRING, required: true }], labelAttribute: \"Name\" }\n    ) {\n      ok\n      entityType {\n        uri\n        labelAttribute\n        attributes {\n          uri\n          name\n          valueType\n          required\n          multiValued\n          hidden\n        }\n      }\n    }\n    createInteractionType(\n      input: {\n        name: \"Call\"\n        label: \"Phone call\"\n        displayName: [{ locale: \"de-DE\", text: \"Anruf\" }]\n        attributes: [\n          { name: \"CallId\", valueType: STRING, required: true }\n          { name: \"At\", valueType: TIMESTAMP }\n          { name: \"Minutes\", valueType: INTEGER }\n        ]\n        participants: [{ name: \"Caller\", entityTypes: [\"configuration/entityTypes/Individual\"], minOccurs: 1, maxOccurs: 1 }]\n        idAttributes: [\"CallId\"]\n        timestampAttribute: \"At\"\n        primaryParticipant: \"Caller\"\n        defaultSource: \"configuration/sources/Salesforce\"\n      }\n    ) {\n      ok\n      configurationVersion\n      interactionType {\n        uri\n        displayName {\n          locale\n          text\n        }\n        idAttributes\n        timestampAttribute\n        defaultSource {\n          uri\n        }\n        participants {\n          uri\n          entityTypes {\n            uri\n          }\n          minOccurs\n          maxOccurs\n        }\n      }\n    }\n  }\n": typeof types.ConfigurationCreateEachKindDocument,
    "\n  mutation ConfigurationMakeSalesforceDefault {\n    updateSource(uri: \"configuration/sources/Salesforce\", input: { name: \"Salesforce\", label: \"SFDC\", isDefault: true }) {\n      ok\n    }\n  }\n": typeof types.ConfigurationMakeSalesforceDefaultDocument,
    "\n  query ConfigurationSourceDefaults {\n    sources {\n      name\n      isDefault\n    }\n  }\n": typeof types.ConfigurationSourceDefaultsDocument,
    "\n  mutation ConfigurationRemoveEachKind {\n    deleteInteractionType(uri: \"configuration/interactionTypes/Call\") {\n      ok\n    }\n    deleteEntityType(uri: \"configuration/entityTypes/Individual\") {\n      ok\n    }\n    deleteSource(uri: \"configuration/sources/Default\") {\n      ok\n    }\n  }\n": typeof types.ConfigurationRemoveEachKindDocument,
    "\n  query ConfigurationVersionAndNames {\n    configurationVersion\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": typeof types.ConfigurationVersionAndNamesDocument,
    "\n  query ConfigurationSourceAndInteractionTypeNames {\n    sources {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": typeof types.ConfigurationSourceAndInteractionTypeNamesDocument,
    "\n  query ConfigurationNames {\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": typeof types.ConfigurationNamesDocument,
    "\n  query ConfigurationLunchLabel {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      label\n    }\n  }\n": typeof types.ConfigurationLunchLabelDocument,
    "\n  mutation ConfigurationUpdateLunch($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/Lunch\", input: $input) {\n      ok\n    }\n  }\n": typeof types.ConfigurationUpdateLunchDocument,
    "\n  query ConfigurationVersionOnly {\n    configurationVersion\n  }\n": typeof types.ConfigurationVersionOnlyDocument,
    "\n  mutation ConfigurationCreateNamedSource($name: String!) {\n    createSource(input: { name: $name }) {\n      ok\n      errors {\n        name\n      }\n    }\n  }\n": typeof types.ConfigurationCreateNamedSourceDocument,
    "\n  query ConfigurationVersionAndSourceNames {\n    configurationVersion\n    sources {\n      name\n    }\n  }\n": typeof types.ConfigurationVersionAndSourceNamesDocument,
    "\n  query ConfigurationErrorCodes {\n    errorCodes {\n      code\n      name\n      severity\n      description\n    }\n  }\n": typeof types.ConfigurationErrorCodesDocument,
    "\n  mutation CustomerInsightsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": typeof types.CustomerInsightsApplyDocument,
    "\n  mutation CustomerInsightsImport($definitions: String!) {\n    importCustomerInsightsDefinitions(definitions: $definitions) {\n      ok\n      changed\n      notes\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": typeof types.CustomerInsightsImportDocument,
    "\n  query CustomerInsightsFieldTraits($uri: String!) {\n    interactionType(uri: $uri) {\n      attributes {\n        name\n        isName\n        localizedString\n      }\n    }\n  }\n": typeof types.CustomerInsightsFieldTraitsDocument,
    "\n  query CustomerInsightsType($uri: String!) {\n    interactionType(uri: $uri) {\n      name\n      mutable\n      idAttributes\n      timestampAttribute\n      primaryParticipant\n      apiEntitySetName\n      images {\n        small\n        medium\n        large\n      }\n      attributes {\n        name\n        valueType\n        required\n        multiValued\n        allowedValues\n        flagEnum\n      }\n      participants {\n        name\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerInsightsTypeDocument,
    "\n  mutation CustomerInsightsContacts($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n    }\n  }\n": typeof types.CustomerInsightsContactsDocument,
    "\n  mutation CustomerInsightsInteraction($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        code\n        name\n      }\n      object {\n        timestamp\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerInsightsInteractionDocument,
    "\n  query EntitiesTotalCount {\n    entities {\n      totalCount\n    }\n  }\n": typeof types.EntitiesTotalCountDocument,
    "\n  query EntitiesHiddenAttributesAndByCrosswalk($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    byCrosswalk: entityByCrosswalk(source: \"Salesforce\", value: \"EMP_600000\") {\n      uri\n    }\n  }\n": typeof types.EntitiesHiddenAttributesAndByCrosswalkDocument,
    "\n  query EntitiesCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": typeof types.EntitiesCrosswalksDocument,
    "\n  mutation EntitiesUpdate($uri: String!, $attributes: [AttributeInput!], $add: [CrosswalkInput!], $remove: [CrosswalkInput!]) {\n    updateEntity(uri: $uri, attributes: $attributes, addCrosswalks: $add, removeCrosswalks: $remove) {\n      status\n      errors {\n        name\n        path\n      }\n      object {\n        label\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": typeof types.EntitiesUpdateDocument,
    "\n  query EntitiesLabelAndCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      label\n      crosswalks {\n        value\n      }\n    }\n  }\n": typeof types.EntitiesLabelAndCrosswalksDocument,
    "\n  mutation EntitiesRename($uri: String!, $name: AttributeScalar!) {\n    updateEntity(uri: $uri, attributes: [{ name: \"FullName\", values: [$name] }]) {\n      status\n    }\n  }\n": typeof types.EntitiesRenameDocument,
    "\n  query EntitiesLabelAndAttributes($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": typeof types.EntitiesLabelAndAttributesDocument,
    "\n  mutation EntitiesDelete($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": typeof types.EntitiesDeleteDocument,
    "\n  query EntitiesListPage($filter: EntityFilter, $after: String) {\n    entities(filter: $filter, first: 3, after: $after) {\n      totalCount\n      nodes {\n        label\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EntitiesListPageDocument,
    "\n  query EntitiesOtherTenantLookups($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n    entityByCrosswalk(source: \"Salesforce\", value: \"SECRET-1\") {\n      uri\n    }\n    entities(filter: { attributes: [{ name: \"ContactId\", value: \"C-SECRET\" }] }) {\n      totalCount\n    }\n  }\n": typeof types.EntitiesOtherTenantLookupsDocument,
    "\n  fragment EntitiesLookupLabel on Entity {\n    label\n  }\n": typeof types.EntitiesLookupLabelFragmentDoc,
    "\n  query EntitiesRaceOutcome {\n    entityByCrosswalk(source: \"Salesforce\", value: \"RACE-1\") {\n      uri\n    }\n    entities {\n      totalCount\n    }\n  }\n": typeof types.EntitiesRaceOutcomeDocument,
    "\n  fragment ConfigurationRulesPayload on ConfigurationChangePayload {\n    ok\n    changed\n    configurationVersion\n    errors {\n      code\n      name\n      severity\n      message\n      detail\n      path\n    }\n  }\n": typeof types.ConfigurationRulesPayloadFragmentDoc,
    "\n  mutation ConfigurationRulesApply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {\n    result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesApplyDocument,
    "\n  mutation ConfigurationRulesCreateSource($input: SourceInput!) {\n    result: createSource(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesCreateSourceDocument,
    "\n  mutation ConfigurationRulesUpdateSource($uri: String!, $input: SourceInput!) {\n    result: updateSource(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesUpdateSourceDocument,
    "\n  mutation ConfigurationRulesDeleteSource($uri: String!) {\n    result: deleteSource(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesDeleteSourceDocument,
    "\n  mutation ConfigurationRulesCreateEntityType($input: EntityTypeInput!) {\n    result: createEntityType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesCreateEntityTypeDocument,
    "\n  mutation ConfigurationRulesUpdateEntityType($uri: String!, $input: EntityTypeInput!) {\n    result: updateEntityType(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesUpdateEntityTypeDocument,
    "\n  mutation ConfigurationRulesDeleteEntityType($uri: String!) {\n    result: deleteEntityType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesDeleteEntityTypeDocument,
    "\n  mutation ConfigurationRulesCreateInteractionType($input: InteractionTypeInput!) {\n    result: createInteractionType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesCreateInteractionTypeDocument,
    "\n  mutation ConfigurationRulesUpdateInteractionType(\n    $uri: String!\n    $input: InteractionTypeInput!\n    $allowImmutableToMutable: Boolean! = false\n  ) {\n    result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesUpdateInteractionTypeDocument,
    "\n  mutation ConfigurationRulesDeleteInteractionType($uri: String!) {\n    result: deleteInteractionType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": typeof types.ConfigurationRulesDeleteInteractionTypeDocument,
    "\n  fragment ConfigurationRulesAttribute on AttributeType {\n    uri\n    name\n    label\n    displayName {\n      locale\n      text\n    }\n    description {\n      locale\n      text\n    }\n    valueType\n    required\n    multiValued\n    hidden\n  }\n": typeof types.ConfigurationRulesAttributeFragmentDoc,
    "\n  query ConfigurationRulesRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n      participants {\n        uri\n        name\n        label\n        displayName {\n          locale\n          text\n        }\n        description {\n          locale\n          text\n        }\n        role\n        entityTypes {\n          uri\n          name\n        }\n        minOccurs\n        maxOccurs\n        mapping {\n          entityType {\n            uri\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n        name\n        isDefault\n      }\n    }\n  }\n": typeof types.ConfigurationRulesReadDocument,
    "\n  mutation DedupKeysUpdateType($uri: String!, $input: InteractionTypeInput!, $rekey: Boolean!) {\n    updateInteractionType(uri: $uri, input: $input, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": typeof types.DedupKeysUpdateTypeDocument,
    "\n  mutation DedupKeysApply($input: ConfigurationInput!, $rekey: Boolean!) {\n    applyConfiguration(input: $input, mode: MERGE, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n      notes\n    }\n  }\n": typeof types.DedupKeysApplyDocument,
    "\n  query DedupKeysState {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      idAttributes\n    }\n  }\n": typeof types.DedupKeysStateDocument,
    "\n  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n    }\n  }\n": typeof types.ApplyDemoConfigurationDocument,
    "\n  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        message\n        path\n      }\n      object {\n        uri\n        label\n        type {\n          uri\n        }\n        createdBy\n        attributes {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n        }\n      }\n    }\n  }\n": typeof types.CreateEntitiesDocument,
    "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      participant {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n": typeof types.InteractionFieldsFragmentDoc,
    "\n  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        severity\n        message\n        detail\n        path\n        existingUri\n        identicalToExisting\n      }\n      warnings {\n        code\n        name\n        severity\n        message\n        path\n      }\n      object {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.CreateInteractionsDocument,
    "\n  query ReadInteraction($uri: String!) {\n    interaction(uri: $uri) {\n      ...InteractionFields\n    }\n  }\n": typeof types.ReadInteractionDocument,
    "\n  query ReadInteractionByCrosswalk($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      uri\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": typeof types.ReadInteractionByCrosswalkDocument,
    "\n  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": typeof types.ApplyConfigurationDocument,
    "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      participants {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            participants {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.TenantSnapshotDocument,
    "\n  query IdempotencyRetention {\n    limits {\n      idempotencyRetentionSeconds\n    }\n  }\n": typeof types.IdempotencyRetentionDocument,
    "\n  mutation IdempotencyCreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n": typeof types.IdempotencyCreateApiKeyDocument,
    "\n  query CreateBatchesAttributeVisibility($uri: String!) {\n    interaction(uri: $uri) {\n      default: attributes {\n        name\n      }\n      shown: attributes(includeHidden: true) {\n        name\n        values {\n          uri\n          value\n        }\n      }\n      hiddenOff: attributes(includeHidden: false) {\n        name\n      }\n    }\n  }\n": typeof types.CreateBatchesAttributeVisibilityDocument,
    "\n  mutation CreateTolerantly($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateTolerantlyDocument,
    "\n  mutation CreateTwoTolerantly($first: InteractionInput!, $second: InteractionInput!) {\n    createInteractions(interactions: [$first, $second]) {\n      index\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n": typeof types.CreateTwoTolerantlyDocument,
    "\n  mutation CreateEntitiesTolerantly($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n        existingUri\n      }\n    }\n  }\n": typeof types.CreateEntitiesTolerantlyDocument,
    "\n  mutation DeleteTolerantly($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n": typeof types.DeleteTolerantlyDocument,
    "\n  query SupportCasesByPriority($value: AttributeScalar!) {\n    interactions(filter: { types: [\"SupportCase\"], attributes: [{ name: \"Priority\", value: $value }] }) {\n      totalCount\n    }\n  }\n": typeof types.SupportCasesByPriorityDocument,
    "\n  mutation MemberOfWrongType($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      errors {\n        name\n        message\n      }\n    }\n  }\n": typeof types.MemberOfWrongTypeDocument,
    "\n  fragment InteractionsReadTimelineNode on Interaction {\n    uri\n    timestamp\n  }\n": typeof types.InteractionsReadTimelineNodeFragmentDoc,
    "\n  query InteractionsReadTimelinePage(\n    $uri: String!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $order: TimestampOrder\n    $filter: InteractionFilter\n  ) {\n    entity(uri: $uri) {\n      interactions(first: $first, after: $after, last: $last, before: $before, order: $order, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...InteractionsReadTimelineNode\n          }\n          participants {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadTimelinePageDocument,
    "\n  query InteractionsReadTimelineMemberUris($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        nodes {\n          uri\n          members {\n            members {\n              objectURI\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadTimelineMemberUrisDocument,
    "\n  query InteractionsReadTimelineMemberLabels($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n            members {\n              members {\n                objectURI\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadTimelineMemberLabelsDocument,
    "\n  query InteractionsReadFilteredList($filter: InteractionFilter) {\n    interactions(filter: $filter, first: 10) {\n      totalCount\n      nodes {\n        timestamp\n        type {\n          name\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadFilteredListDocument,
    "\n  query InteractionsReadUnknownTypeFilter {\n    interactions(filter: { types: [\"Nope\"] }) {\n      totalCount\n    }\n  }\n": typeof types.InteractionsReadUnknownTypeFilterDocument,
    "\n  query InteractionsReadDeepPage($first: Int) {\n    interactions(first: $first) {\n      totalCount\n      nodes {\n        uri\n        timestamp\n        type {\n          name\n          participants {\n            name\n          }\n        }\n        crosswalks {\n          value\n          source {\n            name\n          }\n        }\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n            label\n            type\n            entity {\n              uri\n              label\n              attributes {\n                name\n                values {\n                  value\n                }\n              }\n              crosswalks {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadDeepPageDocument,
    "\n  mutation InteractionsReadDelete($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n      }\n    }\n  }\n": typeof types.InteractionsReadDeleteDocument,
    "\n  query InteractionsReadDeletedLookups($uri: String!) {\n    interaction(uri: $uri) {\n      uri\n    }\n    interactionByCrosswalk(source: \"AMA\", value: \"TEST\") {\n      uri\n    }\n  }\n": typeof types.InteractionsReadDeletedLookupsDocument,
    "\n  mutation InteractionsReadUpdate($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n      }\n      object {\n        timestamp\n        createdTime\n        updatedTime\n        updatedBy\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadUpdateDocument,
    "\n  query InteractionsReadTimestampAndAttributes($uri: String!) {\n    interaction(uri: $uri) {\n      timestamp\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadTimestampAndAttributesDocument,
    "\n  mutation InteractionsReadUpdateStatus($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      status\n      errors {\n        name\n      }\n    }\n  }\n": typeof types.InteractionsReadUpdateStatusDocument,
    "\n  query InteractionsReadAttributesAndMembers($uri: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        members {\n          objectURI\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadAttributesAndMembersDocument,
    "\n  mutation InteractionsReadChangeCaseNumber($uri: String!) {\n    updateInteraction(uri: $uri, changes: { attributes: [{ name: \"CaseNumber\", values: [\"C-2\"] }] }) {\n      status\n      errors {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InteractionsReadChangeCaseNumberDocument,
    "\n  query InteractionsReadCaseByCrosswalk {\n    interactionByCrosswalk(source: \"Salesforce\", value: \"SupportCase|C-1\") {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadCaseByCrosswalkDocument,
    "\n  query InteractionsReadHiddenAttributes($uri: String!, $entity: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n      }\n      all: attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    interactions(first: 1) {\n      nodes {\n        attributes {\n          name\n        }\n      }\n    }\n    entity(uri: $entity) {\n      interactions(first: 1) {\n        nodes {\n          attributes {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InteractionsReadHiddenAttributesDocument,
    "\n  query LimitsTypename {\n    __typename\n  }\n": typeof types.LimitsTypenameDocument,
    "\n  query LimitsIntrospectionQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.LimitsIntrospectionQueryTypeDocument,
    "\n        query LimitsAdvertised {\n          limits {\n            maxBatchSize\n            maxValuesPerAttribute\n            maxMembersPerParticipant\n            maxCrosswalksPerObject\n            maxRequestValues\n            maxBodyBytes\n            maxDepth\n            maxAliases\n            maxTokens\n            maxCost\n            maxPageSize\n            rateLimitRequests\n            rateLimitWindowSeconds\n          }\n        }\n      ": typeof types.LimitsAdvertisedDocument,
    "\n        mutation LimitsCreateAndDeleteInteractions($interactions: [InteractionInput!]!, $uris: [String!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n          deleteInteractions(uris: $uris) {\n            status\n          }\n        }\n      ": typeof types.LimitsCreateAndDeleteInteractionsDocument,
    "\n      mutation LimitsCreateInteractionsWithValueErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            name\n            path\n            message\n          }\n        }\n      }\n    ": typeof types.LimitsCreateInteractionsWithValueErrorsDocument,
    "\n      mutation LimitsCreateEntityStatuses($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          status\n        }\n      }\n    ": typeof types.LimitsCreateEntityStatusesDocument,
    "\n        mutation LimitsCreateInteractionStatuses($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n        }\n      ": typeof types.LimitsCreateInteractionStatusesDocument,
    "\n        mutation LimitsCreateInteractionErrorMessages($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            errors {\n              message\n            }\n          }\n        }\n      ": typeof types.LimitsCreateInteractionErrorMessagesDocument,
    "\n      query LimitsInteractionTypeNames {\n        interactionTypes {\n          name\n        }\n      }\n    ": typeof types.LimitsInteractionTypeNamesDocument,
    "\n      mutation LimitsCreateInteractionsWithMemberErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    ": typeof types.LimitsCreateInteractionsWithMemberErrorsDocument,
    "\n      mutation LimitsCreateEntitiesWithErrors($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          uri\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.LimitsCreateEntitiesWithErrorsDocument,
    "\n      mutation LimitsAddEntityCrosswalks($uri: String!, $add: [CrosswalkInput!]) {\n        updateEntity(uri: $uri, addCrosswalks: $add) {\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.LimitsAddEntityCrosswalksDocument,
    "\n  query LoaderFilesEntityUris {\n    entities(first: 50) {\n      nodes {\n        uri\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": typeof types.LoaderFilesEntityUrisDocument,
    "\n  query LoaderFilesStoredInteractions {\n    interactions(first: 50, order: ASC) {\n      nodes {\n        type {\n          name\n        }\n        timestamp\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoaderFilesStoredInteractionsDocument,
    "\n  query ReadmeLunch($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        participant {\n          name\n        }\n        members {\n          label\n        }\n      }\n    }\n  }\n": typeof types.ReadmeLunchDocument,
    "\n  query ReadmeOpenedEmails {\n    interactions(filter: { types: [\"EmailOpened\"] }, first: 10) {\n      edges {\n        node {\n          members {\n            members {\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadmeOpenedEmailsDocument,
    "\n  mutation MappingsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": typeof types.MappingsApplyDocument,
    "\n  mutation MappingsCreateGuests($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n    }\n  }\n": typeof types.MappingsCreateGuestsDocument,
    "\n  mutation MappingsVisit($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions, options: { returnObjects: true }) {\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": typeof types.MappingsVisitDocument,
    "\n  query LegacyParticipantsRead {\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      primaryParticipant\n      participants {\n        uri\n        name\n        role\n        maxOccurs\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    interaction(uri: \"interactions/LegacyInt001\") {\n      members {\n        uri\n        participant {\n          name\n        }\n        members {\n          objectURI\n        }\n      }\n    }\n    entity(uri: \"entities/LegacyEnt001\") {\n      interactions(first: 5) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegacyParticipantsReadDocument,
    "\n  mutation LegacyParticipantsCreate($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        name\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": typeof types.LegacyParticipantsCreateDocument,
    "\n  query QueryPlansEntityTimelinePage($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 50) {\n        nodes {\n          uri\n        }\n      }\n    }\n  }\n": typeof types.QueryPlansEntityTimelinePageDocument,
    "\n  query QueryPlansEntityTimelinePageAfter($uri: String!, $after: String) {\n    entity(uri: $uri) {\n      interactions(first: 50, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.QueryPlansEntityTimelinePageAfterDocument,
    "\n  query QueryPlansLunchesInRange {\n    interactions(filter: { types: [\"Lunch\"], from: 1600010000000, to: 1600090000000 }, first: 50) {\n      nodes {\n        uri\n      }\n    }\n  }\n": typeof types.QueryPlansLunchesInRangeDocument,
    "\n  mutation QueryPlansRekeyExhibitions($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\", input: $input, rekey: true) {\n      ok\n      changed\n    }\n  }\n": typeof types.QueryPlansRekeyExhibitionsDocument,
    "\n  query ServiceTypename {\n    __typename\n  }\n": typeof types.ServiceTypenameDocument,
    "\n  query ServiceTenantConfiguration {\n    sources {\n      uri\n      name\n      isDefault\n    }\n    entityTypes {\n      uri\n    }\n    interactionTypes {\n      uri\n    }\n  }\n": typeof types.ServiceTenantConfigurationDocument,
    "\n  query ServiceKnownAndUnknownSource {\n    known: source(uri: \"configuration/sources/Default\") {\n      name\n    }\n    unknown: source(uri: \"configuration/sources/Nope\") {\n      name\n    }\n  }\n": typeof types.ServiceKnownAndUnknownSourceDocument,
    "\n  query ServiceSourceUris {\n    sources {\n      uri\n    }\n  }\n": typeof types.ServiceSourceUrisDocument,
    "\n  fragment IsolationEntityTimeline on Entity {\n    uri\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n": typeof types.IsolationEntityTimelineFragmentDoc,
    "\n  fragment IsolationInteractionMembers on Interaction {\n    uri\n    members {\n      members {\n        objectURI\n      }\n    }\n  }\n": typeof types.IsolationInteractionMembersFragmentDoc,
    "\n  fragment IsolationEntityUri on Entity {\n    uri\n  }\n": typeof types.IsolationEntityUriFragmentDoc,
    "\n  fragment IsolationInteractionUri on Interaction {\n    uri\n  }\n": typeof types.IsolationInteractionUriFragmentDoc,
    "\n  fragment IsolationEntityPage on EntityConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n": typeof types.IsolationEntityPageFragmentDoc,
    "\n  fragment IsolationInteractionPage on InteractionConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n": typeof types.IsolationInteractionPageFragmentDoc,
    "\n  fragment IsolationEntityChangeResult on EntityResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n": typeof types.IsolationEntityChangeResultFragmentDoc,
    "\n  fragment IsolationInteractionChangeResult on InteractionResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n": typeof types.IsolationInteractionChangeResultFragmentDoc,
    "\n  query IsolationTenantCursors {\n    entities(first: 20) {\n      edges {\n        cursor\n      }\n    }\n    interactions(first: 20) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.IsolationTenantCursorsDocument,
    "\n  mutation IsolationDeleteInteractions($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": typeof types.IsolationDeleteInteractionsDocument,
    "\n  mutation IsolationDeleteEntities($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": typeof types.IsolationDeleteEntitiesDocument,
    "\n  mutation IsolationChangeOwnConfiguration {\n    created: createSource(input: { name: \"OnlyInA\", label: \"Only in A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n    updated: updateSource(uri: \"configuration/sources/AMA\", input: { name: \"AMA\", label: \"Changed by A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n  }\n": typeof types.IsolationChangeOwnConfigurationDocument,
    "\n  mutation IsolationCreateWriterKey {\n    createApiKey(input: { name: \"isolation\", role: WRITER }) {\n      key\n    }\n  }\n": typeof types.IsolationCreateWriterKeyDocument,
    "\n  query IsolationViewerTenant {\n    viewer {\n      tenant\n    }\n  }\n": typeof types.IsolationViewerTenantDocument,
    "\n  query IsolationTenantOverview {\n    viewer {\n      tenant\n    }\n    entities(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n": typeof types.IsolationTenantOverviewDocument,
    "\n  query IsolationReadEntityUri($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n  }\n": typeof types.IsolationReadEntityUriDocument,
    "\n  mutation IsolationCreateSourceFromA {\n    createSource(input: { name: \"FromA\" }) {\n      ok\n    }\n  }\n": typeof types.IsolationCreateSourceFromADocument,
};
const documents: Documents = {
    "\n  mutation AccessCreateEntities($entities: [EntityInput!]!) {\n    createEntities(entities: $entities) {\n      status\n      uri\n    }\n  }\n": types.AccessCreateEntitiesDocument,
    "\n  mutation AccessMergeConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n    }\n  }\n": types.AccessMergeConfigurationDocument,
    "\n  mutation AccessCreateTenant($id: String!) {\n    createTenant(id: $id) {\n      created\n      tenant {\n        id\n        configurationVersion\n      }\n    }\n  }\n": types.AccessCreateTenantDocument,
    "\n  query AccessSourceNames {\n    sources {\n      name\n    }\n  }\n": types.AccessSourceNamesDocument,
    "\n  query AccessApiKeyIds {\n    apiKeys {\n      id\n    }\n  }\n": types.AccessApiKeyIdsDocument,
    "\n  query AccessTenantIds {\n    tenants {\n      id\n    }\n  }\n": types.AccessTenantIdsDocument,
    "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n": types.AccessEntityCountDocument,
    "\n        query AccessReaderOverview {\n          sources {\n            name\n          }\n          entities {\n            totalCount\n          }\n        }\n      ": types.AccessReaderOverviewDocument,
    "\n        mutation AccessDeleteAmaSource {\n          deleteSource(uri: \"configuration/sources/AMA\") {\n            ok\n          }\n        }\n      ": types.AccessDeleteAmaSourceDocument,
    "\n        mutation AccessEntitiesAndSource($entities: [EntityInput!]!) {\n          createEntities(entities: $entities) {\n            status\n          }\n          createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      ": types.AccessEntitiesAndSourceDocument,
    "\n        mutation AccessSourceInFragment {\n          ...AccessAliasedSourceCreation\n        }\n        fragment AccessAliasedSourceCreation on Mutation {\n          x: createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      ": types.AccessSourceInFragmentDocument,
    "\n        query AccessRoleWithOptionalApiKeys($show: Boolean! = false) {\n          apiKeys @include(if: $show) {\n            id\n          }\n          viewer {\n            role\n          }\n        }\n      ": types.AccessRoleWithOptionalApiKeysDocument,
    "\n          mutation AccessCreatedBy($entities: [EntityInput!]!) {\n            createEntities(entities: $entities) {\n              object {\n                createdBy\n                updatedBy\n              }\n            }\n          }\n        ": types.AccessCreatedByDocument,
    "\n          query AccessFreshTenantSources {\n            sources {\n              name\n              isDefault\n            }\n          }\n        ": types.AccessFreshTenantSourcesDocument,
    "\n        query AccessOperatorViewerAndLimits {\n          viewer {\n            subject\n            role\n            tenant\n          }\n          limits {\n            maxBatchSize\n          }\n        }\n      ": types.AccessOperatorViewerAndLimitsDocument,
    "\n        query AccessDevelopmentViewer {\n          viewer {\n            subject\n            role\n            tenant\n            credential\n          }\n          interactionTypes {\n            name\n          }\n        }\n      ": types.AccessDevelopmentViewerDocument,
    "\n        query AccessViewerSubject {\n          viewer {\n            subject\n          }\n        }\n      ": types.AccessViewerSubjectDocument,
    "\n          query AccessTypename {\n            __typename\n          }\n        ": types.AccessTypenameDocument,
    "\n  query CredentialsViewer {\n    viewer {\n      subject\n      role\n      tenant\n      credential\n    }\n  }\n": types.CredentialsViewerDocument,
    "\n      mutation CredentialsCreateApiKey($input: ApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n          apiKey {\n            id\n            name\n            role\n            tenant\n            createdBy\n            revokedTime\n            lastUsedTime\n          }\n        }\n      }\n    ": types.CredentialsCreateApiKeyDocument,
    "\n      mutation CredentialsRevokeApiKey($id: ID!) {\n        revokeApiKey(id: $id) {\n          id\n          revokedTime\n        }\n      }\n    ": types.CredentialsRevokeApiKeyDocument,
    "\n          query CredentialsListedApiKeys {\n            apiKeys {\n              id\n              name\n              role\n            }\n          }\n        ": types.CredentialsListedApiKeysDocument,
    "\n        query CredentialsOtherTenantApiKeys {\n          apiKeys {\n            id\n          }\n        }\n      ": types.CredentialsOtherTenantApiKeysDocument,
    "\n  mutation BrowserAppSeedLunches($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      uri\n      status\n    }\n  }\n": types.BrowserAppSeedLunchesDocument,
    "\n  query ConfigurationWholeRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n      }\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n      participants {\n        uri\n        name\n        role\n        minOccurs\n        maxOccurs\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n": types.ConfigurationWholeReadDocument,
    "\n  mutation ConfigurationApplyDocument($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": types.ConfigurationApplyDocumentDocument,
    "\n  query ConfigurationDemoTypes {\n    interactionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      participants {\n        uri\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    lunch: interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      displayName {\n        locale\n        text\n      }\n      primaryParticipant\n      participants {\n        name\n        minOccurs\n        maxOccurs\n      }\n    }\n    source(uri: \"configuration/sources/Salesforce\") {\n      name\n      isDefault\n    }\n  }\n": types.ConfigurationDemoTypesDocument,
    "\n  mutation ConfigurationChangeMeeting {\n    updateInteractionType(\n      uri: \"configuration/interactionTypes/Meeting\"\n      input: { name: \"Meeting\", label: \"Team meeting\", attributes: [{ name: \"Agenda\", valueType: STRING }] }\n    ) {\n      ok\n      errors {\n        name\n      }\n    }\n    deleteInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      ok\n    }\n  }\n": types.ConfigurationChangeMeetingDocument,
    "\n  query ConfigurationMeeting {\n    interactionTypes {\n      name\n    }\n    meeting: interactionType(uri: \"configuration/interactionTypes/Meeting\") {\n      label\n      attributes {\n        name\n      }\n    }\n  }\n": types.ConfigurationMeetingDocument,
    "\n  query ConfigurationLunchName {\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      name\n    }\n  }\n": types.ConfigurationLunchNameDocument,
    "\n  mutation ConfigurationCreateEachKind {\n    createSource(input: { name: \"Salesforce\", label: \"SFDC\" }) {\n      ok\n      source {\n        uri\n        name\n        label\n        isDefault\n      }\n    }\n    createEntityType(\n      input: { name: \"Individual\", attributes: [{ name: \"Name\", valueType: STRING, required: true }], labelAttribute: \"Name\" }\n    ) {\n      ok\n      entityType {\n        uri\n        labelAttribute\n        attributes {\n          uri\n          name\n          valueType\n          required\n          multiValued\n          hidden\n        }\n      }\n    }\n    createInteractionType(\n      input: {\n        name: \"Call\"\n        label: \"Phone call\"\n        displayName: [{ locale: \"de-DE\", text: \"Anruf\" }]\n        attributes: [\n          { name: \"CallId\", valueType: STRING, required: true }\n          { name: \"At\", valueType: TIMESTAMP }\n          { name: \"Minutes\", valueType: INTEGER }\n        ]\n        participants: [{ name: \"Caller\", entityTypes: [\"configuration/entityTypes/Individual\"], minOccurs: 1, maxOccurs: 1 }]\n        idAttributes: [\"CallId\"]\n        timestampAttribute: \"At\"\n        primaryParticipant: \"Caller\"\n        defaultSource: \"configuration/sources/Salesforce\"\n      }\n    ) {\n      ok\n      configurationVersion\n      interactionType {\n        uri\n        displayName {\n          locale\n          text\n        }\n        idAttributes\n        timestampAttribute\n        defaultSource {\n          uri\n        }\n        participants {\n          uri\n          entityTypes {\n            uri\n          }\n          minOccurs\n          maxOccurs\n        }\n      }\n    }\n  }\n": types.ConfigurationCreateEachKindDocument,
    "\n  mutation ConfigurationMakeSalesforceDefault {\n    updateSource(uri: \"configuration/sources/Salesforce\", input: { name: \"Salesforce\", label: \"SFDC\", isDefault: true }) {\n      ok\n    }\n  }\n": types.ConfigurationMakeSalesforceDefaultDocument,
    "\n  query ConfigurationSourceDefaults {\n    sources {\n      name\n      isDefault\n    }\n  }\n": types.ConfigurationSourceDefaultsDocument,
    "\n  mutation ConfigurationRemoveEachKind {\n    deleteInteractionType(uri: \"configuration/interactionTypes/Call\") {\n      ok\n    }\n    deleteEntityType(uri: \"configuration/entityTypes/Individual\") {\n      ok\n    }\n    deleteSource(uri: \"configuration/sources/Default\") {\n      ok\n    }\n  }\n": types.ConfigurationRemoveEachKindDocument,
    "\n  query ConfigurationVersionAndNames {\n    configurationVersion\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": types.ConfigurationVersionAndNamesDocument,
    "\n  query ConfigurationSourceAndInteractionTypeNames {\n    sources {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": types.ConfigurationSourceAndInteractionTypeNamesDocument,
    "\n  query ConfigurationNames {\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n": types.ConfigurationNamesDocument,
    "\n  query ConfigurationLunchLabel {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      label\n    }\n  }\n": types.ConfigurationLunchLabelDocument,
    "\n  mutation ConfigurationUpdateLunch($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/Lunch\", input: $input) {\n      ok\n    }\n  }\n": types.ConfigurationUpdateLunchDocument,
    "\n  query ConfigurationVersionOnly {\n    configurationVersion\n  }\n": types.ConfigurationVersionOnlyDocument,
    "\n  mutation ConfigurationCreateNamedSource($name: String!) {\n    createSource(input: { name: $name }) {\n      ok\n      errors {\n        name\n      }\n    }\n  }\n": types.ConfigurationCreateNamedSourceDocument,
    "\n  query ConfigurationVersionAndSourceNames {\n    configurationVersion\n    sources {\n      name\n    }\n  }\n": types.ConfigurationVersionAndSourceNamesDocument,
    "\n  query ConfigurationErrorCodes {\n    errorCodes {\n      code\n      name\n      severity\n      description\n    }\n  }\n": types.ConfigurationErrorCodesDocument,
    "\n  mutation CustomerInsightsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": types.CustomerInsightsApplyDocument,
    "\n  mutation CustomerInsightsImport($definitions: String!) {\n    importCustomerInsightsDefinitions(definitions: $definitions) {\n      ok\n      changed\n      notes\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": types.CustomerInsightsImportDocument,
    "\n  query CustomerInsightsFieldTraits($uri: String!) {\n    interactionType(uri: $uri) {\n      attributes {\n        name\n        isName\n        localizedString\n      }\n    }\n  }\n": types.CustomerInsightsFieldTraitsDocument,
    "\n  query CustomerInsightsType($uri: String!) {\n    interactionType(uri: $uri) {\n      name\n      mutable\n      idAttributes\n      timestampAttribute\n      primaryParticipant\n      apiEntitySetName\n      images {\n        small\n        medium\n        large\n      }\n      attributes {\n        name\n        valueType\n        required\n        multiValued\n        allowedValues\n        flagEnum\n      }\n      participants {\n        name\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n": types.CustomerInsightsTypeDocument,
    "\n  mutation CustomerInsightsContacts($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n    }\n  }\n": types.CustomerInsightsContactsDocument,
    "\n  mutation CustomerInsightsInteraction($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        code\n        name\n      }\n      object {\n        timestamp\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": types.CustomerInsightsInteractionDocument,
    "\n  query EntitiesTotalCount {\n    entities {\n      totalCount\n    }\n  }\n": types.EntitiesTotalCountDocument,
    "\n  query EntitiesHiddenAttributesAndByCrosswalk($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    byCrosswalk: entityByCrosswalk(source: \"Salesforce\", value: \"EMP_600000\") {\n      uri\n    }\n  }\n": types.EntitiesHiddenAttributesAndByCrosswalkDocument,
    "\n  query EntitiesCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": types.EntitiesCrosswalksDocument,
    "\n  mutation EntitiesUpdate($uri: String!, $attributes: [AttributeInput!], $add: [CrosswalkInput!], $remove: [CrosswalkInput!]) {\n    updateEntity(uri: $uri, attributes: $attributes, addCrosswalks: $add, removeCrosswalks: $remove) {\n      status\n      errors {\n        name\n        path\n      }\n      object {\n        label\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": types.EntitiesUpdateDocument,
    "\n  query EntitiesLabelAndCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      label\n      crosswalks {\n        value\n      }\n    }\n  }\n": types.EntitiesLabelAndCrosswalksDocument,
    "\n  mutation EntitiesRename($uri: String!, $name: AttributeScalar!) {\n    updateEntity(uri: $uri, attributes: [{ name: \"FullName\", values: [$name] }]) {\n      status\n    }\n  }\n": types.EntitiesRenameDocument,
    "\n  query EntitiesLabelAndAttributes($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": types.EntitiesLabelAndAttributesDocument,
    "\n  mutation EntitiesDelete($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": types.EntitiesDeleteDocument,
    "\n  query EntitiesListPage($filter: EntityFilter, $after: String) {\n    entities(filter: $filter, first: 3, after: $after) {\n      totalCount\n      nodes {\n        label\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EntitiesListPageDocument,
    "\n  query EntitiesOtherTenantLookups($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n    entityByCrosswalk(source: \"Salesforce\", value: \"SECRET-1\") {\n      uri\n    }\n    entities(filter: { attributes: [{ name: \"ContactId\", value: \"C-SECRET\" }] }) {\n      totalCount\n    }\n  }\n": types.EntitiesOtherTenantLookupsDocument,
    "\n  fragment EntitiesLookupLabel on Entity {\n    label\n  }\n": types.EntitiesLookupLabelFragmentDoc,
    "\n  query EntitiesRaceOutcome {\n    entityByCrosswalk(source: \"Salesforce\", value: \"RACE-1\") {\n      uri\n    }\n    entities {\n      totalCount\n    }\n  }\n": types.EntitiesRaceOutcomeDocument,
    "\n  fragment ConfigurationRulesPayload on ConfigurationChangePayload {\n    ok\n    changed\n    configurationVersion\n    errors {\n      code\n      name\n      severity\n      message\n      detail\n      path\n    }\n  }\n": types.ConfigurationRulesPayloadFragmentDoc,
    "\n  mutation ConfigurationRulesApply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {\n    result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesApplyDocument,
    "\n  mutation ConfigurationRulesCreateSource($input: SourceInput!) {\n    result: createSource(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesCreateSourceDocument,
    "\n  mutation ConfigurationRulesUpdateSource($uri: String!, $input: SourceInput!) {\n    result: updateSource(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesUpdateSourceDocument,
    "\n  mutation ConfigurationRulesDeleteSource($uri: String!) {\n    result: deleteSource(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesDeleteSourceDocument,
    "\n  mutation ConfigurationRulesCreateEntityType($input: EntityTypeInput!) {\n    result: createEntityType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesCreateEntityTypeDocument,
    "\n  mutation ConfigurationRulesUpdateEntityType($uri: String!, $input: EntityTypeInput!) {\n    result: updateEntityType(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesUpdateEntityTypeDocument,
    "\n  mutation ConfigurationRulesDeleteEntityType($uri: String!) {\n    result: deleteEntityType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesDeleteEntityTypeDocument,
    "\n  mutation ConfigurationRulesCreateInteractionType($input: InteractionTypeInput!) {\n    result: createInteractionType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesCreateInteractionTypeDocument,
    "\n  mutation ConfigurationRulesUpdateInteractionType(\n    $uri: String!\n    $input: InteractionTypeInput!\n    $allowImmutableToMutable: Boolean! = false\n  ) {\n    result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesUpdateInteractionTypeDocument,
    "\n  mutation ConfigurationRulesDeleteInteractionType($uri: String!) {\n    result: deleteInteractionType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n": types.ConfigurationRulesDeleteInteractionTypeDocument,
    "\n  fragment ConfigurationRulesAttribute on AttributeType {\n    uri\n    name\n    label\n    displayName {\n      locale\n      text\n    }\n    description {\n      locale\n      text\n    }\n    valueType\n    required\n    multiValued\n    hidden\n  }\n": types.ConfigurationRulesAttributeFragmentDoc,
    "\n  query ConfigurationRulesRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n      participants {\n        uri\n        name\n        label\n        displayName {\n          locale\n          text\n        }\n        description {\n          locale\n          text\n        }\n        role\n        entityTypes {\n          uri\n          name\n        }\n        minOccurs\n        maxOccurs\n        mapping {\n          entityType {\n            uri\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n        name\n        isDefault\n      }\n    }\n  }\n": types.ConfigurationRulesReadDocument,
    "\n  mutation DedupKeysUpdateType($uri: String!, $input: InteractionTypeInput!, $rekey: Boolean!) {\n    updateInteractionType(uri: $uri, input: $input, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": types.DedupKeysUpdateTypeDocument,
    "\n  mutation DedupKeysApply($input: ConfigurationInput!, $rekey: Boolean!) {\n    applyConfiguration(input: $input, mode: MERGE, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n      notes\n    }\n  }\n": types.DedupKeysApplyDocument,
    "\n  query DedupKeysState {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      idAttributes\n    }\n  }\n": types.DedupKeysStateDocument,
    "\n  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n    }\n  }\n": types.ApplyDemoConfigurationDocument,
    "\n  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        message\n        path\n      }\n      object {\n        uri\n        label\n        type {\n          uri\n        }\n        createdBy\n        attributes {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n        }\n      }\n    }\n  }\n": types.CreateEntitiesDocument,
    "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      participant {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n": types.InteractionFieldsFragmentDoc,
    "\n  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      successful\n      errors {\n        code\n        name\n        severity\n        message\n        detail\n        path\n        existingUri\n        identicalToExisting\n      }\n      warnings {\n        code\n        name\n        severity\n        message\n        path\n      }\n      object {\n        ...InteractionFields\n      }\n    }\n  }\n": types.CreateInteractionsDocument,
    "\n  query ReadInteraction($uri: String!) {\n    interaction(uri: $uri) {\n      ...InteractionFields\n    }\n  }\n": types.ReadInteractionDocument,
    "\n  query ReadInteractionByCrosswalk($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      uri\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n": types.ReadInteractionByCrosswalkDocument,
    "\n  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": types.ApplyConfigurationDocument,
    "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      participants {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            participants {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n": types.TenantSnapshotDocument,
    "\n  query IdempotencyRetention {\n    limits {\n      idempotencyRetentionSeconds\n    }\n  }\n": types.IdempotencyRetentionDocument,
    "\n  mutation IdempotencyCreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n": types.IdempotencyCreateApiKeyDocument,
    "\n  query CreateBatchesAttributeVisibility($uri: String!) {\n    interaction(uri: $uri) {\n      default: attributes {\n        name\n      }\n      shown: attributes(includeHidden: true) {\n        name\n        values {\n          uri\n          value\n        }\n      }\n      hiddenOff: attributes(includeHidden: false) {\n        name\n      }\n    }\n  }\n": types.CreateBatchesAttributeVisibilityDocument,
    "\n  mutation CreateTolerantly($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n": types.CreateTolerantlyDocument,
    "\n  mutation CreateTwoTolerantly($first: InteractionInput!, $second: InteractionInput!) {\n    createInteractions(interactions: [$first, $second]) {\n      index\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n": types.CreateTwoTolerantlyDocument,
    "\n  mutation CreateEntitiesTolerantly($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n        existingUri\n      }\n    }\n  }\n": types.CreateEntitiesTolerantlyDocument,
    "\n  mutation DeleteTolerantly($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n": types.DeleteTolerantlyDocument,
    "\n  query SupportCasesByPriority($value: AttributeScalar!) {\n    interactions(filter: { types: [\"SupportCase\"], attributes: [{ name: \"Priority\", value: $value }] }) {\n      totalCount\n    }\n  }\n": types.SupportCasesByPriorityDocument,
    "\n  mutation MemberOfWrongType($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      errors {\n        name\n        message\n      }\n    }\n  }\n": types.MemberOfWrongTypeDocument,
    "\n  fragment InteractionsReadTimelineNode on Interaction {\n    uri\n    timestamp\n  }\n": types.InteractionsReadTimelineNodeFragmentDoc,
    "\n  query InteractionsReadTimelinePage(\n    $uri: String!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $order: TimestampOrder\n    $filter: InteractionFilter\n  ) {\n    entity(uri: $uri) {\n      interactions(first: $first, after: $after, last: $last, before: $before, order: $order, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...InteractionsReadTimelineNode\n          }\n          participants {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.InteractionsReadTimelinePageDocument,
    "\n  query InteractionsReadTimelineMemberUris($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        nodes {\n          uri\n          members {\n            members {\n              objectURI\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InteractionsReadTimelineMemberUrisDocument,
    "\n  query InteractionsReadTimelineMemberLabels($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n            members {\n              members {\n                objectURI\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InteractionsReadTimelineMemberLabelsDocument,
    "\n  query InteractionsReadFilteredList($filter: InteractionFilter) {\n    interactions(filter: $filter, first: 10) {\n      totalCount\n      nodes {\n        timestamp\n        type {\n          name\n        }\n      }\n    }\n  }\n": types.InteractionsReadFilteredListDocument,
    "\n  query InteractionsReadUnknownTypeFilter {\n    interactions(filter: { types: [\"Nope\"] }) {\n      totalCount\n    }\n  }\n": types.InteractionsReadUnknownTypeFilterDocument,
    "\n  query InteractionsReadDeepPage($first: Int) {\n    interactions(first: $first) {\n      totalCount\n      nodes {\n        uri\n        timestamp\n        type {\n          name\n          participants {\n            name\n          }\n        }\n        crosswalks {\n          value\n          source {\n            name\n          }\n        }\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n            label\n            type\n            entity {\n              uri\n              label\n              attributes {\n                name\n                values {\n                  value\n                }\n              }\n              crosswalks {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InteractionsReadDeepPageDocument,
    "\n  mutation InteractionsReadDelete($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n      }\n    }\n  }\n": types.InteractionsReadDeleteDocument,
    "\n  query InteractionsReadDeletedLookups($uri: String!) {\n    interaction(uri: $uri) {\n      uri\n    }\n    interactionByCrosswalk(source: \"AMA\", value: \"TEST\") {\n      uri\n    }\n  }\n": types.InteractionsReadDeletedLookupsDocument,
    "\n  mutation InteractionsReadUpdate($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n      }\n      object {\n        timestamp\n        createdTime\n        updatedTime\n        updatedBy\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": types.InteractionsReadUpdateDocument,
    "\n  query InteractionsReadTimestampAndAttributes($uri: String!) {\n    interaction(uri: $uri) {\n      timestamp\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": types.InteractionsReadTimestampAndAttributesDocument,
    "\n  mutation InteractionsReadUpdateStatus($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      status\n      errors {\n        name\n      }\n    }\n  }\n": types.InteractionsReadUpdateStatusDocument,
    "\n  query InteractionsReadAttributesAndMembers($uri: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        members {\n          objectURI\n        }\n      }\n    }\n  }\n": types.InteractionsReadAttributesAndMembersDocument,
    "\n  mutation InteractionsReadChangeCaseNumber($uri: String!) {\n    updateInteraction(uri: $uri, changes: { attributes: [{ name: \"CaseNumber\", values: [\"C-2\"] }] }) {\n      status\n      errors {\n        code\n        name\n      }\n    }\n  }\n": types.InteractionsReadChangeCaseNumberDocument,
    "\n  query InteractionsReadCaseByCrosswalk {\n    interactionByCrosswalk(source: \"Salesforce\", value: \"SupportCase|C-1\") {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n": types.InteractionsReadCaseByCrosswalkDocument,
    "\n  query InteractionsReadHiddenAttributes($uri: String!, $entity: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n      }\n      all: attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    interactions(first: 1) {\n      nodes {\n        attributes {\n          name\n        }\n      }\n    }\n    entity(uri: $entity) {\n      interactions(first: 1) {\n        nodes {\n          attributes {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InteractionsReadHiddenAttributesDocument,
    "\n  query LimitsTypename {\n    __typename\n  }\n": types.LimitsTypenameDocument,
    "\n  query LimitsIntrospectionQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.LimitsIntrospectionQueryTypeDocument,
    "\n        query LimitsAdvertised {\n          limits {\n            maxBatchSize\n            maxValuesPerAttribute\n            maxMembersPerParticipant\n            maxCrosswalksPerObject\n            maxRequestValues\n            maxBodyBytes\n            maxDepth\n            maxAliases\n            maxTokens\n            maxCost\n            maxPageSize\n            rateLimitRequests\n            rateLimitWindowSeconds\n          }\n        }\n      ": types.LimitsAdvertisedDocument,
    "\n        mutation LimitsCreateAndDeleteInteractions($interactions: [InteractionInput!]!, $uris: [String!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n          deleteInteractions(uris: $uris) {\n            status\n          }\n        }\n      ": types.LimitsCreateAndDeleteInteractionsDocument,
    "\n      mutation LimitsCreateInteractionsWithValueErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            name\n            path\n            message\n          }\n        }\n      }\n    ": types.LimitsCreateInteractionsWithValueErrorsDocument,
    "\n      mutation LimitsCreateEntityStatuses($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          status\n        }\n      }\n    ": types.LimitsCreateEntityStatusesDocument,
    "\n        mutation LimitsCreateInteractionStatuses($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n        }\n      ": types.LimitsCreateInteractionStatusesDocument,
    "\n        mutation LimitsCreateInteractionErrorMessages($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            errors {\n              message\n            }\n          }\n        }\n      ": types.LimitsCreateInteractionErrorMessagesDocument,
    "\n      query LimitsInteractionTypeNames {\n        interactionTypes {\n          name\n        }\n      }\n    ": types.LimitsInteractionTypeNamesDocument,
    "\n      mutation LimitsCreateInteractionsWithMemberErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    ": types.LimitsCreateInteractionsWithMemberErrorsDocument,
    "\n      mutation LimitsCreateEntitiesWithErrors($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          uri\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    ": types.LimitsCreateEntitiesWithErrorsDocument,
    "\n      mutation LimitsAddEntityCrosswalks($uri: String!, $add: [CrosswalkInput!]) {\n        updateEntity(uri: $uri, addCrosswalks: $add) {\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    ": types.LimitsAddEntityCrosswalksDocument,
    "\n  query LoaderFilesEntityUris {\n    entities(first: 50) {\n      nodes {\n        uri\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n": types.LoaderFilesEntityUrisDocument,
    "\n  query LoaderFilesStoredInteractions {\n    interactions(first: 50, order: ASC) {\n      nodes {\n        type {\n          name\n        }\n        timestamp\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": types.LoaderFilesStoredInteractionsDocument,
    "\n  query ReadmeLunch($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        participant {\n          name\n        }\n        members {\n          label\n        }\n      }\n    }\n  }\n": types.ReadmeLunchDocument,
    "\n  query ReadmeOpenedEmails {\n    interactions(filter: { types: [\"EmailOpened\"] }, first: 10) {\n      edges {\n        node {\n          members {\n            members {\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadmeOpenedEmailsDocument,
    "\n  mutation MappingsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n": types.MappingsApplyDocument,
    "\n  mutation MappingsCreateGuests($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n    }\n  }\n": types.MappingsCreateGuestsDocument,
    "\n  mutation MappingsVisit($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions, options: { returnObjects: true }) {\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": types.MappingsVisitDocument,
    "\n  query LegacyParticipantsRead {\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      primaryParticipant\n      participants {\n        uri\n        name\n        role\n        maxOccurs\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    interaction(uri: \"interactions/LegacyInt001\") {\n      members {\n        uri\n        participant {\n          name\n        }\n        members {\n          objectURI\n        }\n      }\n    }\n    entity(uri: \"entities/LegacyEnt001\") {\n      interactions(first: 5) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n          }\n        }\n      }\n    }\n  }\n": types.LegacyParticipantsReadDocument,
    "\n  mutation LegacyParticipantsCreate($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        name\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n": types.LegacyParticipantsCreateDocument,
    "\n  query QueryPlansEntityTimelinePage($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 50) {\n        nodes {\n          uri\n        }\n      }\n    }\n  }\n": types.QueryPlansEntityTimelinePageDocument,
    "\n  query QueryPlansEntityTimelinePageAfter($uri: String!, $after: String) {\n    entity(uri: $uri) {\n      interactions(first: 50, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": types.QueryPlansEntityTimelinePageAfterDocument,
    "\n  query QueryPlansLunchesInRange {\n    interactions(filter: { types: [\"Lunch\"], from: 1600010000000, to: 1600090000000 }, first: 50) {\n      nodes {\n        uri\n      }\n    }\n  }\n": types.QueryPlansLunchesInRangeDocument,
    "\n  mutation QueryPlansRekeyExhibitions($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\", input: $input, rekey: true) {\n      ok\n      changed\n    }\n  }\n": types.QueryPlansRekeyExhibitionsDocument,
    "\n  query ServiceTypename {\n    __typename\n  }\n": types.ServiceTypenameDocument,
    "\n  query ServiceTenantConfiguration {\n    sources {\n      uri\n      name\n      isDefault\n    }\n    entityTypes {\n      uri\n    }\n    interactionTypes {\n      uri\n    }\n  }\n": types.ServiceTenantConfigurationDocument,
    "\n  query ServiceKnownAndUnknownSource {\n    known: source(uri: \"configuration/sources/Default\") {\n      name\n    }\n    unknown: source(uri: \"configuration/sources/Nope\") {\n      name\n    }\n  }\n": types.ServiceKnownAndUnknownSourceDocument,
    "\n  query ServiceSourceUris {\n    sources {\n      uri\n    }\n  }\n": types.ServiceSourceUrisDocument,
    "\n  fragment IsolationEntityTimeline on Entity {\n    uri\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n": types.IsolationEntityTimelineFragmentDoc,
    "\n  fragment IsolationInteractionMembers on Interaction {\n    uri\n    members {\n      members {\n        objectURI\n      }\n    }\n  }\n": types.IsolationInteractionMembersFragmentDoc,
    "\n  fragment IsolationEntityUri on Entity {\n    uri\n  }\n": types.IsolationEntityUriFragmentDoc,
    "\n  fragment IsolationInteractionUri on Interaction {\n    uri\n  }\n": types.IsolationInteractionUriFragmentDoc,
    "\n  fragment IsolationEntityPage on EntityConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n": types.IsolationEntityPageFragmentDoc,
    "\n  fragment IsolationInteractionPage on InteractionConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n": types.IsolationInteractionPageFragmentDoc,
    "\n  fragment IsolationEntityChangeResult on EntityResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n": types.IsolationEntityChangeResultFragmentDoc,
    "\n  fragment IsolationInteractionChangeResult on InteractionResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n": types.IsolationInteractionChangeResultFragmentDoc,
    "\n  query IsolationTenantCursors {\n    entities(first: 20) {\n      edges {\n        cursor\n      }\n    }\n    interactions(first: 20) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.IsolationTenantCursorsDocument,
    "\n  mutation IsolationDeleteInteractions($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": types.IsolationDeleteInteractionsDocument,
    "\n  mutation IsolationDeleteEntities($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n": types.IsolationDeleteEntitiesDocument,
    "\n  mutation IsolationChangeOwnConfiguration {\n    created: createSource(input: { name: \"OnlyInA\", label: \"Only in A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n    updated: updateSource(uri: \"configuration/sources/AMA\", input: { name: \"AMA\", label: \"Changed by A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n  }\n": types.IsolationChangeOwnConfigurationDocument,
    "\n  mutation IsolationCreateWriterKey {\n    createApiKey(input: { name: \"isolation\", role: WRITER }) {\n      key\n    }\n  }\n": types.IsolationCreateWriterKeyDocument,
    "\n  query IsolationViewerTenant {\n    viewer {\n      tenant\n    }\n  }\n": types.IsolationViewerTenantDocument,
    "\n  query IsolationTenantOverview {\n    viewer {\n      tenant\n    }\n    entities(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n": types.IsolationTenantOverviewDocument,
    "\n  query IsolationReadEntityUri($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n  }\n": types.IsolationReadEntityUriDocument,
    "\n  mutation IsolationCreateSourceFromA {\n    createSource(input: { name: \"FromA\" }) {\n      ok\n    }\n  }\n": types.IsolationCreateSourceFromADocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateEntities($entities: [EntityInput!]!) {\n    createEntities(entities: $entities) {\n      status\n      uri\n    }\n  }\n"): typeof import('./graphql.js').AccessCreateEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessMergeConfiguration($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').AccessMergeConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateTenant($id: String!) {\n    createTenant(id: $id) {\n      created\n      tenant {\n        id\n        configurationVersion\n      }\n    }\n  }\n"): typeof import('./graphql.js').AccessCreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessSourceNames {\n    sources {\n      name\n    }\n  }\n"): typeof import('./graphql.js').AccessSourceNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiKeyIds {\n    apiKeys {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AccessApiKeyIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTenantIds {\n    tenants {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AccessTenantIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').AccessEntityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessReaderOverview {\n          sources {\n            name\n          }\n          entities {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').AccessReaderOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessDeleteAmaSource {\n          deleteSource(uri: \"configuration/sources/AMA\") {\n            ok\n          }\n        }\n      "): typeof import('./graphql.js').AccessDeleteAmaSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessEntitiesAndSource($entities: [EntityInput!]!) {\n          createEntities(entities: $entities) {\n            status\n          }\n          createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      "): typeof import('./graphql.js').AccessEntitiesAndSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessSourceInFragment {\n          ...AccessAliasedSourceCreation\n        }\n        fragment AccessAliasedSourceCreation on Mutation {\n          x: createSource(input: { name: \"Sneaky\" }) {\n            ok\n          }\n        }\n      "): typeof import('./graphql.js').AccessSourceInFragmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessRoleWithOptionalApiKeys($show: Boolean! = false) {\n          apiKeys @include(if: $show) {\n            id\n          }\n          viewer {\n            role\n          }\n        }\n      "): typeof import('./graphql.js').AccessRoleWithOptionalApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessCreatedBy($entities: [EntityInput!]!) {\n            createEntities(entities: $entities) {\n              object {\n                createdBy\n                updatedBy\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AccessCreatedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessFreshTenantSources {\n            sources {\n              name\n              isDefault\n            }\n          }\n        "): typeof import('./graphql.js').AccessFreshTenantSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessOperatorViewerAndLimits {\n          viewer {\n            subject\n            role\n            tenant\n          }\n          limits {\n            maxBatchSize\n          }\n        }\n      "): typeof import('./graphql.js').AccessOperatorViewerAndLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessDevelopmentViewer {\n          viewer {\n            subject\n            role\n            tenant\n            credential\n          }\n          interactionTypes {\n            name\n          }\n        }\n      "): typeof import('./graphql.js').AccessDevelopmentViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessViewerSubject {\n          viewer {\n            subject\n          }\n        }\n      "): typeof import('./graphql.js').AccessViewerSubjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessTypename {\n            __typename\n          }\n        "): typeof import('./graphql.js').AccessTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CredentialsViewer {\n    viewer {\n      subject\n      role\n      tenant\n      credential\n    }\n  }\n"): typeof import('./graphql.js').CredentialsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CredentialsCreateApiKey($input: ApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n          apiKey {\n            id\n            name\n            role\n            tenant\n            createdBy\n            revokedTime\n            lastUsedTime\n          }\n        }\n      }\n    "): typeof import('./graphql.js').CredentialsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CredentialsRevokeApiKey($id: ID!) {\n        revokeApiKey(id: $id) {\n          id\n          revokedTime\n        }\n      }\n    "): typeof import('./graphql.js').CredentialsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CredentialsListedApiKeys {\n            apiKeys {\n              id\n              name\n              role\n            }\n          }\n        "): typeof import('./graphql.js').CredentialsListedApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CredentialsOtherTenantApiKeys {\n          apiKeys {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').CredentialsOtherTenantApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserAppSeedLunches($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      uri\n      status\n    }\n  }\n"): typeof import('./graphql.js').BrowserAppSeedLunchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationWholeRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n      }\n      attributes {\n        uri\n        name\n        valueType\n        required\n        multiValued\n        hidden\n      }\n      participants {\n        uri\n        name\n        role\n        minOccurs\n        maxOccurs\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationWholeReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationApplyDocument($input: ConfigurationInput!, $mode: ApplyMode!) {\n    applyConfiguration(input: $input, mode: $mode) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationApplyDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationDemoTypes {\n    interactionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      participants {\n        uri\n        entityTypes {\n          uri\n        }\n        mapping {\n          entityType {\n            uri\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    lunch: interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      displayName {\n        locale\n        text\n      }\n      primaryParticipant\n      participants {\n        name\n        minOccurs\n        maxOccurs\n      }\n    }\n    source(uri: \"configuration/sources/Salesforce\") {\n      name\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationDemoTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationChangeMeeting {\n    updateInteractionType(\n      uri: \"configuration/interactionTypes/Meeting\"\n      input: { name: \"Meeting\", label: \"Team meeting\", attributes: [{ name: \"Agenda\", valueType: STRING }] }\n    ) {\n      ok\n      errors {\n        name\n      }\n    }\n    deleteInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\") {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationChangeMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationMeeting {\n    interactionTypes {\n      name\n    }\n    meeting: interactionType(uri: \"configuration/interactionTypes/Meeting\") {\n      label\n      attributes {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationLunchName {\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationLunchNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationCreateEachKind {\n    createSource(input: { name: \"Salesforce\", label: \"SFDC\" }) {\n      ok\n      source {\n        uri\n        name\n        label\n        isDefault\n      }\n    }\n    createEntityType(\n      input: { name: \"Individual\", attributes: [{ name: \"Name\", valueType: STRING, required: true }], labelAttribute: \"Name\" }\n    ) {\n      ok\n      entityType {\n        uri\n        labelAttribute\n        attributes {\n          uri\n          name\n          valueType\n          required\n          multiValued\n          hidden\n        }\n      }\n    }\n    createInteractionType(\n      input: {\n        name: \"Call\"\n        label: \"Phone call\"\n        displayName: [{ locale: \"de-DE\", text: \"Anruf\" }]\n        attributes: [\n          { name: \"CallId\", valueType: STRING, required: true }\n          { name: \"At\", valueType: TIMESTAMP }\n          { name: \"Minutes\", valueType: INTEGER }\n        ]\n        participants: [{ name: \"Caller\", entityTypes: [\"configuration/entityTypes/Individual\"], minOccurs: 1, maxOccurs: 1 }]\n        idAttributes: [\"CallId\"]\n        timestampAttribute: \"At\"\n        primaryParticipant: \"Caller\"\n        defaultSource: \"configuration/sources/Salesforce\"\n      }\n    ) {\n      ok\n      configurationVersion\n      interactionType {\n        uri\n        displayName {\n          locale\n          text\n        }\n        idAttributes\n        timestampAttribute\n        defaultSource {\n          uri\n        }\n        participants {\n          uri\n          entityTypes {\n            uri\n          }\n          minOccurs\n          maxOccurs\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationCreateEachKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationMakeSalesforceDefault {\n    updateSource(uri: \"configuration/sources/Salesforce\", input: { name: \"Salesforce\", label: \"SFDC\", isDefault: true }) {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationMakeSalesforceDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationSourceDefaults {\n    sources {\n      name\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationSourceDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRemoveEachKind {\n    deleteInteractionType(uri: \"configuration/interactionTypes/Call\") {\n      ok\n    }\n    deleteEntityType(uri: \"configuration/entityTypes/Individual\") {\n      ok\n    }\n    deleteSource(uri: \"configuration/sources/Default\") {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRemoveEachKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationVersionAndNames {\n    configurationVersion\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationVersionAndNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationSourceAndInteractionTypeNames {\n    sources {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationSourceAndInteractionTypeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationNames {\n    sources {\n      name\n    }\n    entityTypes {\n      name\n    }\n    interactionTypes {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationLunchLabel {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/Lunch\") {\n      label\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationLunchLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationUpdateLunch($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/Lunch\", input: $input) {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationUpdateLunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationVersionOnly {\n    configurationVersion\n  }\n"): typeof import('./graphql.js').ConfigurationVersionOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationCreateNamedSource($name: String!) {\n    createSource(input: { name: $name }) {\n      ok\n      errors {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationCreateNamedSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationVersionAndSourceNames {\n    configurationVersion\n    sources {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationVersionAndSourceNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationErrorCodes {\n    errorCodes {\n      code\n      name\n      severity\n      description\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationErrorCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInsightsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: MERGE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInsightsImport($definitions: String!) {\n    importCustomerInsightsDefinitions(definitions: $definitions) {\n      ok\n      changed\n      notes\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInsightsFieldTraits($uri: String!) {\n    interactionType(uri: $uri) {\n      attributes {\n        name\n        isName\n        localizedString\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsFieldTraitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInsightsType($uri: String!) {\n    interactionType(uri: $uri) {\n      name\n      mutable\n      idAttributes\n      timestampAttribute\n      primaryParticipant\n      apiEntitySetName\n      images {\n        small\n        medium\n        large\n      }\n      attributes {\n        name\n        valueType\n        required\n        multiValued\n        allowedValues\n        flagEnum\n      }\n      participants {\n        name\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInsightsContacts($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInsightsInteraction($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        code\n        name\n      }\n      object {\n        timestamp\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerInsightsInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesTotalCount {\n    entities {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').EntitiesTotalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesHiddenAttributesAndByCrosswalk($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    byCrosswalk: entityByCrosswalk(source: \"Salesforce\", value: \"EMP_600000\") {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').EntitiesHiddenAttributesAndByCrosswalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      crosswalks {\n        source {\n          uri\n        }\n        value\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesCrosswalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesUpdate($uri: String!, $attributes: [AttributeInput!], $add: [CrosswalkInput!], $remove: [CrosswalkInput!]) {\n    updateEntity(uri: $uri, attributes: $attributes, addCrosswalks: $add, removeCrosswalks: $remove) {\n      status\n      errors {\n        name\n        path\n      }\n      object {\n        label\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesLabelAndCrosswalks($uri: String!) {\n    entity(uri: $uri) {\n      label\n      crosswalks {\n        value\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesLabelAndCrosswalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesRename($uri: String!, $name: AttributeScalar!) {\n    updateEntity(uri: $uri, attributes: [{ name: \"FullName\", values: [$name] }]) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').EntitiesRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesLabelAndAttributes($uri: String!) {\n    entity(uri: $uri) {\n      label\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesLabelAndAttributesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesDelete($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesListPage($filter: EntityFilter, $after: String) {\n    entities(filter: $filter, first: 3, after: $after) {\n      totalCount\n      nodes {\n        label\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntitiesListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesOtherTenantLookups($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n    entityByCrosswalk(source: \"Salesforce\", value: \"SECRET-1\") {\n      uri\n    }\n    entities(filter: { attributes: [{ name: \"ContactId\", value: \"C-SECRET\" }] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').EntitiesOtherTenantLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitiesLookupLabel on Entity {\n    label\n  }\n"): typeof import('./graphql.js').EntitiesLookupLabelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesRaceOutcome {\n    entityByCrosswalk(source: \"Salesforce\", value: \"RACE-1\") {\n      uri\n    }\n    entities {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').EntitiesRaceOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigurationRulesPayload on ConfigurationChangePayload {\n    ok\n    changed\n    configurationVersion\n    errors {\n      code\n      name\n      severity\n      message\n      detail\n      path\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesApply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {\n    result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesCreateSource($input: SourceInput!) {\n    result: createSource(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesCreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesUpdateSource($uri: String!, $input: SourceInput!) {\n    result: updateSource(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesUpdateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesDeleteSource($uri: String!) {\n    result: deleteSource(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesDeleteSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesCreateEntityType($input: EntityTypeInput!) {\n    result: createEntityType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesCreateEntityTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesUpdateEntityType($uri: String!, $input: EntityTypeInput!) {\n    result: updateEntityType(uri: $uri, input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesUpdateEntityTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesDeleteEntityType($uri: String!) {\n    result: deleteEntityType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesDeleteEntityTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesCreateInteractionType($input: InteractionTypeInput!) {\n    result: createInteractionType(input: $input) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesCreateInteractionTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesUpdateInteractionType(\n    $uri: String!\n    $input: InteractionTypeInput!\n    $allowImmutableToMutable: Boolean! = false\n  ) {\n    result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesUpdateInteractionTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigurationRulesDeleteInteractionType($uri: String!) {\n    result: deleteInteractionType(uri: $uri) {\n      ...ConfigurationRulesPayload\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesDeleteInteractionTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigurationRulesAttribute on AttributeType {\n    uri\n    name\n    label\n    displayName {\n      locale\n      text\n    }\n    description {\n      locale\n      text\n    }\n    valueType\n    required\n    multiValued\n    hidden\n  }\n"): typeof import('./graphql.js').ConfigurationRulesAttributeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigurationRulesRead {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    entityTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      labelAttribute\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n    }\n    interactionTypes {\n      uri\n      name\n      label\n      displayName {\n        locale\n        text\n      }\n      description {\n        locale\n        text\n      }\n      attributes {\n        ...ConfigurationRulesAttribute\n      }\n      participants {\n        uri\n        name\n        label\n        displayName {\n          locale\n          text\n        }\n        description {\n          locale\n          text\n        }\n        role\n        entityTypes {\n          uri\n          name\n        }\n        minOccurs\n        maxOccurs\n        mapping {\n          entityType {\n            uri\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n      idAttributes\n      timestampAttribute\n      mutable\n      primaryParticipant\n      defaultSource {\n        uri\n        name\n        isDefault\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConfigurationRulesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupKeysUpdateType($uri: String!, $input: InteractionTypeInput!, $rekey: Boolean!) {\n    updateInteractionType(uri: $uri, input: $input, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DedupKeysUpdateTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupKeysApply($input: ConfigurationInput!, $rekey: Boolean!) {\n    applyConfiguration(input: $input, mode: MERGE, rekey: $rekey) {\n      ok\n      changed\n      configurationVersion\n      errors {\n        code\n        name\n        message\n        path\n      }\n      notes\n    }\n  }\n"): typeof import('./graphql.js').DedupKeysApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DedupKeysState {\n    configurationVersion\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      idAttributes\n    }\n  }\n"): typeof import('./graphql.js').DedupKeysStateDocument;
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
export function graphql(source: "\n  fragment InteractionFields on Interaction {\n    uri\n    type {\n      uri\n    }\n    timestamp\n    createdTime\n    updatedTime\n    createdBy\n    updatedBy\n    attributes {\n      name\n      type {\n        uri\n      }\n      values {\n        uri\n        value\n      }\n    }\n    crosswalks {\n      uri\n      source {\n        uri\n      }\n      value\n      createdTime\n    }\n    members {\n      uri\n      participant {\n        uri\n        name\n      }\n      members {\n        objectURI\n        type\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionFieldsFragmentDoc;
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
export function graphql(source: "\n  query TenantSnapshot {\n    configurationVersion\n    sources {\n      uri\n      name\n      label\n      isDefault\n    }\n    interactionTypes {\n      uri\n      name\n      mutable\n      participants {\n        uri\n      }\n    }\n    entities(first: 20) {\n      totalCount\n      nodes {\n        uri\n        type {\n          uri\n        }\n        label\n        createdTime\n        updatedTime\n        createdBy\n        updatedBy\n        attributes(includeHidden: true) {\n          name\n          values {\n            uri\n            value\n          }\n        }\n        crosswalks {\n          uri\n          source {\n            uri\n          }\n          value\n          createdTime\n        }\n        interactions(first: 20, order: ASC) {\n          totalCount\n          edges {\n            cursor\n            participants {\n              uri\n            }\n            node {\n              uri\n            }\n          }\n        }\n      }\n    }\n    interactions(first: 20, order: ASC) {\n      totalCount\n      nodes {\n        ...InteractionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TenantSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdempotencyRetention {\n    limits {\n      idempotencyRetentionSeconds\n    }\n  }\n"): typeof import('./graphql.js').IdempotencyRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyCreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n"): typeof import('./graphql.js').IdempotencyCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreateBatchesAttributeVisibility($uri: String!) {\n    interaction(uri: $uri) {\n      default: attributes {\n        name\n      }\n      shown: attributes(includeHidden: true) {\n        name\n        values {\n          uri\n          value\n        }\n      }\n      hiddenOff: attributes(includeHidden: false) {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateBatchesAttributeVisibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTolerantly($interactions: [InteractionInput!]!, $options: CreateOptions) {\n    createInteractions(interactions: $interactions, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateTolerantlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTwoTolerantly($first: InteractionInput!, $second: InteractionInput!) {\n    createInteractions(interactions: [$first, $second]) {\n      index\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateTwoTolerantlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntitiesTolerantly($entities: [EntityInput!]!, $options: CreateOptions) {\n    createEntities(entities: $entities, options: $options) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n        path\n        existingUri\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateEntitiesTolerantlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTolerantly($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteTolerantlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportCasesByPriority($value: AttributeScalar!) {\n    interactions(filter: { types: [\"SupportCase\"], attributes: [{ name: \"Priority\", value: $value }] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SupportCasesByPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberOfWrongType($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      errors {\n        name\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MemberOfWrongTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionsReadTimelineNode on Interaction {\n    uri\n    timestamp\n  }\n"): typeof import('./graphql.js').InteractionsReadTimelineNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadTimelinePage(\n    $uri: String!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $order: TimestampOrder\n    $filter: InteractionFilter\n  ) {\n    entity(uri: $uri) {\n      interactions(first: $first, after: $after, last: $last, before: $before, order: $order, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...InteractionsReadTimelineNode\n          }\n          participants {\n            name\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadTimelinePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadTimelineMemberUris($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        nodes {\n          uri\n          members {\n            members {\n              objectURI\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadTimelineMemberUrisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadTimelineMemberLabels($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 10) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n            members {\n              members {\n                objectURI\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadTimelineMemberLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadFilteredList($filter: InteractionFilter) {\n    interactions(filter: $filter, first: 10) {\n      totalCount\n      nodes {\n        timestamp\n        type {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadFilteredListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadUnknownTypeFilter {\n    interactions(filter: { types: [\"Nope\"] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadUnknownTypeFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadDeepPage($first: Int) {\n    interactions(first: $first) {\n      totalCount\n      nodes {\n        uri\n        timestamp\n        type {\n          name\n          participants {\n            name\n          }\n        }\n        crosswalks {\n          value\n          source {\n            name\n          }\n        }\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n            label\n            type\n            entity {\n              uri\n              label\n              attributes {\n                name\n                values {\n                  value\n                }\n              }\n              crosswalks {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadDeepPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InteractionsReadDelete($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadDeletedLookups($uri: String!) {\n    interaction(uri: $uri) {\n      uri\n    }\n    interactionByCrosswalk(source: \"AMA\", value: \"TEST\") {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadDeletedLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InteractionsReadUpdate($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      uri\n      status\n      errors {\n        code\n        name\n        path\n      }\n      object {\n        timestamp\n        createdTime\n        updatedTime\n        updatedBy\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadTimestampAndAttributes($uri: String!) {\n    interaction(uri: $uri) {\n      timestamp\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadTimestampAndAttributesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InteractionsReadUpdateStatus($uri: String!, $changes: InteractionChanges!) {\n    updateInteraction(uri: $uri, changes: $changes) {\n      status\n      errors {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadUpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadAttributesAndMembers($uri: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        members {\n          objectURI\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadAttributesAndMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InteractionsReadChangeCaseNumber($uri: String!) {\n    updateInteraction(uri: $uri, changes: { attributes: [{ name: \"CaseNumber\", values: [\"C-2\"] }] }) {\n      status\n      errors {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadChangeCaseNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadCaseByCrosswalk {\n    interactionByCrosswalk(source: \"Salesforce\", value: \"SupportCase|C-1\") {\n      attributes {\n        name\n        values {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadCaseByCrosswalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InteractionsReadHiddenAttributes($uri: String!, $entity: String!) {\n    interaction(uri: $uri) {\n      attributes {\n        name\n      }\n      all: attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n    }\n    interactions(first: 1) {\n      nodes {\n        attributes {\n          name\n        }\n      }\n    }\n    entity(uri: $entity) {\n      interactions(first: 1) {\n        nodes {\n          attributes {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InteractionsReadHiddenAttributesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').LimitsTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsIntrospectionQueryType {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').LimitsIntrospectionQueryTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsAdvertised {\n          limits {\n            maxBatchSize\n            maxValuesPerAttribute\n            maxMembersPerParticipant\n            maxCrosswalksPerObject\n            maxRequestValues\n            maxBodyBytes\n            maxDepth\n            maxAliases\n            maxTokens\n            maxCost\n            maxPageSize\n            rateLimitRequests\n            rateLimitWindowSeconds\n          }\n        }\n      "): typeof import('./graphql.js').LimitsAdvertisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LimitsCreateAndDeleteInteractions($interactions: [InteractionInput!]!, $uris: [String!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n          deleteInteractions(uris: $uris) {\n            status\n          }\n        }\n      "): typeof import('./graphql.js').LimitsCreateAndDeleteInteractionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsCreateInteractionsWithValueErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            name\n            path\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql.js').LimitsCreateInteractionsWithValueErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsCreateEntityStatuses($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          status\n        }\n      }\n    "): typeof import('./graphql.js').LimitsCreateEntityStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LimitsCreateInteractionStatuses($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            status\n          }\n        }\n      "): typeof import('./graphql.js').LimitsCreateInteractionStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LimitsCreateInteractionErrorMessages($interactions: [InteractionInput!]!) {\n          createInteractions(interactions: $interactions) {\n            errors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').LimitsCreateInteractionErrorMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LimitsInteractionTypeNames {\n        interactionTypes {\n          name\n        }\n      }\n    "): typeof import('./graphql.js').LimitsInteractionTypeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsCreateInteractionsWithMemberErrors($interactions: [InteractionInput!]!) {\n        createInteractions(interactions: $interactions) {\n          status\n          errors {\n            code\n            message\n            path\n          }\n        }\n      }\n    "): typeof import('./graphql.js').LimitsCreateInteractionsWithMemberErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsCreateEntitiesWithErrors($entities: [EntityInput!]!) {\n        createEntities(entities: $entities) {\n          uri\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql.js').LimitsCreateEntitiesWithErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsAddEntityCrosswalks($uri: String!, $add: [CrosswalkInput!]) {\n        updateEntity(uri: $uri, addCrosswalks: $add) {\n          status\n          errors {\n            code\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql.js').LimitsAddEntityCrosswalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoaderFilesEntityUris {\n    entities(first: 50) {\n      nodes {\n        uri\n        crosswalks {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoaderFilesEntityUrisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoaderFilesStoredInteractions {\n    interactions(first: 50, order: ASC) {\n      nodes {\n        type {\n          name\n        }\n        timestamp\n        attributes {\n          name\n          values {\n            value\n          }\n        }\n        crosswalks {\n          value\n        }\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoaderFilesStoredInteractionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadmeLunch($source: String!, $value: String!) {\n    interactionByCrosswalk(source: $source, value: $value) {\n      attributes(includeHidden: true) {\n        name\n        values {\n          value\n        }\n      }\n      members {\n        participant {\n          name\n        }\n        members {\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReadmeLunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadmeOpenedEmails {\n    interactions(filter: { types: [\"EmailOpened\"] }, first: 10) {\n      edges {\n        node {\n          members {\n            members {\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReadmeOpenedEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingsApply($input: ConfigurationInput!) {\n    applyConfiguration(input: $input, mode: REPLACE) {\n      ok\n      errors {\n        name\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MappingsApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingsCreateGuests($entities: [EntityInput!]!) {\n    createEntities(entities: $entities, options: { returnObjects: false }) {\n      uri\n      status\n    }\n  }\n"): typeof import('./graphql.js').MappingsCreateGuestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingsVisit($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions, options: { returnObjects: true }) {\n      status\n      errors {\n        code\n        name\n        path\n        message\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MappingsVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegacyParticipantsRead {\n    interactionType(uri: \"configuration/interactionTypes/EmailOpened\") {\n      primaryParticipant\n      participants {\n        uri\n        name\n        role\n        maxOccurs\n        entityTypes {\n          name\n        }\n        mapping {\n          entityType {\n            name\n          }\n          properties {\n            interactionAttribute\n            entityAttribute\n          }\n        }\n      }\n    }\n    interaction(uri: \"interactions/LegacyInt001\") {\n      members {\n        uri\n        participant {\n          name\n        }\n        members {\n          objectURI\n        }\n      }\n    }\n    entity(uri: \"entities/LegacyEnt001\") {\n      interactions(first: 5) {\n        edges {\n          participants {\n            name\n          }\n          node {\n            uri\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LegacyParticipantsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegacyParticipantsCreate($interactions: [InteractionInput!]!) {\n    createInteractions(interactions: $interactions) {\n      status\n      errors {\n        name\n      }\n      object {\n        members {\n          participant {\n            name\n          }\n          members {\n            objectURI\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LegacyParticipantsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryPlansEntityTimelinePage($uri: String!) {\n    entity(uri: $uri) {\n      interactions(first: 50) {\n        nodes {\n          uri\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QueryPlansEntityTimelinePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryPlansEntityTimelinePageAfter($uri: String!, $after: String) {\n    entity(uri: $uri) {\n      interactions(first: 50, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QueryPlansEntityTimelinePageAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryPlansLunchesInRange {\n    interactions(filter: { types: [\"Lunch\"], from: 1600010000000, to: 1600090000000 }, first: 50) {\n      nodes {\n        uri\n      }\n    }\n  }\n"): typeof import('./graphql.js').QueryPlansLunchesInRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueryPlansRekeyExhibitions($input: InteractionTypeInput!) {\n    updateInteractionType(uri: \"configuration/interactionTypes/ExhibitionEvent\", input: $input, rekey: true) {\n      ok\n      changed\n    }\n  }\n"): typeof import('./graphql.js').QueryPlansRekeyExhibitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').ServiceTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTenantConfiguration {\n    sources {\n      uri\n      name\n      isDefault\n    }\n    entityTypes {\n      uri\n    }\n    interactionTypes {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').ServiceTenantConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceKnownAndUnknownSource {\n    known: source(uri: \"configuration/sources/Default\") {\n      name\n    }\n    unknown: source(uri: \"configuration/sources/Nope\") {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ServiceKnownAndUnknownSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSourceUris {\n    sources {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').ServiceSourceUrisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationEntityTimeline on Entity {\n    uri\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationEntityTimelineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationInteractionMembers on Interaction {\n    uri\n    members {\n      members {\n        objectURI\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationInteractionMembersFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationEntityUri on Entity {\n    uri\n  }\n"): typeof import('./graphql.js').IsolationEntityUriFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationInteractionUri on Interaction {\n    uri\n  }\n"): typeof import('./graphql.js').IsolationInteractionUriFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationEntityPage on EntityConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').IsolationEntityPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationInteractionPage on InteractionConnection {\n    totalCount\n    nodes {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').IsolationInteractionPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationEntityChangeResult on EntityResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').IsolationEntityChangeResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationInteractionChangeResult on InteractionResult {\n    index\n    uri\n    status\n    errors {\n      code\n      name\n      message\n    }\n    object {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').IsolationInteractionChangeResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationTenantCursors {\n    entities(first: 20) {\n      edges {\n        cursor\n      }\n    }\n    interactions(first: 20) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationTenantCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationDeleteInteractions($uris: [String!]!) {\n    deleteInteractions(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationDeleteInteractionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationDeleteEntities($uris: [String!]!) {\n    deleteEntities(uris: $uris) {\n      index\n      uri\n      status\n      errors {\n        code\n        name\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationDeleteEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationChangeOwnConfiguration {\n    created: createSource(input: { name: \"OnlyInA\", label: \"Only in A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n    updated: updateSource(uri: \"configuration/sources/AMA\", input: { name: \"AMA\", label: \"Changed by A\" }) {\n      ok\n      errors {\n        name\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationChangeOwnConfigurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationCreateWriterKey {\n    createApiKey(input: { name: \"isolation\", role: WRITER }) {\n      key\n    }\n  }\n"): typeof import('./graphql.js').IsolationCreateWriterKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationViewerTenant {\n    viewer {\n      tenant\n    }\n  }\n"): typeof import('./graphql.js').IsolationViewerTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationTenantOverview {\n    viewer {\n      tenant\n    }\n    entities(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n    interactions(first: 50) {\n      totalCount\n      nodes {\n        uri\n      }\n    }\n  }\n"): typeof import('./graphql.js').IsolationTenantOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationReadEntityUri($uri: String!) {\n    entity(uri: $uri) {\n      uri\n    }\n  }\n"): typeof import('./graphql.js').IsolationReadEntityUriDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationCreateSourceFromA {\n    createSource(input: { name: \"FromA\" }) {\n      ok\n    }\n  }\n"): typeof import('./graphql.js').IsolationCreateSourceFromADocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
