// Rules a configuration change must follow on its own, through the real HTTP GraphQL
// server: a refused change answers ok: false with the catalog's code, name and a path into
// the input, and changes nothing (same configurationVersion, same configuration read back).
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import {
  APPLY,
  baseWith,
  type ConfigurationInput,
  CREATE_ENTITY_TYPE,
  CREATE_INTERACTION_TYPE,
  CREATE_SOURCE,
  DELETE_ENTITY_TYPE,
  DELETE_INTERACTION_TYPE,
  DELETE_SOURCE,
  type EntityTypeInput,
  type ExpectedProblem,
  individual,
  INDIVIDUAL,
  type InteractionTypeInput,
  lunch,
  LUNCH,
  organization,
  product,
  UPDATE_ENTITY_TYPE,
  UPDATE_INTERACTION_TYPE,
  UPDATE_SOURCE,
  withAttribute,
  withMember,
  useRulesHarness,
} from './helpers/configuration-rules.ts';

describeEachDatabase('configuration rules of the document', (provider) => {
  const harness = useRulesHarness(provider);
  const { tenantWith, expectRefused, expectApplied, readConfiguration } = harness;
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
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'INVALID_NAME', path: ['interactionTypes', 0, 'attributes', 4, 'name'] },
        );
      });

      it('refuses an invalid participant name', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), participants: [...lunch().participants!, { name: 'Plus Ones' }] };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_NAME', path: ['input', 'participants', 3, 'name'] },
        );
      });

      it('refuses renaming through an update', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: { ...individual(), name: 'Person' } },
          { name: 'INVALID_NAME', path: ['input', 'name'] },
        );
      });
    });

    describe('DUPLICATE_NAME', () => {
      it('refuses two attributes of the same name in an entity type', async () => {
        const tenant = await tenantWith();
        const input = { ...individual(), attributes: [...individual().attributes!, { name: 'FullName', valueType: 'INTEGER' as const }] };
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input },
          { name: 'DUPLICATE_NAME', path: ['input', 'attributes', 3, 'name'] },
        );
      });

      it('refuses two attributes of the same name in an interaction type of a document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.attributes!.push({ name: 'Place', valueType: 'STRING' });
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'DUPLICATE_NAME', path: ['interactionTypes', 0, 'attributes', 4, 'name'] },
        );
      });

      it('refuses two participants of the same name', async () => {
        const tenant = await tenantWith();
        const input: InteractionTypeInput = { name: 'Call', participants: [{ name: 'Callers' }, { name: 'Callers', minOccurs: 1 }] };
        await expectRefused(
          tenant,
          CREATE_INTERACTION_TYPE,
          { input },
          { name: 'DUPLICATE_NAME', path: ['input', 'participants', 1, 'name'] },
        );
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
        await expectRefused(
          tenant,
          CREATE_INTERACTION_TYPE,
          { input: { name: 'Lunch' } },
          { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Lunch/ },
        );
      });

      it('refuses createEntityType with an existing name', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          CREATE_ENTITY_TYPE,
          { input: { name: 'Individual' } },
          { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Individual/ },
        );
      });

      it('refuses createSource with an existing name', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          CREATE_SOURCE,
          { input: { name: 'Salesforce', label: 'again' } },
          { name: 'DUPLICATE_NAME', path: ['input', 'name'], message: /Salesforce/ },
        );
      });
    });

    describe('UNKNOWN_ENTITY_TYPE', () => {
      it("refuses a participant's entity type that is not defined", async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { entityTypes: ['Individual', 'Robot'] });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'participants', 0, 'entityTypes', 1], message: /Robot/ },
        );
      });

      it('refuses an attribute mapping to an entity type that is not defined', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Hosts', {
          mapping: {
            entityType: 'configuration/entityTypes/Robot',
            properties: [{ interactionAttribute: 'GuestEmail', entityAttribute: 'Email' }],
          },
        });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'participants', 2, 'mapping', 'entityType'], message: /Robot/ },
        );
      });

      it('refuses deleting an entity type that a participant allows', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          DELETE_ENTITY_TYPE,
          { uri: 'configuration/entityTypes/Organization' },
          {
            name: 'UNKNOWN_ENTITY_TYPE',
            path: ['interactionTypes', 0, 'participants', 1, 'entityTypes', 1],
            message: /Guests.*Organization/,
          },
        );
      });
    });

    describe('UNKNOWN_MAPPING_ATTRIBUTE', () => {
      it('refuses a mapping from an interaction attribute that does not exist', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Guests', {
          mapping: { entityType: 'Individual', properties: [{ interactionAttribute: 'GuestPhone', entityAttribute: 'Email' }] },
        });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          {
            name: 'UNKNOWN_MAPPING_ATTRIBUTE',
            path: ['input', 'participants', 1, 'mapping', 'properties', 0, 'interactionAttribute'],
            message: /GuestPhone/,
          },
        );
      });

      it('refuses a mapping to an entity attribute that does not exist', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Guests', {
          mapping: { entityType: 'Individual', properties: [{ interactionAttribute: 'GuestEmail', entityAttribute: 'Phone' }] },
        });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          {
            name: 'UNKNOWN_MAPPING_ATTRIBUTE',
            path: ['input', 'participants', 1, 'mapping', 'properties', 0, 'entityAttribute'],
            message: /Phone/,
          },
        );
      });

      it('refuses removing an entity attribute that a mapping uses', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'Email', null) },
          {
            name: 'UNKNOWN_MAPPING_ATTRIBUTE',
            path: ['interactionTypes', 0, 'participants', 1, 'mapping', 'properties', 0, 'entityAttribute'],
          },
        );
      });
    });

    it('MAPPING_ENTITY_TYPE_NOT_ALLOWED: refuses a mapping to an entity type the participant does not allow', async () => {
      const tenant = await tenantWith();
      const input = withMember(lunch(), 'Chefs', {
        mapping: { entityType: 'Organization', properties: [{ interactionAttribute: 'Place', entityAttribute: 'Name' }] },
      });
      await expectRefused(
        tenant,
        UPDATE_INTERACTION_TYPE,
        { uri: LUNCH, input },
        {
          name: 'MAPPING_ENTITY_TYPE_NOT_ALLOWED',
          path: ['input', 'participants', 0, 'mapping', 'entityType'],
          message: /Organization/,
        },
      );
    });

    describe('INVALID_OCCURS', () => {
      it('refuses minOccurs greater than maxOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { minOccurs: 3, maxOccurs: 2 });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_OCCURS', path: ['input', 'participants', 0, 'minOccurs'] },
        );
      });

      it('refuses a negative minOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Chefs', { minOccurs: -1 });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_OCCURS', path: ['input', 'participants', 0], pathPrefix: true },
        );
      });

      it('refuses a negative maxOccurs', async () => {
        const tenant = await tenantWith();
        const input = withMember(lunch(), 'Hosts', { maxOccurs: -2 });
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_OCCURS', path: ['input', 'participants', 2], pathPrefix: true },
        );
      });

      it('accepts minOccurs equal to maxOccurs', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: withMember(lunch(), 'Chefs', { minOccurs: 2, maxOccurs: 2 }),
        });
        expect(configuration.interactionTypes[0]!.participants[0]).toMatchObject({ name: 'Chefs', minOccurs: 2, maxOccurs: 2 });
      });
    });

    describe('id attributes', () => {
      it('UNKNOWN_ID_ATTRIBUTE: refuses an id attribute the type does not have', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Place', 'TableNumber'] };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'UNKNOWN_ID_ATTRIBUTE', path: ['input', 'idAttributes', 1], message: /TableNumber/ },
        );
      });

      it('INVALID_ID_ATTRIBUTE: refuses a multi-valued id attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Notes'] };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 0], message: /Notes/ },
        );
      });

      it('INVALID_ID_ATTRIBUTE: refuses a hidden id attribute', async () => {
        const tenant = await tenantWith();
        const input = {
          ...lunch(),
          attributes: [...lunch().attributes!, { name: 'Secret', valueType: 'STRING' as const, hidden: true }],
          idAttributes: ['Secret'],
        };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 0] },
        );
      });

      it('INVALID_ID_ATTRIBUTE: refuses an id attribute listed twice', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), idAttributes: ['Place', 'Place'] };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_ID_ATTRIBUTE', path: ['input', 'idAttributes', 1] },
        );
      });

      it('accepts single-valued, visible id attributes', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, {
          uri: LUNCH,
          input: { ...lunch(), idAttributes: ['Place', 'Cost'] },
        });
        expect(configuration.interactionTypes[0]!.idAttributes).toEqual(['Place', 'Cost']);
      });
    });

    describe('timestamp attribute', () => {
      it('UNKNOWN_TIMESTAMP_ATTRIBUTE: refuses a timestamp attribute the type does not have', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), timestampAttribute: 'ServedAt' };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'UNKNOWN_TIMESTAMP_ATTRIBUTE', path: ['input', 'timestampAttribute'], message: /ServedAt/ },
        );
      });

      it('INVALID_TIMESTAMP_ATTRIBUTE_TYPE: refuses a STRING timestamp attribute', async () => {
        const tenant = await tenantWith();
        const input = { ...lunch(), timestampAttribute: 'Place' };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_TIMESTAMP_ATTRIBUTE_TYPE', path: ['input', 'timestampAttribute'], message: /STRING/ },
        );
      });

      it('INVALID_TIMESTAMP_ATTRIBUTE_TYPE: refuses a multi-valued TIMESTAMP attribute', async () => {
        const tenant = await tenantWith();
        const input = {
          ...lunch(),
          attributes: [...lunch().attributes!, { name: 'ServedAt', valueType: 'TIMESTAMP' as const, multiValued: true }],
          timestampAttribute: 'ServedAt',
        };
        await expectRefused(
          tenant,
          UPDATE_INTERACTION_TYPE,
          { uri: LUNCH, input },
          { name: 'INVALID_TIMESTAMP_ATTRIBUTE_TYPE', path: ['input', 'timestampAttribute'], message: /multi-valued/ },
        );
      });

      it.each(['TIMESTAMP', 'DATE'] as const)('accepts a single-valued %s timestamp attribute', async (valueType) => {
        const tenant = await tenantWith();
        const input = { ...lunch(), attributes: [...lunch().attributes!, { name: 'ServedAt', valueType }], timestampAttribute: 'ServedAt' };
        const configuration = await expectApplied(tenant, UPDATE_INTERACTION_TYPE, { uri: LUNCH, input });
        expect(configuration.interactionTypes[0]!.timestampAttribute).toBe('ServedAt');
      });
    });

    it('UNKNOWN_PRIMARY_PARTICIPANT: refuses a primary participant the type does not have', async () => {
      const tenant = await tenantWith();
      const input = { ...lunch(), primaryParticipant: 'Waiters' };
      await expectRefused(
        tenant,
        UPDATE_INTERACTION_TYPE,
        { uri: LUNCH, input },
        { name: 'UNKNOWN_PRIMARY_PARTICIPANT', path: ['input', 'primaryParticipant'], message: /Waiters/ },
      );
    });

    describe('UNKNOWN_SOURCE', () => {
      it('refuses a default source that does not exist (createInteractionType)', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          CREATE_INTERACTION_TYPE,
          { input: { name: 'Call', defaultSource: 'configuration/sources/Zendesk' } },
          { name: 'UNKNOWN_SOURCE', path: ['input', 'defaultSource'], message: /Zendesk/ },
        );
      });

      it('refuses a default source that does not exist (document)', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.interactionTypes[0]!.defaultSource = 'Hubspot';
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'UNKNOWN_SOURCE', path: ['interactionTypes', 0, 'defaultSource'], message: /Hubspot/ },
        );
      });

      it('refuses deleting a source that an interaction type names as its default', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          DELETE_SOURCE,
          { uri: 'configuration/sources/Salesforce' },
          { name: 'UNKNOWN_SOURCE', path: ['interactionTypes', 0, 'defaultSource'], message: /Salesforce/ },
        );
      });
    });

    describe('UNKNOWN_LABEL_ATTRIBUTE', () => {
      it('refuses a label attribute the entity type does not have', async () => {
        const tenant = await tenantWith();
        const input: EntityTypeInput = { name: 'Account', attributes: [{ name: 'Name', valueType: 'STRING' }], labelAttribute: 'Title' };
        await expectRefused(
          tenant,
          CREATE_ENTITY_TYPE,
          { input },
          { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['input', 'labelAttribute'], message: /Title/ },
        );
      });

      it('refuses removing the label attribute', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          UPDATE_ENTITY_TYPE,
          { uri: INDIVIDUAL, input: withAttribute(individual(), 'FullName', null) },
          { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['input', 'labelAttribute'] },
        );
      });
    });

    describe('DEFAULT_SOURCE_REQUIRED', () => {
      it('refuses deleting the default source', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          DELETE_SOURCE,
          { uri: 'configuration/sources/Default' },
          { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] },
        );
      });

      it('refuses taking the default mark off the only default source', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          UPDATE_SOURCE,
          { uri: 'configuration/sources/Default', input: { name: 'Default', isDefault: false } },
          { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] },
        );
      });

      it('refuses a REPLACE document with no default source', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.sources[0] = { name: 'Default' };
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'], message: /has 0/ },
        );
      });

      it('refuses a REPLACE document with two default sources', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.sources[1] = { name: 'Legacy', isDefault: true };
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'], message: /has 2/ },
        );
      });

      it('refuses a MERGE document with two default sources', async () => {
        const tenant = await tenantWith();
        const input: ConfigurationInput = {
          sources: [
            { name: 'Legacy', isDefault: true },
            { name: 'Zendesk', isDefault: true },
          ],
        };
        await expectRefused(tenant, APPLY, { input }, { name: 'DEFAULT_SOURCE_REQUIRED', path: ['sources'] });
      });

      it('moves the default mark when a new source is created as the default', async () => {
        const tenant = await tenantWith();
        const configuration = await expectApplied(tenant, CREATE_SOURCE, { input: { name: 'Zendesk', isDefault: true } });
        expect(configuration.sources.filter((source) => source.isDefault).map((source) => source.name)).toEqual(['Zendesk']);
      });
    });

    describe('CONFIGURATION_NOT_FOUND', () => {
      const notFound: ExpectedProblem = { name: 'CONFIGURATION_NOT_FOUND', path: ['uri'] };
      // Each case is a call of its own: the mutations take different variables.
      it.each([
        [
          'updateSource of an unknown URI',
          (tenant: string) =>
            expectRefused(tenant, UPDATE_SOURCE, { uri: 'configuration/sources/Nope', input: { name: 'Nope' } }, notFound),
        ],
        [
          'deleteSource of an unknown URI',
          (tenant: string) => expectRefused(tenant, DELETE_SOURCE, { uri: 'configuration/sources/Nope' }, notFound),
        ],
        [
          'updateEntityType of an unknown URI',
          (tenant: string) =>
            expectRefused(tenant, UPDATE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Nope', input: { name: 'Nope' } }, notFound),
        ],
        [
          'deleteEntityType of an unknown URI',
          (tenant: string) => expectRefused(tenant, DELETE_ENTITY_TYPE, { uri: 'configuration/entityTypes/Nope' }, notFound),
        ],
        [
          'updateInteractionType of an unknown URI',
          (tenant: string) =>
            expectRefused(
              tenant,
              UPDATE_INTERACTION_TYPE,
              { uri: 'configuration/interactionTypes/Nope', input: { name: 'Nope' } },
              notFound,
            ),
        ],
        [
          'deleteInteractionType of an unknown URI',
          (tenant: string) => expectRefused(tenant, DELETE_INTERACTION_TYPE, { uri: 'configuration/interactionTypes/Nope' }, notFound),
        ],
        [
          'deleteInteractionType of a bare name instead of a URI',
          (tenant: string) => expectRefused(tenant, DELETE_INTERACTION_TYPE, { uri: 'Lunch' }, notFound),
        ],
        [
          'deleteEntityType of an interaction type URI',
          (tenant: string) => expectRefused(tenant, DELETE_ENTITY_TYPE, { uri: LUNCH }, notFound),
        ],
      ])('refuses %s', async (_, refuse) => {
        const tenant = await tenantWith();
        await refuse(tenant);
      });
    });

    describe('input GraphQL cannot reject', () => {
      it('INVALID_DOCUMENT: refuses an empty locale in a document', async () => {
        const tenant = await tenantWith();
        const input = baseWith((document) => {
          document.entityTypes[0]!.displayName = [{ locale: '', text: 'Individual' }];
        });
        await expectRefused(
          tenant,
          APPLY,
          { input, mode: 'REPLACE' },
          { name: 'INVALID_DOCUMENT', path: ['entityTypes', 0, 'displayName', 0, 'locale'] },
        );
      });

      it('INVALID_DOCUMENT: refuses an empty locale in a create', async () => {
        const tenant = await tenantWith();
        await expectRefused(
          tenant,
          CREATE_ENTITY_TYPE,
          { input: { name: 'Account', displayName: [{ locale: '', text: 'Account' }] } },
          { name: 'INVALID_DOCUMENT', path: ['input', 'displayName', 0, 'locale'] },
        );
      });
    });

    describe('input GraphQL rejects before any rule', () => {
      it('answers 400 GRAPHQL_VALIDATION_FAILED for an unknown value type, and changes nothing', async () => {
        const tenant = await tenantWith();
        const before = await readConfiguration(tenant);
        const response = await harness.service.graphql(
          tenant,
          'mutation { createEntityType(input: { name: "Account", attributes: [{ name: "Name", valueType: TEXT }] }) { ok } }',
        );
        expect(response.status).toBe(400);
        expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(await readConfiguration(tenant)).toEqual(before);
      });

      it('answers 400 BAD_USER_INPUT for variables missing a required field, and changes nothing', async () => {
        const tenant = await tenantWith();
        const before = await readConfiguration(tenant);
        // The required name left out on purpose: the types would not allow it.
        const response = await harness.service.graphql(tenant, APPLY, {
          input: { entityTypes: [{ label: 'no name' } as EntityTypeInput] },
        });
        expect(response.status).toBe(400);
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(await readConfiguration(tenant)).toEqual(before);
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
      await expectRefused(
        tenant,
        APPLY,
        { input, mode: 'REPLACE' },
        { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['entityTypes', 2, 'labelAttribute'] },
      );
    });

    it('counts entity types in the MERGE document, not in the merged configuration', async () => {
      const tenant = await tenantWith();
      const input: ConfigurationInput = {
        entityTypes: [{ name: 'Account', attributes: [{ name: 'Name', valueType: 'STRING' }], labelAttribute: 'Title' }],
      };
      await expectRefused(tenant, APPLY, { input }, { name: 'UNKNOWN_LABEL_ATTRIBUTE', path: ['entityTypes', 0, 'labelAttribute'] });
    });

    it("counts a participant's entity types in the order they are given", async () => {
      const tenant = await tenantWith();
      const input = withMember(lunch(), 'Chefs', { entityTypes: ['Robot', 'Individual'] });
      await expectRefused(
        tenant,
        UPDATE_INTERACTION_TYPE,
        { uri: LUNCH, input },
        { name: 'UNKNOWN_ENTITY_TYPE', path: ['input', 'participants', 0, 'entityTypes', 0] },
      );
    });
  });
});
