// What the configuration-rules suites share: the inputs they start from, the operations,
// and a harness that runs a refused change and checks that nothing changed.
import { afterAll, beforeAll, expect } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/db/client.ts';
import type { Provider } from '../../src/config/database-url.ts';
import { errorCatalog, type ErrorName } from '../../src/errors/catalog.ts';
import { newTenant, startTestService, type TestService, type TypedOperation } from './test-service.ts';
import { graphql } from '../generated/operations/index.ts';

export const LUNCH = 'configuration/interactionTypes/Lunch';
export const INDIVIDUAL = 'configuration/entityTypes/Individual';

// ---------------------------------------------------------------------------------------
// Inputs (the GraphQL input types, as plain objects)

// Generated from schema.graphql (npm run generate:graphql): the inputs as the API takes them.
export type {
  AttributeValueType as ValueType,
  AttributeTypeInput as AttributeInput,
  ConfigurationInput,
  EntityTypeInput,
  InteractionTypeInput,
  LocalizedTextInput,
  ParticipantInput,
  SourceInput,
} from '../generated/operations/graphql.ts';
import type {
  AttributeTypeInput as AttributeInput,
  ConfigurationInput,
  ConfigurationRulesPayloadFragment,
  ConfigurationRulesReadQuery,
  EntityTypeInput,
  InteractionTypeInput,
  ParticipantInput,
  SourceInput,
} from '../generated/operations/graphql.ts';

/** A configuration document that gives every list (the inputs make them optional and nullable). */
export type WholeConfiguration = { [List in keyof ConfigurationInput]-?: NonNullable<ConfigurationInput[List]> };

// ---------------------------------------------------------------------------------------
// The starting configuration of most tests. Every list is in name order, so a list index
// in an error path is the same whether it counts the input or the stored configuration.

export const DEFAULT_SOURCE: SourceInput = { name: 'Default', isDefault: true };

export const individual = (): EntityTypeInput => ({
  name: 'Individual',
  label: 'Individual',
  displayName: [{ locale: 'en-US', text: 'Individual' }],
  labelAttribute: 'FullName',
  attributes: [
    { name: 'FullName', valueType: 'STRING', required: false },
    { name: 'Email', valueType: 'STRING', multiValued: true },
    { name: 'BirthDate', valueType: 'DATE' },
  ],
});

export const organization = (): EntityTypeInput => ({ name: 'Organization', attributes: [{ name: 'Name', valueType: 'STRING' }] });

/** Named by no participant: the one entity type that can be deleted. */
export const product = (): EntityTypeInput => ({ name: 'Product', attributes: [{ name: 'Sku', valueType: 'STRING' }] });

export const lunch = (): InteractionTypeInput => ({
  name: 'Lunch',
  label: 'Business lunch',
  attributes: [
    { name: 'Place', valueType: 'STRING' },
    { name: 'Notes', valueType: 'STRING', multiValued: true },
    { name: 'Cost', valueType: 'FLOAT' },
    { name: 'GuestEmail', valueType: 'STRING' },
  ],
  participants: [
    { name: 'Chefs', entityTypes: ['Individual'], minOccurs: 0, maxOccurs: 3 },
    {
      name: 'Guests',
      entityTypes: ['Individual', 'Organization'],
      mapping: { entityType: 'Individual', properties: [{ interactionAttribute: 'GuestEmail', entityAttribute: 'Email' }] },
    },
    { name: 'Hosts', role: 'any entity may host' },
  ],
  primaryParticipant: 'Chefs',
  defaultSource: 'Salesforce',
});

export const baseConfiguration = (): WholeConfiguration => ({
  sources: [DEFAULT_SOURCE, { name: 'Legacy', label: 'Old CRM' }, { name: 'Salesforce', label: 'Salesforce CRM' }],
  entityTypes: [individual(), organization(), product()],
  interactionTypes: [lunch()],
});

/**
 * The base configuration plus new objects (a source and an entity type that sort last) and
 * one change: when the change is refused, none of it may be applied.
 */
export function baseWith(change: (document: WholeConfiguration) => void): ConfigurationInput {
  const document = baseConfiguration();
  document.sources.push({ name: 'Zendesk' });
  document.entityTypes.push({ name: 'Vehicle', attributes: [{ name: 'Plate', valueType: 'STRING' }] });
  change(document);
  return document;
}

/** A copy of the type with the attribute changed, or removed when `change` is null. */
export function withAttribute<T extends { attributes?: AttributeInput[] | null }>(
  type: T,
  name: string,
  change: Partial<AttributeInput> | null,
): T {
  const attributes = type.attributes ?? [];
  if (!attributes.some((attribute) => attribute.name === name)) throw new Error(`no attribute ${name}`);
  return {
    ...type,
    attributes:
      change === null
        ? attributes.filter((attribute) => attribute.name !== name)
        : attributes.map((attribute) => (attribute.name === name ? { ...attribute, ...change } : attribute)),
  };
}

/** A copy of the interaction type with the participant changed, or removed when `change` is null. */
export function withMember(type: InteractionTypeInput, name: string, change: Partial<ParticipantInput> | null): InteractionTypeInput {
  const members = type.participants ?? [];
  if (!members.some((member) => member.name === name)) throw new Error(`no participant ${name}`);
  return {
    ...type,
    participants:
      change === null
        ? members.filter((member) => member.name !== name)
        : members.map((member) => (member.name === name ? { ...member, ...change } : member)),
  };
}

// ---------------------------------------------------------------------------------------
// GraphQL documents

graphql(`
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
`);

export const APPLY = graphql(`
  mutation ConfigurationRulesApply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {
    result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const CREATE_SOURCE = graphql(`
  mutation ConfigurationRulesCreateSource($input: SourceInput!) {
    result: createSource(input: $input) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const UPDATE_SOURCE = graphql(`
  mutation ConfigurationRulesUpdateSource($uri: String!, $input: SourceInput!) {
    result: updateSource(uri: $uri, input: $input) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const DELETE_SOURCE = graphql(`
  mutation ConfigurationRulesDeleteSource($uri: String!) {
    result: deleteSource(uri: $uri) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const CREATE_ENTITY_TYPE = graphql(`
  mutation ConfigurationRulesCreateEntityType($input: EntityTypeInput!) {
    result: createEntityType(input: $input) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const UPDATE_ENTITY_TYPE = graphql(`
  mutation ConfigurationRulesUpdateEntityType($uri: String!, $input: EntityTypeInput!) {
    result: updateEntityType(uri: $uri, input: $input) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const DELETE_ENTITY_TYPE = graphql(`
  mutation ConfigurationRulesDeleteEntityType($uri: String!) {
    result: deleteEntityType(uri: $uri) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const CREATE_INTERACTION_TYPE = graphql(`
  mutation ConfigurationRulesCreateInteractionType($input: InteractionTypeInput!) {
    result: createInteractionType(input: $input) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const UPDATE_INTERACTION_TYPE = graphql(`
  mutation ConfigurationRulesUpdateInteractionType(
    $uri: String!
    $input: InteractionTypeInput!
    $allowImmutableToMutable: Boolean! = false
  ) {
    result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) {
      ...ConfigurationRulesPayload
    }
  }
`);
export const DELETE_INTERACTION_TYPE = graphql(`
  mutation ConfigurationRulesDeleteInteractionType($uri: String!) {
    result: deleteInteractionType(uri: $uri) {
      ...ConfigurationRulesPayload
    }
  }
`);

graphql(`
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
`);

/** The whole configuration as the API reads it back: what a refused change must leave as it was. */
const CONFIGURATION = graphql(`
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
`);

/** A configuration mutation of this file: its payload is answered as `result`. */
export type RulesMutation<Variables> = TypedOperation<{ result: ConfigurationRulesPayloadFragment }, Variables>;
export type Problem = ConfigurationRulesPayloadFragment['errors'][number];
export type ConfigurationRead = Omit<ConfigurationRulesReadQuery, 'configurationVersion'>;

export interface ExpectedProblem {
  name: ErrorName;
  /** The exact path, or (with pathPrefix) what it must start with. */
  path: Array<string | number>;
  pathPrefix?: boolean;
  message?: RegExp;
}

/** Starts a service for the suite (before all its tests) and gives the checks that use it. */
export function useRulesHarness(provider: Provider) {
  let service: TestService;
  let database: Database;

  beforeAll(async () => {
    service = await startTestService(provider);
    database = await openDatabase(service.databaseUrl);
  });
  afterAll(async () => {
    await database?.close();
    await service?.stop();
  });

  async function readConfiguration(tenant: string): Promise<{ version: number; configuration: ConfigurationRead }> {
    const response = await service.graphql(tenant, CONFIGURATION);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    // A 200 answer without errors has its data.
    const { configurationVersion, ...configuration } = response.data!;
    return { version: configurationVersion, configuration };
  }

  async function mutate<Variables>(
    tenant: string,
    mutation: RulesMutation<Variables>,
    variables: NoInfer<Variables>,
  ): Promise<ConfigurationRulesPayloadFragment> {
    const response = await service.graphql(tenant, mutation, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    // A 200 answer without errors has its data.
    return response.data!.result;
  }

  /** A new tenant with the configuration applied (the base configuration unless given). */
  async function tenantWith(configuration: ConfigurationInput = baseConfiguration()): Promise<string> {
    const tenant = newTenant();
    const payload = await mutate(tenant, APPLY, { input: configuration });
    expect(payload.errors).toEqual([]);
    expect(payload).toMatchObject({ ok: true, changed: true });
    return tenant;
  }

  /**
   * Runs a mutation that must be refused with exactly the expected problem, and checks that
   * nothing changed: same version in the payload and in the query, same configuration.
   */
  async function expectRefused<Variables>(
    tenant: string,
    mutation: RulesMutation<Variables>,
    variables: NoInfer<Variables>,
    expected: ExpectedProblem,
  ): Promise<Problem> {
    const before = await readConfiguration(tenant);
    const payload = await mutate(tenant, mutation, variables);
    const entry = errorCatalog[expected.name];
    expect(payload.errors, JSON.stringify(payload.errors, null, 2)).toEqual([
      expect.objectContaining({ code: entry.code, name: expected.name, severity: entry.severity }),
    ]);
    const problem = payload.errors[0]!; // the one problem, just asserted
    const path = expected.path.map(String);
    if (expected.pathPrefix) expect(problem.path.slice(0, path.length), `path ${JSON.stringify(problem.path)}`).toEqual(path);
    else expect(problem.path).toEqual(path);
    if (expected.message) expect(problem.message).toMatch(expected.message);
    expect(payload).toMatchObject({ ok: false, changed: false, configurationVersion: before.version });
    const after = await readConfiguration(tenant);
    expect(after.version).toBe(before.version);
    expect(after.configuration).toEqual(before.configuration);
    return problem;
  }

  /** Runs a mutation that must be applied, and returns the configuration read back after it. */
  async function expectApplied<Variables>(
    tenant: string,
    mutation: RulesMutation<Variables>,
    variables: NoInfer<Variables>,
  ): Promise<ConfigurationRead> {
    const before = await readConfiguration(tenant);
    const payload = await mutate(tenant, mutation, variables);
    expect(payload.errors).toEqual([]);
    expect(payload).toMatchObject({ ok: true, changed: true, configurationVersion: before.version + 1 });
    const after = await readConfiguration(tenant);
    expect(after.version).toBe(before.version + 1);
    return after.configuration;
  }

  return {
    get service(): TestService {
      return service;
    },
    /** The Prisma client on the service's database, for seeding stored rows. */
    get db(): Db {
      return database.db;
    },
    readConfiguration,
    mutate,
    tenantWith,
    expectRefused,
    expectApplied,
  };
}
