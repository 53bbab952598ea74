// Every validation rule of configuration changes, through the real HTTP GraphQL server:
// a refused change answers ok: false with the catalog's code, name and a path into the
// input, and changes nothing (same configurationVersion, same configuration read back).
// Rules about stored data run on rows written straight into the database (stored-rows.ts)
// until the API can create entities and interactions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../src/db/client.ts';
import { errorCatalog, type ErrorName } from '../src/errors/catalog.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { seedEntity, seedInteraction } from './helpers/stored-rows.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';

// ---------------------------------------------------------------------------------------
// Inputs (the GraphQL input types, as plain objects)

type ValueType = 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';
interface LocalizedTextInput {
  locale: string;
  text: string;
}
interface SourceInput {
  name: string;
  label?: string;
  isDefault?: boolean;
}
interface AttributeInput {
  name: string;
  valueType: ValueType;
  label?: string;
  displayName?: LocalizedTextInput[];
  required?: boolean;
  multiValued?: boolean;
  hidden?: boolean;
}
interface EntityTypeInput {
  name: string;
  label?: string;
  displayName?: LocalizedTextInput[];
  attributes?: AttributeInput[];
  labelAttribute?: string;
}
interface MemberTypeInput {
  name: string;
  role?: string;
  entityTypes?: string[];
  minOccurs?: number;
  maxOccurs?: number | null;
  attributeMapping?: { interactionAttribute: string; entityType: string; entityAttribute: string };
}
interface InteractionTypeInput {
  name: string;
  label?: string;
  attributes?: AttributeInput[];
  memberTypes?: MemberTypeInput[];
  idAttributes?: string[];
  timestampAttribute?: string;
  mutable?: boolean;
  primaryMemberType?: string;
  defaultSource?: string;
}
interface ConfigurationInput {
  sources?: SourceInput[];
  entityTypes?: EntityTypeInput[];
  interactionTypes?: InteractionTypeInput[];
}

// ---------------------------------------------------------------------------------------
// The starting configuration of most tests. Every list is in name order, so a list index
// in an error path is the same whether it counts the input or the stored configuration.

const DEFAULT_SOURCE: SourceInput = { name: 'Default', isDefault: true };

const individual = (): EntityTypeInput => ({
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

const organization = (): EntityTypeInput => ({ name: 'Organization', attributes: [{ name: 'Name', valueType: 'STRING' }] });

/** Named by no member type: the one entity type that can be deleted. */
const product = (): EntityTypeInput => ({ name: 'Product', attributes: [{ name: 'Sku', valueType: 'STRING' }] });

const lunch = (): InteractionTypeInput => ({
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

const baseConfiguration = (): ConfigurationInput => ({
  sources: [DEFAULT_SOURCE, { name: 'Legacy', label: 'Old CRM' }, { name: 'Salesforce', label: 'Salesforce CRM' }],
  entityTypes: [individual(), organization(), product()],
  interactionTypes: [lunch()],
});

/**
 * The base configuration plus new objects (a source and an entity type that sort last) and
 * one change: when the change is refused, none of it may be applied.
 */
function baseWith(change: (document: Required<ConfigurationInput>) => void): ConfigurationInput {
  const document = baseConfiguration() as Required<ConfigurationInput>;
  document.sources.push({ name: 'Zendesk' });
  document.entityTypes.push({ name: 'Vehicle', attributes: [{ name: 'Plate', valueType: 'STRING' }] });
  change(document);
  return document;
}

/** A copy of the type with the attribute changed, or removed when `change` is null. */
function withAttribute<T extends { attributes?: AttributeInput[] }>(type: T, name: string, change: Partial<AttributeInput> | null): T {
  const attributes = type.attributes ?? [];
  if (!attributes.some((attribute) => attribute.name === name)) throw new Error(`no attribute ${name}`);
  return {
    ...type,
    attributes: change === null ? attributes.filter((attribute) => attribute.name !== name) : attributes.map((attribute) => (attribute.name === name ? { ...attribute, ...change } : attribute)),
  };
}

/** A copy of the interaction type with the member type changed, or removed when `change` is null. */
function withMember(type: InteractionTypeInput, name: string, change: Partial<MemberTypeInput> | null): InteractionTypeInput {
  const members = type.memberTypes ?? [];
  if (!members.some((member) => member.name === name)) throw new Error(`no member type ${name}`);
  return {
    ...type,
    memberTypes: change === null ? members.filter((member) => member.name !== name) : members.map((member) => (member.name === name ? { ...member, ...change } : member)),
  };
}

// ---------------------------------------------------------------------------------------
// GraphQL documents

const PAYLOAD = 'ok changed configurationVersion errors { code name severity message detail path }';

const APPLY = `mutation Apply($input: ConfigurationInput!, $mode: ApplyMode! = MERGE, $allowImmutableToMutable: Boolean! = false) {
  result: applyConfiguration(input: $input, mode: $mode, allowImmutableToMutable: $allowImmutableToMutable) { ${PAYLOAD} }
}`;
const CREATE_SOURCE = `mutation ($input: SourceInput!) { result: createSource(input: $input) { ${PAYLOAD} } }`;
const UPDATE_SOURCE = `mutation ($uri: String!, $input: SourceInput!) { result: updateSource(uri: $uri, input: $input) { ${PAYLOAD} } }`;
const DELETE_SOURCE = `mutation ($uri: String!) { result: deleteSource(uri: $uri) { ${PAYLOAD} } }`;
const CREATE_ENTITY_TYPE = `mutation ($input: EntityTypeInput!) { result: createEntityType(input: $input) { ${PAYLOAD} } }`;
const UPDATE_ENTITY_TYPE = `mutation ($uri: String!, $input: EntityTypeInput!) { result: updateEntityType(uri: $uri, input: $input) { ${PAYLOAD} } }`;
const DELETE_ENTITY_TYPE = `mutation ($uri: String!) { result: deleteEntityType(uri: $uri) { ${PAYLOAD} } }`;
const CREATE_INTERACTION_TYPE = `mutation ($input: InteractionTypeInput!) { result: createInteractionType(input: $input) { ${PAYLOAD} } }`;
const UPDATE_INTERACTION_TYPE = `mutation ($uri: String!, $input: InteractionTypeInput!, $allowImmutableToMutable: Boolean! = false) {
  result: updateInteractionType(uri: $uri, input: $input, allowImmutableToMutable: $allowImmutableToMutable) { ${PAYLOAD} }
}`;
const DELETE_INTERACTION_TYPE = `mutation ($uri: String!) { result: deleteInteractionType(uri: $uri) { ${PAYLOAD} } }`;

const TEXTS = 'locale text';
const ATTRIBUTE = `uri name label displayName { ${TEXTS} } description { ${TEXTS} } valueType required multiValued hidden`;
const CONFIGURATION = `{
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

interface Problem {
  code: number;
  name: string;
  severity: string;
  message: string;
  detail: string | null;
  path: string[];
}
interface Payload {
  ok: boolean;
  changed: boolean;
  configurationVersion: number;
  errors: Problem[];
}
interface AttributeRead {
  name: string;
  valueType: string;
  required: boolean;
  multiValued: boolean;
}
interface ConfigurationRead {
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

interface ExpectedProblem {
  name: ErrorName;
  /** The exact path, or (with pathPrefix) what it must start with. */
  path: Array<string | number>;
  pathPrefix?: boolean;
  message?: RegExp;
}

describeEachDatabase('configuration rules', (provider) => {
  let service: TestService;
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    service = await startTestService(provider);
    database = await openDatabase(service.databaseUrl);
    db = database.db;
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
  async function expectRefused(tenant: string, mutation: string, variables: Record<string, unknown>, expected: ExpectedProblem): Promise<Problem> {
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

  const LUNCH = 'configuration/interactionTypes/Lunch';
  const INDIVIDUAL = 'configuration/entityTypes/Individual';

  describe('rules of the configuration itself', () => {
    describe('INVALID_NAME', () => {
      it.each([
        ['empty', ''],
        ['with a space', 'Bad Name'],
        ['starting with a digit', '1st'],
        ['with a dash', 'sales-force'],
        ['with a non-ASCII letter', 'Émile'],
        ['of 101 characters', 'S'.repeat(101)],
      ])('refuses a source name %s', async (_, name) => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_SOURCE, { input: { name } }, { name: 'INVALID_NAME', path: ['input', 'name'] });
      });

      it('accepts a name of 100 letters, digits and _ starting with _', async () => {
        const tenant = await tenantWith();
        const name = `_${'a1'.repeat(49)}Z`;
        const configuration = await expectApplied(tenant, CREATE_SOURCE, { input: { name } });
        expect(configuration.sources.map((source) => source.name)).toContain(name);
      });

      it('refuses an invalid entity type name', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_ENTITY_TYPE, { input: { name: 'Bad Name' } }, { name: 'INVALID_NAME', path: ['input', 'name'] });
      });

      it('refuses an invalid attribute name inside a document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.attributes!.push({ name: '1st', valueType: 'STRING' });
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'INVALID_NAME', path: ['interactionTypes', 0, 'attributes', 4, 'name'] });
      });

      it('refuses an invalid member type name', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), memberTypes: [...lunch().memberTypes!, { name: 'Plus Ones' }] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_NAME', path: ['input', 'memberTypes', 3, 'name'] });
      });

      it('refuses renaming through an update', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: { ...individual(), name: 'Person' } }, { name: 'INVALID_NAME', path: ['input', 'name'] });
      });
    });

    describe('DUPLICATE_NAME', () => {
      it('refuses two attributes of the same name in an entity type', async () => {
        const tenant = await tenantWith();
        const input = { ...individual(), attributes: [...individual().attributes!, { name: 'FullName', valueType: 'INTEGER' as const }] };
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input }, { name: 'DUPLICATE_NAME', path: ['input', 'attributes', 3, 'name'] });
      });

      it('refuses two attributes of the same name in an interaction type of a document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.attributes!.push({ name: 'Place', valueType: 'STRING' });
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'DUPLICATE_NAME', path: ['interactionTypes', 0, 'attributes', 4, 'name'] });
      });

      it('refuses two member types of the same name', async () => {
        const tenant = await tenantWith();
        const input: InteractionTypeInput = { name: 'Call', memberTypes: [{ name: 'Callers' }, { name: 'Callers', minOccurs: 1 }] };
        await expectRefused(tenant, CREATE_INTERACTION_TYPE, { input }, { name: 'DUPLICATE_NAME', path: ['input', 'memberTypes', 1, 'name'] });
      });

      it('refuses two new entity types of the same name in one document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.entityTypes.push({ name: 'Vehicle', attributes: [{ name: 'Vin', valueType: 'STRING' }] });
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'DUPLICATE_NAME', path: ['entityTypes', 4, 'name'] });
      });

      it('refuses a MERGE document that defines an existing entity type twice', async () => {
        const tenant = await tenantWith();
        const input: ConfigurationInput = { entityTypes: [product(), withAttribute(product(), 'Sku', { valueType: 'INTEGER' })] };
        await expectRefused(tenant, APPLY, { input }, { name: 'DUPLICATE_NAME', path: ['entityTypes', 1, 'name'] });
      });

      it('refuses createInteractionType with an existing name', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_INTERACTION_TYPE, { input: { name: 'Lunch' } }, { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Lunch/ });
      });

      it('refuses createEntityType with an existing name', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_ENTITY_TYPE, { input: { name: 'Individual' } }, { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Individual/ });
      });

      it('refuses createSource with an existing name', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_SOURCE, { input: { name: 'Salesforce', label: 'again' } }, { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Salesforce/ });
      });
    });

    describe('UNKNOWN_ENTITY_TYPE', () => {
      it("refuses a member type's entity type that is not defined", async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { entityTypes: ['Individual', 'Robot'] });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'memberTypes', 0, 'entityTypes', 1], message: /Robot/ });
      });

      it('refuses an attribute mapping to an entity type that is not defined', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Hosts', { attributeMapping: { interactionAttribute: 'GuestEmail', entityType: 'configuration/entityTypes/Robot', entityAttribute: 'Email' } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'memberTypes', 2, 'attributeMapping', 'entityType'], message: /Robot/ });
      });

      it('refuses deleting an entity type that a member type allows', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Organization' }, {
          name: 'UNKNOWN_ENTITY_TYPE',
          path: ['interactionTypes', 0, 'memberTypes', 1, 'entityTypes', 1],
          message: /Guests.*Organization/,
        });
      });
    });

    describe('UNKNOWN_MAPPING_ATTRIBUTE', () => {
      it('refuses a mapping from an interaction attribute that does not exist', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Guests', { attributeMapping: { interactionAttribute: 'GuestPhone', entityType: 'Individual', entityAttribute: 'Email' } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_MAPPING_ATTRIBUTE', path: ['input', 'memberTypes', 1, 'attributeMapping', 'interactionAttribute'], message: /GuestPhone/ });
      });

      it('refuses a mapping to an entity attribute that does not exist', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Guests', { attributeMapping: { interactionAttribute: 'GuestEmail', entityType: 'Individual', entityAttribute: 'Phone' } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_MAPPING_ATTRIBUTE', path: ['input', 'memberTypes', 1, 'attributeMapping', 'entityAttribute'], message: /Phone/ });
      });

      it('refuses removing an entity attribute that a mapping uses', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'Email', null) }, {
          name: 'UNKNOWN_MAPPING_ATTRIBUTE',
          path: ['interactionTypes', 0, 'memberTypes', 1, 'attributeMapping', 'entityAttribute'],
        });
      });
    });

    it('MAPPING_ENTITY_TYPE_NOT_ALLOWED: refuses a mapping to an entity type the member type does not allow', async () => {
      const tenant = await tenantWith();
      const input = withMember(lunch(), 'Chefs', { attributeMapping: { interactionAttribute: 'Place', entityType: 'Organization', entityAttribute: 'Name' } });
      await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'MAPPING_ENTITY_TYPE_NOT_ALLOWED', path: ['input', 'memberTypes', 0, 'attributeMapping', 'entityType'], message: /Organization/ });
    });

    describe('INVALID_OCCURS', () => {
      it('refuses minOccurs greater than maxOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { minOccurs: 3, maxOccurs: 2 });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_OCCURS', path: ['input', 'memberTypes', 0, 'minOccurs'] });
      });

      it('refuses a negative minOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { minOccurs: -1 });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_OCCURS', path: ['input', 'memberTypes', 0], pathPrefix: true });
      });

      it('refuses a negative maxOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Hosts', { maxOccurs: -2 });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_OCCURS', path: ['input', 'memberTypes', 2], pathPrefix: true });
      });

      it('accepts minOccurs equal to maxOccurs', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Chefs', { minOccurs: 2, maxOccurs: 2 }) });
        expect(configuration.interactionTypes[0]!.memberTypes[0]).toMatchObject({ name: 'Chefs', minOccurs: 2, maxOccurs: 2 });
      });
    });

    describe('id attributes', () => {
      it('UNKNOWN_ID_ATTRIBUTE: refuses an id attribute the type does not have', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Place', 'TableNumber'] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_ID_ATTRIBUTE', path: ['input', 'idAttributes', 1], message: /TableNumber/ });
      });

      it('INVALID_ID_ATTRIBUTE: refuses a multi-valued id attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Notes'] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 0], message: /Notes/ });
      });

      it('INVALID_ID_ATTRIBUTE: refuses a hidden id attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), attributes: [...lunch().attributes!, { name: 'Secret', valueType: 'STRING' as const, hidden: true }], idAttributes: ['Secret'] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 0] });
      });

      it('INVALID_ID_ATTRIBUTE: refuses an id attribute listed twice', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Place', 'Place'] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 1] });
      });

      it('accepts single-valued, visible id attributes', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: { ...lunch(), idAttributes: ['Place', 'Cost'] } });
        expect(configuration.interactionTypes[0]!.idAttributes).toEqual(['Place', 'Cost']);
      });
    });

    describe('timestamp attribute', () => {
      it('UNKNOWN_TIMESTAMP_ATTRIBUTE: refuses a timestamp attribute the type does not have', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), timestampAttribute: 'ServedAt' };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_TIMESTAMP_ATTRIBUTE', path: ['input', 'timestampAttribute'], message: /ServedAt/ });
      });

      it('INVALID_TIMESTAMP_ATTRIBUTE_TYPE: refuses a STRING timestamp attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), timestampAttribute: 'Place' };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_TIMESTAMP_ATTRIBUTE_TYPE', path: ['input', 'timestampAttribute'], message: /STRING/ });
      });

      it('INVALID_TIMESTAMP_ATTRIBUTE_TYPE: refuses a multi-valued TIMESTAMP attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), attributes: [...lunch().attributes!, { name: 'ServedAt', valueType: 'TIMESTAMP' as const, multiValued: true }], timestampAttribute: 'ServedAt' };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'INVALID_TIMESTAMP_ATTRIBUTE_TYPE', path: ['input', 'timestampAttribute'], message: /multi-valued/ });
      });

      it.each(['TIMESTAMP', 'DATE'] as const)('accepts a single-valued %s timestamp attribute', async (valueType) => {
        const tenant = await tenantWith();
        const input = { ...lunch(), attributes: [...lunch().attributes!, { name: 'ServedAt', valueType }], timestampAttribute: 'ServedAt' };
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input });
        expect(configuration.interactionTypes[0]!.timestampAttribute).toBe('ServedAt');
      });
    });

    it('UNKNOWN_PRIMARY_MEMBER_TYPE: refuses a primary member type the type does not have', async () => {
      const tenant = await tenantWith();
      const input = { ...lunch(), primaryMemberType: 'Waiters' };
      await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_PRIMARY_MEMBER_TYPE', path: ['input', 'primaryMemberType'], message: /Waiters/ });
    });

    describe('UNKNOWN_SOURCE', () => {
      it('refuses a default source that does not exist (createInteractionType)', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_INTERACTION_TYPE, { input: { name: 'Call', defaultSource: 'configuration/sources/Zendesk' } }, { name: 'UNKNOWN_SOURCE', path: ['input', 'defaultSource'], message: /Zendesk/ });
      });

      it('refuses a default source that does not exist (document)', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.defaultSource = 'Hubspot';
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'UNKNOWN_SOURCE', path: ['interactionTypes', 0, 'defaultSource'], message: /Hubspot/ });
      });

      it('refuses deleting a source that an interaction type names as its default', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Salesforce' }, { name: 'UNKNOWN_SOURCE', path: ['interactionTypes', 0, 'defaultSource'], message: /Salesforce/ });
      });
    });

    describe('UNKNOWN_LABEL_ATTRIBUTE', () => {
      it('refuses a label attribute the entity type does not have', async () => {
        const tenant = await tenantWith();
        const input: EntityTypeInput = { name: 'Account', attributes: [{ name: 'Name', valueType: 'STRING' }], labelAttribute: 'Title' };
        await expectRefused(tenant, CREATE_ENTITY_TYPE, { input }, { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['input', 'labelAttribute'], message: /Title/ });
      });

      it('refuses removing the label attribute', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'FullName', null) }, { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['input', 'labelAttribute'] });
      });
    });

    describe('DEFAULT_SOURCE_REQUIRED', () => {
      it('refuses deleting the default source', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Default' }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] });
      });

      it('refuses taking the default mark off the only default source', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, UPDATE_SOURCE, { uri: 'configuration/sources/Default', input: { name: 'Default', isDefault: false } }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] });
      });

      it('refuses a REPLACE document with no default source', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.sources[0] = { name: 'Default' };
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'], message: /has 0/ });
      });

      it('refuses a REPLACE document with two default sources', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.sources[1] = { name: 'Legacy', isDefault: true };
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'], message: /has 2/ });
      });

      it('refuses a MERGE document with two default sources', async () => {
        const tenant = await tenantWith();
        const input: ConfigurationInput = { sources: [{ name: 'Legacy', isDefault: true }, { name: 'Zendesk', isDefault: true }] };
        await expectRefused(tenant, APPLY, { input }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] });
      });

      it('moves the default mark when a new source is created as the default', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, CREATE_SOURCE, { input: { name: 'Zendesk', isDefault: true } });
        expect(configuration.sources.filter((source) => source.isDefault).map((source) => source.name)).toEqual(['Zendesk']);
      });
    });

    describe('CONFIGURATION_NOT_FOUND', () => {
      it.each([
        ['updateSource of an unknown URI', UPDATE_SOURCE, { uri: 'configuration/sources/Nope', input: { name: 'Nope' } }],
        ['deleteSource of an unknown URI', DELETE_SOURCE, { uri: 'configuration/sources/Nope' }],
        ['updateEntityType of an unknown URI', UPDATE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Nope', input: { name: 'Nope' } }],
        ['deleteEntityType of an unknown URI', DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Nope' }],
        ['updateInteractionType of an unknown URI', UPDATE_INTERACTION_TYPE, { uri: 'configuration/interactionTypes/Nope', input: { name: 'Nope' } }],
        ['deleteInteractionType of an unknown URI', DELETE_INTERACTION_TYPE, { uri: 'configuration/interactionTypes/Nope' }],
        ['deleteInteractionType of a bare name instead of a URI', DELETE_INTERACTION_TYPE, { uri: 'Lunch' }],
        ['deleteEntityType of an interaction type URI', DELETE_ENTITY_TYPE, { uri: LUNCH }],
      ])('refuses %s', async (_, mutation, variables) => {
        const tenant = await tenantWith();
        await expectRefused(tenant, mutation, variables, { name: 'CONFIGURATION_NOT_FOUND', path: ['uri'] });
      });
    });

    describe('input GraphQL cannot reject', () => {
      it('INVALID_DOCUMENT: refuses an empty locale in a document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.entityTypes[0]!.displayName = [{ locale: '', text: 'Individual' }];
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'INVALID_DOCUMENT', path: ['entityTypes', 0, 'displayName', 0, 'locale'] });
      });

      it('INVALID_DOCUMENT: refuses an empty locale in a create', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, CREATE_ENTITY_TYPE, { input: { name: 'Account', displayName: [{ locale: '', text: 'Account' }] } }, { name: 'INVALID_DOCUMENT', path: ['input', 'displayName', 0, 'locale'] });
      });
    });

    describe('input GraphQL rejects before any rule', () => {
      it('answers 400 GRAPHQL_VALIDATION_FAILED for an unknown value type, and changes nothing', async () => {
        const tenant = await tenantWith();
        const before = await readConfiguration(tenant);
        const response = await service.graphql(tenant, 'mutation { createEntityType(input: { name: "Account", attributes: [{ name: "Name", valueType: TEXT }] }) { ok } }');
        expect(response.status).toBe(400);
        expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(await readConfiguration(tenant)).toEqual(before);
      });

      it('answers 400 BAD_USER_INPUT for variables missing a required field, and changes nothing', async () => {
        const tenant = await tenantWith();
        const before = await readConfiguration(tenant);
        const response = await service.graphql(tenant, APPLY, { input: { entityTypes: [{ label: 'no name' }] } });
        expect(response.status).toBe(400);
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(await readConfiguration(tenant)).toEqual(before);
      });
    });
  });

  describe('rules against stored data', () => {
    /** A tenant with the base configuration and two individuals. */
    async function storedTenant() {
      const tenant = await tenantWith();
      const ada = await seedEntity(db, tenant, { type: 'Individual', attributes: { FullName: ['Ada'], Email: ['ada@example.com'] } });
      const bob = await seedEntity(db, tenant, { type: 'Individual', attributes: { FullName: ['Bob'], Email: ['bob@example.com', 'bob@work.example'] } });
      return { tenant, ada, bob };
    }

    describe('CONFIGURATION_IN_USE', () => {
      it('refuses removing an interaction attribute that has stored values, saying how many', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['spicy', 'late'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['quiet'] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) }, {
          name: 'CONFIGURATION_IN_USE',
          path: ['input', 'attributes', 'Notes'],
          message: /\b3 stored values\b/,
        });
      });

      it('removes an interaction attribute that has no stored values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) });
        expect(configuration.interactionTypes[0]!.attributes.map((attribute) => attribute.name)).toEqual(['Place', 'Cost', 'GuestEmail']);
      });

      it('refuses removing an entity attribute that has stored values', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Individual', attributes: { BirthDate: ['1815-12-10'] } });
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', null) }, {
          name: 'CONFIGURATION_IN_USE',
          path: ['input', 'attributes', 'BirthDate'],
          message: /\b1 stored value\b/,
        });
      });

      it('refuses removing a member type that has stored members', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Guests', null) }, {
          name: 'CONFIGURATION_IN_USE',
          path: ['input', 'memberTypes', 'Guests'],
          message: /\b2 stored members\b/,
        });
      });

      it('removes a member type that has no stored members', async () => {
        const { tenant, ada } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Guests', null) });
        expect(configuration.interactionTypes[0]!.memberTypes.map((member) => member.name)).toEqual(['Chefs', 'Hosts']);
      });

      it('refuses deleting an interaction type that has stored interactions', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch' });
        await seedInteraction(db, tenant, { type: 'Lunch' });
        await expectRefused(tenant, DELETE_INTERACTION_TYPE, { uri: LUNCH }, { name: 'CONFIGURATION_IN_USE', path: ['interactionTypes', 'Lunch'], message: /\b2 stored interactions\b/ });
      });

      it('refuses a REPLACE document that leaves out an interaction type with stored interactions', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch' });
        const input = baseWith((document) => {
          document.interactionTypes = [];
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'CONFIGURATION_IN_USE', path: ['interactionTypes', 'Lunch'], message: /\b1 stored interaction\b/ });
      });

      it('deletes an interaction type that has no stored interactions', async () => {
        const { tenant } = await storedTenant();
        const configuration = await expectApplied(tenant, DELETE_INTERACTION_TYPE, { uri: LUNCH });
        expect(configuration.interactionTypes).toEqual([]);
      });

      it('refuses deleting an entity type that has stored entities', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Product', attributes: { Sku: ['P-1'] } });
        await seedEntity(db, tenant, { type: 'Product', attributes: { Sku: ['P-2'] } });
        await expectRefused(tenant, DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Product' }, { name: 'CONFIGURATION_IN_USE', path: ['entityTypes', 'Product'], message: /\b2 stored entities\b/ });
      });

      it('deletes an entity type that has no stored entities', async () => {
        const { tenant } = await storedTenant();
        const configuration = await expectApplied(tenant, DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Product' });
        expect(configuration.entityTypes.map((type) => type.name)).toEqual(['Individual', 'Organization']);
      });

      it('refuses deleting a source that crosswalks use', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Organization', crosswalks: [{ source: 'Legacy', value: 'ORG-1' }] });
        await seedInteraction(db, tenant, { type: 'Lunch', crosswalks: [{ source: 'Legacy', value: 'L-1' }] });
        await expectRefused(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Legacy' }, { name: 'CONFIGURATION_IN_USE', path: ['sources', 'Legacy'], message: /\b2 stored crosswalks\b/ });
      });

      it('deletes a source that no crosswalk uses', async () => {
        const { tenant } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Organization', crosswalks: [{ source: 'Salesforce', value: 'ORG-1' }] });
        const configuration = await expectApplied(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Legacy' });
        expect(configuration.sources.map((source) => source.name)).toEqual(['Default', 'Salesforce']);
      });

      it("is not blocked by another tenant's stored data", async () => {
        const { tenant: other } = await storedTenant();
        await seedInteraction(db, other, { type: 'Lunch', attributes: { Notes: ['elsewhere'] } });
        const tenant = await tenantWith();
        await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) });
        await expectRefused(other, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', null) }, { name: 'CONFIGURATION_IN_USE', path: ['input', 'attributes', 'Notes'] });
      });
    });

    describe('VALUE_TYPE_CHANGE_WITH_VALUES', () => {
      it("refuses changing an interaction attribute's value type while values are stored", async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Cost: ['12.5'] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Cost', { valueType: 'STRING' }) }, {
          name: 'VALUE_TYPE_CHANGE_WITH_VALUES',
          path: ['input', 'attributes', 2, 'valueType'],
          message: /FLOAT to STRING: 1 stored value\b/,
        });
      });

      it("refuses changing an entity attribute's value type while values are stored", async () => {
        const { tenant } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Individual', attributes: { BirthDate: ['1815-12-10'] } });
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', { valueType: 'TIMESTAMP' }) }, {
          name: 'VALUE_TYPE_CHANGE_WITH_VALUES',
          path: ['input', 'attributes', 2, 'valueType'],
        });
      });

      it('changes a value type when no values are stored', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Cost', { valueType: 'INTEGER' }) });
        expect(configuration.interactionTypes[0]!.attributes[2]).toMatchObject({ name: 'Cost', valueType: 'INTEGER' });
      });
    });

    describe('OCCURS_VIOLATED_BY_STORED_DATA', () => {
      it('refuses raising minOccurs above what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Chefs', { minOccurs: 2 }) }, {
          name: 'OCCURS_VIOLATED_BY_STORED_DATA',
          path: ['input', 'memberTypes', 0],
          pathPrefix: true,
          message: /\b1 stored interaction\b/,
        });
      });

      it('refuses lowering maxOccurs below what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Chefs', { maxOccurs: 1 }) }, {
          name: 'OCCURS_VIOLATED_BY_STORED_DATA',
          path: ['input', 'memberTypes', 0],
          pathPrefix: true,
        });
      });

      it('refuses bounding an unbounded member type below what stored interactions have', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Guests', { maxOccurs: 1 }) }, {
          name: 'OCCURS_VIOLATED_BY_STORED_DATA',
          path: ['input', 'memberTypes', 1],
          pathPrefix: true,
          message: /\b2 stored interactions\b/,
        });
      });

      it('refuses adding a member type with minOccurs above 0 while interactions are stored', async () => {
        const { tenant, ada } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const input = { ...lunch(), memberTypes: [...lunch().memberTypes!, { name: 'Waiters', minOccurs: 1 }] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'OCCURS_VIOLATED_BY_STORED_DATA', path: ['input', 'memberTypes', 3], pathPrefix: true });
      });

      it('narrows occurs that every stored interaction satisfies', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada, bob] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Chefs: [ada] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Chefs', { minOccurs: 1, maxOccurs: 2 }) });
        expect(configuration.interactionTypes[0]!.memberTypes[0]).toMatchObject({ name: 'Chefs', minOccurs: 1, maxOccurs: 2 });
      });
    });

    describe('REQUIRED_VIOLATED_BY_STORED_DATA', () => {
      it('refuses making an interaction attribute required while stored interactions lack it', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['no place'] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Place', { required: true }) }, {
          name: 'REQUIRED_VIOLATED_BY_STORED_DATA',
          path: ['input', 'attributes', 0, 'required'],
          message: /\b1 stored interaction/,
        });
      });

      it('refuses making an entity attribute required while stored entities lack it', async () => {
        const { tenant } = await storedTenant();
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'BirthDate', { required: true }) }, {
          name: 'REQUIRED_VIOLATED_BY_STORED_DATA',
          path: ['input', 'attributes', 2, 'required'],
          message: /\b2 stored entities/,
        });
      });

      it('refuses adding a required attribute while interactions are stored', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        const input = { ...lunch(), attributes: [...lunch().attributes!, { name: 'Course', valueType: 'STRING' as const, required: true }] };
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'REQUIRED_VIOLATED_BY_STORED_DATA', path: ['input', 'attributes', 4], pathPrefix: true });
      });

      it('makes an attribute required when every stored object has a value', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Canteen'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Place: ['Roof'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Place', { required: true }) });
        expect(configuration.interactionTypes[0]!.attributes[0]).toMatchObject({ name: 'Place', required: true });
      });
    });

    describe('MULTI_VALUE_VIOLATED_BY_STORED_DATA', () => {
      it('refuses making an interaction attribute single-valued while an interaction has several values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['one'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['two', 'three'] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', { multiValued: false }) }, {
          name: 'MULTI_VALUE_VIOLATED_BY_STORED_DATA',
          path: ['input', 'attributes', 1, 'multiValued'],
        });
      });

      it('refuses making an entity attribute single-valued while an entity has several values', async () => {
        const { tenant } = await storedTenant();
        await expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: INDIVIDUAL, input: withAttribute(individual(), 'Email', { multiValued: false }) }, {
          name: 'MULTI_VALUE_VIOLATED_BY_STORED_DATA',
          path: ['input', 'attributes', 1, 'multiValued'],
        });
      });

      it('makes an attribute single-valued when no stored object has several values', async () => {
        const { tenant } = await storedTenant();
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['one'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', attributes: { Notes: ['two'] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withAttribute(lunch(), 'Notes', { multiValued: false }) });
        expect(configuration.interactionTypes[0]!.attributes[1]).toMatchObject({ name: 'Notes', multiValued: false });
      });
    });

    describe('MUTABILITY_CHANGE_NOT_CONFIRMED', () => {
      it('refuses turning an immutable type mutable without allowImmutableToMutable (update)', async () => {
        const tenant = await tenantWith();
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: { ...lunch(), mutable: true } }, { name: 'MUTABILITY_CHANGE_NOT_CONFIRMED', path: ['input', 'mutable'] });
      });

      it('refuses turning an immutable type mutable without allowImmutableToMutable (document)', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.mutable = true;
        });
        await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'MUTABILITY_CHANGE_NOT_CONFIRMED', path: ['interactionTypes', 0, 'mutable'] });
      });

      it('turns an immutable type mutable with allowImmutableToMutable (update)', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: { ...lunch(), mutable: true }, allowImmutableToMutable: true });
        expect(configuration.interactionTypes[0]!.mutable).toBe(true);
      });

      it('turns an immutable type mutable with allowImmutableToMutable (document)', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, APPLY, { input: { interactionTypes: [{ ...lunch(), mutable: true }] }, allowImmutableToMutable: true });
        expect(configuration.interactionTypes[0]!.mutable).toBe(true);
      });

      it('turns a mutable type immutable without confirmation', async () => {
        const tenant = await tenantWith({ ...baseConfiguration(), interactionTypes: [{ ...lunch(), mutable: true }] });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: { ...lunch(), mutable: false } });
        expect(configuration.interactionTypes[0]!.mutable).toBe(false);
      });

      it('creates a mutable type without confirmation', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, CREATE_INTERACTION_TYPE, { input: { name: 'Visit', mutable: true } });
        expect(configuration.interactionTypes.find((type) => type.name === 'Visit')?.mutable).toBe(true);
      });
    });

    describe('ENTITY_TYPE_STILL_USED_BY_MEMBERS', () => {
      it('refuses disallowing an entity type that stored members are', async () => {
        const { tenant, ada } = await storedTenant();
        const acme = await seedEntity(db, tenant, { type: 'Organization', attributes: { Name: ['Acme'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Guests: [ada, acme] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Guests', { entityTypes: ['Individual'] }) }, {
          name: 'ENTITY_TYPE_STILL_USED_BY_MEMBERS',
          path: ['input', 'memberTypes', 1, 'entityTypes'],
          message: /Organization.*\b1 stored member\b/,
        });
      });

      it('refuses restricting a member type that allowed any entity type', async () => {
        const { tenant, ada } = await storedTenant();
        const widget = await seedEntity(db, tenant, { type: 'Product', attributes: { Sku: ['W-1'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Hosts: [ada, widget] } });
        await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Hosts', { entityTypes: ['Individual'] }) }, {
          name: 'ENTITY_TYPE_STILL_USED_BY_MEMBERS',
          path: ['input', 'memberTypes', 2, 'entityTypes'],
          message: /Product/,
        });
      });

      it('disallows an entity type that no stored member is', async () => {
        const { tenant, ada, bob } = await storedTenant();
        await seedEntity(db, tenant, { type: 'Organization', attributes: { Name: ['Acme'] } });
        await seedInteraction(db, tenant, { type: 'Lunch', members: { Guests: [ada, bob] } });
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input: withMember(lunch(), 'Guests', { entityTypes: ['Individual'] }) });
        expect(configuration.interactionTypes[0]!.memberTypes[1]!.entityTypes).toEqual([{ uri: INDIVIDUAL, name: 'Individual' }]);
      });
    });
  });

  // Problem paths are documented as "where in the input". These documents list objects out
  // of name order, or merge into a tenant that already has objects, so a path counted in
  // the sorted or merged configuration would point at the wrong input item.
  describe('error paths point into the input', () => {
    it('counts entity types in the order a REPLACE document lists them', async () => {
      const tenant = await tenantWith();
      const input = baseWith((document) => {
        document.entityTypes = [product(), organization(), { ...individual(), labelAttribute: 'Nickname' }];
      });
      await expectRefused(tenant, APPLY, { input, mode: 'REPLACE' }, { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['entityTypes', 2, 'labelAttribute'] });
    });

    it('counts entity types in the MERGE document, not in the merged configuration', async () => {
      const tenant = await tenantWith();
      const input: ConfigurationInput = { entityTypes: [{ name: 'Account', attributes: [{ name: 'Name', valueType: 'STRING' }], labelAttribute: 'Title' }] };
      await expectRefused(tenant, APPLY, { input }, { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['entityTypes', 0, 'labelAttribute'] });
    });

    it("counts a member type's entity types in the order they are given", async () => {
      const tenant = await tenantWith();
      const input = withMember(lunch(), 'Chefs', { entityTypes: ['Robot', 'Individual'] });
      await expectRefused(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input }, { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'memberTypes', 0, 'entityTypes', 0] });
    });
  });
});
