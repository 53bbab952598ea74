// What the configuration-rules suites share: the inputs they start from, the operations,
// and a harness that runs a refused change and checks that nothing changed.
import { afterAll, beforeAll, expect } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/db/client.ts';
import type { Provider } from '../../src/config/database-url.ts';
import { errorCatalog, type ErrorName } from '../../src/errors/catalog.ts';
import { newTenant, startTestService, type TestService } from './test-service.ts';

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
  MemberTypeInput,
  SourceInput,
} from '../generated/schema-types.ts';
import type {
  AttributeTypeInput as AttributeInput,
  ConfigurationInput,
  EntityTypeInput,
  InteractionTypeInput,
  MemberTypeInput,
  SourceInput,
} from '../generated/schema-types.ts';

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

/** Named by no member type: the one entity type that can be deleted. */
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
  memberTypes: [
    { name: 'Chefs', entityTypes: ['Individual'], minOccurs: 0, maxOccurs: 3 },
    {
      name: 'Guests',
      entityTypes: ['Individual', 'Organization'],
      attributeMapping: { interactionAttribute: 'GuestEmail', entityType: 'Individual', entityAttribute: 'Email' },
    },
    { name: 'Hosts', role: 'any entity may host' },
  ],
  primaryMemberType: 'Chefs',
  defaultSource: 'Salesforce',
});

export const baseConfiguration = (): ConfigurationInput => ({
  sources: [DEFAULT_SOURCE, { name: 'Legacy', label: 'Old CRM' }, { name: 'Salesforce', label: 'Salesforce CRM' }],
  entityTypes: [individual(), organization(), product()],
  interactionTypes: [lunch()],
});

/**
 * The base configuration plus new objects (a source and an entity type that sort last) and
 * one change: when the change is refused, none of it may be applied.
 */
export function baseWith(change: (document: Required<ConfigurationInput>) => void): ConfigurationInput {
  const document = baseConfiguration() as Required<ConfigurationInput>;
  document.sources.push({ name: 'Zendesk' });
  document.entityTypes.push({ name: 'Vehicle', attributes: [{ name: 'Plate', valueType: 'STRING' }] });
  change(document);
  return document;
}

/** A copy of the type with the attribute changed, or removed when `change` is null. */
export function withAttribute<T extends { attributes?: AttributeInput[] }>(
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

/** A copy of the interaction type with the member type changed, or removed when `change` is null. */
export function withMember(type: InteractionTypeInput, name: string, change: Partial<MemberTypeInput> | null): InteractionTypeInput {
  const members = type.memberTypes ?? [];
  if (!members.some((member) => member.name === name)) throw new Error(`no member type ${name}`);
  return {
    ...type,
    memberTypes:
      change === null
        ? members.filter((member) => member.name !== name)
        : members.map((member) => (member.name === name ? { ...member, ...change } : member)),
  };
}

// ---------------------------------------------------------------------------------------
// GraphQL documents

export const PAYLOAD = 'ok changed configurationVersion errors { code name severity message detail path }';

export const APPLY = `mutation Apply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {
  result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) { ${PAYLOAD} }
}`;
export const CREATE_SOURCE = `mutation ($input: SourceInput!) { result: createSource(input: $input) { ${PAYLOAD} } }`;
export const UPDATE_SOURCE = `mutation ($uri: String!, $input: SourceInput!) { result: updateSource(uri: $uri, input: $input) { ${PAYLOAD} } }`;
export const DELETE_SOURCE = `mutation ($uri: String!) { result: deleteSource(uri: $uri) { ${PAYLOAD} } }`;
export const CREATE_ENTITY_TYPE = `mutation ($input: EntityTypeInput!) { result: createEntityType(input: $input) { ${PAYLOAD} } }`;
export const UPDATE_ENTITY_TYPE = `mutation ($uri: String!, $input: EntityTypeInput!) { result: updateEntityType(uri: $uri, input: $input) { ${PAYLOAD} } }`;
export const DELETE_ENTITY_TYPE = `mutation ($uri: String!) { result: deleteEntityType(uri: $uri) { ${PAYLOAD} } }`;
export const CREATE_INTERACTION_TYPE = `mutation ($input: InteractionTypeInput!) { result: createInteractionType(input: $input) { ${PAYLOAD} } }`;
export const UPDATE_INTERACTION_TYPE = `mutation ($uri: String!, $input: InteractionTypeInput!, $allowImmutableToMutable: Boolean! = false) {
  result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) { ${PAYLOAD} }
}`;
export const DELETE_INTERACTION_TYPE = `mutation ($uri: String!) { result: deleteInteractionType(uri: $uri) { ${PAYLOAD} } }`;

export const TEXTS = 'locale text';
export const ATTRIBUTE = `uri name label displayName { ${TEXTS} } description { ${TEXTS} } valueType required multiValued hidden`;
export const CONFIGURATION = `{
  configurationVersion
  sources { uri name label isDefault }
  entityTypes { uri name label displayName { ${TEXTS} } description { ${TEXTS} } labelAttribute attributes { ${ATTRIBUTE} } }
  interactionTypes {
    uri name label displayName { ${TEXTS} } description { ${TEXTS} }
    attributes { ${ATTRIBUTE} }
    memberTypes {
      uri name label displayName { ${TEXTS} } description { ${TEXTS} } role
      entityTypes { uri name } minOccurs maxOccurs
      attributeMapping { interactionAttribute entityType { uri name } entityAttribute }
    }
    idAttributes timestampAttribute mutable primaryMemberType defaultSource { uri name isDefault }
  }
}`;

export interface Problem {
  code: number;
  name: string;
  severity: string;
  message: string;
  detail: string | null;
  path: string[];
}
export interface Payload {
  ok: boolean;
  changed: boolean;
  configurationVersion: number;
  errors: Problem[];
}
export interface AttributeRead {
  name: string;
  valueType: string;
  required: boolean;
  multiValued: boolean;
}
export interface ConfigurationRead {
  sources: Array<{ uri: string; name: string; label: string | null; isDefault: boolean }>;
  entityTypes: Array<{ name: string; labelAttribute: string | null; attributes: AttributeRead[] }>;
  interactionTypes: Array<{
    name: string;
    mutable: boolean;
    idAttributes: string[];
    timestampAttribute: string | null;
    attributes: AttributeRead[];
    memberTypes: Array<{ name: string; minOccurs: number; maxOccurs: number | null; entityTypes: Array<{ name: string }> }>;
  }>;
}

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
    const { configurationVersion, ...configuration } = response.data;
    return { version: configurationVersion, configuration };
  }

  async function mutate(tenant: string, mutation: string, variables: Record<string, unknown>): Promise<Payload> {
    const response = await service.graphql(tenant, mutation, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data.result;
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
  async function expectRefused(
    tenant: string,
    mutation: string,
    variables: Record<string, unknown>,
    expected: ExpectedProblem,
  ): Promise<Problem> {
    const before = await readConfiguration(tenant);
    const payload = await mutate(tenant, mutation, variables);
    const entry = errorCatalog[expected.name];
    expect(payload.errors, JSON.stringify(payload.errors, null, 2)).toEqual([
      expect.objectContaining({ code: entry.code, name: expected.name, severity: entry.severity }),
    ]);
    const [problem] = payload.errors as [Problem];
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
  async function expectApplied(tenant: string, mutation: string, variables: Record<string, unknown>): Promise<ConfigurationRead> {
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
