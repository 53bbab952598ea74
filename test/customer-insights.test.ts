// Customer Insights interaction type definitions imported and exported as they are, and
// enumerations (the definitions' isEnum / isFlagEnum) checked on every write.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import { demoTenant } from './helpers/demo.ts';
import { graphql } from './generated/operations/index.ts';
import type { ConfigurationInput } from './generated/operations/graphql.ts';

// The document's "JSON Example for Interaction Type", as it stands but for the comma it lacks
// after typeName. It mixes key cases, gives isActivity as a string, and names a profile type
// (Contact) the tenant must have.
const DOCUMENT_EXAMPLE = `
 {
     "IdPropertyNames":["TestInteractionType6358"],
     "ApiEntitySetName":"Test6358Opened",
     "TimestampPropertyName":"TimeOpened",
     "entityType": "Interaction",
     "typeName": "TestInteractionType6358",
     "provisioningState": "Provisioning",
     "tenantId": "azsdktesthub",
     "PrimaryParticipantProfilePropertyName":"Receiver",
     "SmallImage":"myimages/image1.jpeg",
     "MediumImage":"myimages/image2.jpeg",
     "isActivity": "false",
     "ParticipantProfiles":[{
         "ProfileTypeName":"Contact", 
         "ParticipantPropertyReferences":[{
             "InteractionPropertyName":"Receiver",
             "ProfilePropertyName":"ContactId"
         }],
         "Name":"ProfileTestId",
         "DisplayName":null,
         "Description":null,"Role":null
     }],
     "fields": [{
        "fieldName": "TestInteractionType6358",
        "fieldType": "Edm.String",
        "isArray": false,
        "isEnum": false,
        "isFlagEnum": false,
        "isImage": false,
        "isLocalizedString": false,
        "isName": false,
        "isRequired": true,
        "propertyId": "id1"
    },
    {
        "fieldName": "profile1",
        "fieldType": "Edm.String",
        "isArray": false,
        "isEnum": false,
        "isFlagEnum": false,
        "isImage": false,
        "isLocalizedString": false,
        "isName": false,
        "isRequired": true,
        "propertyId": "id1"
    }]
}
`;

/** What the example needs of the tenant: a Contact profile type with ContactId. */
const CONTACTS: ConfigurationInput = {
  entityTypes: [
    {
      name: 'Contact',
      attributes: [
        { name: 'ContactId', valueType: 'STRING' },
        { name: 'Status', valueType: 'INTEGER', allowedValues: ['1', '2', '3'] },
        { name: 'Channels', valueType: 'STRING', multiValued: true, flagEnum: true, allowedValues: ['Email', 'Phone', 'Sms'] },
        { name: 'Tags', valueType: 'STRING', multiValued: true },
      ],
    },
  ],
};

const APPLY = graphql(`
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
`);

const IMPORT = graphql(`
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
`);

const FIELD_TRAITS = graphql(`
  query CustomerInsightsFieldTraits($uri: String!) {
    interactionType(uri: $uri) {
      attributes {
        name
        isName
        localizedString
      }
    }
  }
`);

const TYPE = graphql(`
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
`);

const CREATE_CONTACTS = graphql(`
  mutation CustomerInsightsContacts($entities: [EntityInput!]!) {
    createEntities(entities: $entities, options: { returnObjects: false }) {
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
`);

const CREATE = graphql(`
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
`);

const contact = (id: string, more: Array<{ name: string; values: Array<string | number> }> = []) => ({
  type: 'Contact',
  attributes: [{ name: 'ContactId', values: [id] }, ...more],
  crosswalks: [{ source: 'Salesforce', value: `${id}-${Math.random()}` }],
});

// Each test has a tenant of its own: they run together, the tool processes overlapping.
describeEachDatabase('Customer Insights definitions', (provider) => {
  let service: TestService;
  const dir = mkdtempSync(join(tmpdir(), 'customer-insights-'));
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  async function contactsTenant() {
    const tenant = newTenant('ci');
    const applied = await service.graphql(tenant, APPLY, {
      input: { ...CONTACTS, sources: [{ name: 'Salesforce', isDefault: false }] },
    });
    expect(applied.data?.applyConfiguration).toEqual({ ok: true, errors: [] });
    return tenant;
  }

  it(
    'imports the document example as it stands, finds its receiver through the participant mapping, and exports it back',
    async () => {
      const tenant = await contactsTenant();
      const env = { DATABASE_URL: service.databaseUrl };
      const file = join(dir, `${tenant}.json`);
      writeFileSync(file, DOCUMENT_EXAMPLE);
      const imported = await runTool('config-import', [file, '--tenant', tenant], env);
      expect(imported).toMatchObject({ code: 0 });
      expect(imported.stdout).toContain(`tenant ${tenant}: configuration applied`);
      // Accepted and reported, not refused: what has no meaning here, and what was inferred.
      expect(imported.stderr.split('\n').filter(Boolean)).toEqual([
        'note: ignored provisioningState',
        'note: ignored tenantId',
        'note: ignored fields.0.propertyId',
        'note: ignored fields.1.propertyId',
        'note: added field Receiver (Edm.String): participant ProfileTestId names it but fields do not',
        'note: added field TimeOpened (Edm.DateTimeOffset): TimestampPropertyName names it but fields do not',
        'note: read primaryParticipantProfilePropertyName Receiver as participant ProfileTestId, found by it',
      ]);

      const read = await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/TestInteractionType6358' });
      expect(read.data?.interactionType).toEqual({
        name: 'TestInteractionType6358',
        mutable: false,
        idAttributes: ['TestInteractionType6358'],
        timestampAttribute: 'TimeOpened',
        primaryParticipant: 'ProfileTestId',
        apiEntitySetName: 'Test6358Opened',
        images: { small: 'myimages/image1.jpeg', medium: 'myimages/image2.jpeg', large: null },
        attributes: [
          {
            name: 'TestInteractionType6358',
            valueType: 'STRING',
            required: true,
            multiValued: false,
            allowedValues: null,
            flagEnum: false,
          },
          { name: 'profile1', valueType: 'STRING', required: true, multiValued: false, allowedValues: null, flagEnum: false },
          { name: 'Receiver', valueType: 'STRING', required: false, multiValued: false, allowedValues: null, flagEnum: false },
          { name: 'TimeOpened', valueType: 'TIMESTAMP', required: false, multiValued: false, allowedValues: null, flagEnum: false },
        ],
        participants: [
          {
            name: 'ProfileTestId',
            entityTypes: [{ name: 'Contact' }],
            mapping: { entityType: { name: 'Contact' }, properties: [{ interactionAttribute: 'Receiver', entityAttribute: 'ContactId' }] },
          },
        ],
      });

      const [receiver] = (await service.graphql(tenant, CREATE_CONTACTS, { entities: [contact('C-42')] })).data?.createEntities ?? [];
      const created = await service.graphql(tenant, CREATE, {
        interactions: [
          {
            type: 'TestInteractionType6358',
            attributes: [
              { name: 'TestInteractionType6358', values: ['mail-1'] },
              { name: 'profile1', values: ['p'] },
              { name: 'Receiver', values: ['C-42'] },
              { name: 'TimeOpened', values: ['2017-06-14T10:00:00Z'] },
            ],
          },
        ],
      });
      expect(created.data?.createInteractions).toEqual([
        {
          status: 'OK',
          errors: [],
          object: {
            timestamp: Date.parse('2017-06-14T10:00:00Z'),
            members: [{ participant: { name: 'ProfileTestId' }, members: [{ objectURI: receiver?.uri }] }],
          },
        },
      ]);

      const exportFile = join(dir, `${tenant}-export.json`);
      const exported = await runTool('config-export', ['--tenant', tenant, '--format', 'customer-insights', '--output', exportFile], env);
      expect(exported).toMatchObject({ code: 0 });
      const definitions = JSON.parse(readFileSync(exportFile, 'utf8')) as Array<Record<string, unknown>>;
      expect(definitions).toHaveLength(1);
      expect(definitions[0]).toMatchObject({
        typeName: 'TestInteractionType6358',
        entityType: 'Interaction',
        isActivity: false,
        idPropertyNames: ['TestInteractionType6358'],
        timestampPropertyName: 'TimeOpened',
        primaryParticipantProfilePropertyName: 'ProfileTestId',
        apiEntitySetName: 'Test6358Opened',
        smallImage: 'myimages/image1.jpeg',
        mediumImage: 'myimages/image2.jpeg',
        participantProfiles: [
          {
            name: 'ProfileTestId',
            profileTypeName: 'Contact',
            participantPropertyReferences: [{ interactionPropertyName: 'Receiver', profilePropertyName: 'ContactId' }],
          },
        ],
        fields: [
          { fieldName: 'TestInteractionType6358', fieldType: 'Edm.String', isArray: false, isRequired: true, isEnum: false },
          { fieldName: 'profile1', fieldType: 'Edm.String', isArray: false, isRequired: true, isEnum: false },
          { fieldName: 'Receiver', fieldType: 'Edm.String', isRequired: false },
          { fieldName: 'TimeOpened', fieldType: 'Edm.DateTimeOffset', isRequired: false },
        ],
      });

      // Export → import is the identity on what the service keeps: nothing changes.
      const again = await runTool('config-import', [exportFile, '--tenant', tenant], env);
      expect(again).toMatchObject({ code: 0 });
      expect(again.stdout).toContain('already up to date');
    },
    CLI_TEST_TIMEOUT,
  );

  it('imports through GraphQL too, with the same notes, and refuses a broken definition whole', async () => {
    const tenant = await contactsTenant();
    const imported = await service.graphql(tenant, IMPORT, { definitions: DOCUMENT_EXAMPLE });
    expect(imported.data?.importCustomerInsightsDefinitions).toMatchObject({ ok: true, changed: true, errors: [] });
    expect(imported.data?.importCustomerInsightsDefinitions.notes).toContain('ignored provisioningState');

    const broken = JSON.parse(DOCUMENT_EXAMPLE) as { typeName: string; fields: Array<{ fieldType: string }> };
    broken.typeName = 'Broken';
    broken.fields[1]!.fieldType = 'Edm.Geography';
    const refused = await service.graphql(tenant, IMPORT, { definitions: JSON.stringify([broken]) });
    expect(refused.data?.importCustomerInsightsDefinitions).toMatchObject({
      ok: false,
      changed: false,
      errors: [
        { name: 'INVALID_DOCUMENT', path: ['0', 'fields', '1', 'fieldType'], message: 'field profile1: unknown fieldType Edm.Geography' },
      ],
    });
    const named = { typeName: 'Named', fields: [{ fieldName: 'Title', fieldType: 'Edm.String', isName: true, isLocalizedString: 'true' }] };
    expect((await service.graphql(tenant, IMPORT, { definitions: JSON.stringify(named) })).data?.importCustomerInsightsDefinitions.ok).toBe(
      true,
    );
    const title = await service.graphql(tenant, FIELD_TRAITS, { uri: 'configuration/interactionTypes/Named' });
    expect(title.data?.interactionType?.attributes).toEqual([{ name: 'Title', isName: true, localizedString: true }]);

    const notJson = await service.graphql(tenant, IMPORT, { definitions: '{ "typeName": ' });
    expect(notJson.data?.importCustomerInsightsDefinitions.errors.map((error) => error.name)).toEqual(['INVALID_DOCUMENT']);
    const types = await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/Broken' });
    expect(types.data?.interactionType).toBeNull();
  });

  it(
    'exports a whole configuration (the demo) and imports it back without changing anything',
    async () => {
      const tenant = await demoTenant(service);
      const env = { DATABASE_URL: service.databaseUrl };
      const exportFile = join(dir, `${tenant}-demo.json`);
      expect(
        await runTool('config-export', ['--tenant', tenant, '--format', 'customer-insights', '--output', exportFile], env),
      ).toMatchObject({
        code: 0,
      });
      const before = await runTool('config-export', ['--tenant', tenant], env);
      const again = await runTool('config-import', [exportFile, '--tenant', tenant], env);
      expect(again).toMatchObject({ code: 0, stderr: '' });
      expect(again.stdout).toContain('already up to date');
      expect((await runTool('config-export', ['--tenant', tenant], env)).stdout).toBe(before.stdout);
    },
    CLI_TEST_TIMEOUT,
  );

  it('refuses hostile definitions item by item, and never stringifies objects', async () => {
    const tenant = await contactsTenant();
    const definitions = [
      { typeName: 'NotAList', fields: { fieldName: 'a' }, ParticipantProfiles: 'none' },
      { typeName: 'PrototypeKey', fields: [{ fieldName: 'a', fieldType: 'constructor' }] },
      { typeName: 'ObjectType', entityType: { toString: 1 }, fields: [{ fieldName: 'a', fieldType: { toString: 1 } }] },
      { typeName: 'BadEnum', fields: [{ fieldName: 'a', isEnum: true, enumValidValues: [{ LocalizedValueNames: {} }] }] },
    ];
    const response = await service.graphql(tenant, IMPORT, { definitions: JSON.stringify(definitions) });
    expect(response.status).toBe(200);
    expect(response.data?.importCustomerInsightsDefinitions.errors.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      '0.fields: fields is a list',
      '0.participantProfiles: participantProfiles is a list',
      '1.fields.0.fieldType: field a: unknown fieldType constructor',
      '2.entityType: entityType (not text): only Interaction types are taken',
      '2.fields.0.fieldType: field a: unknown fieldType (not text)',
      '3.fields.0.enumValidValues.0: an enum valid value is text, a number, or an object with a Value',
    ]);
  });

  it('refuses values outside an enumeration and repeated flags per item, and narrowing under stored values', async () => {
    const tenant = await contactsTenant();
    const response = await service.graphql(tenant, CREATE_CONTACTS, {
      entities: [
        contact('A', [{ name: 'Status', values: [2] }]),
        contact('B', [{ name: 'Status', values: [4] }]),
        contact('C', [{ name: 'Channels', values: ['Email', 'Sms'] }]),
        contact('D', [{ name: 'Channels', values: ['Email', 'Fax'] }]),
        contact('E', [{ name: 'Channels', values: ['Sms', 'Sms'] }]),
      ],
    });
    const results = response.data?.createEntities ?? [];
    expect(results.map((result) => result.status)).toEqual(['OK', 'FAILED', 'OK', 'FAILED', 'FAILED']);
    expect(results.map((result) => result.errors.map(({ code, name, path, message }) => ({ code, name, path, message })))).toEqual([
      [],
      [
        {
          code: 2012,
          name: 'VALUE_NOT_ALLOWED',
          path: ['attributes', '1', 'values', '0'],
          message: 'Status: "4" is not one of "1", "2", "3"',
        },
      ],
      [],
      [
        {
          code: 2012,
          name: 'VALUE_NOT_ALLOWED',
          path: ['attributes', '1', 'values', '1'],
          message: 'Channels: "Fax" is not one of "Email", "Phone", "Sms"',
        },
      ],
      [{ code: 2012, name: 'VALUE_NOT_ALLOWED', path: ['attributes', '1', 'values', '1'], message: 'Channels: flag "Sms" is given twice' }],
    ]);

    const narrowed = await service.graphql(tenant, APPLY, {
      input: {
        entityTypes: [
          {
            ...CONTACTS.entityTypes![0]!,
            attributes: CONTACTS.entityTypes![0]!.attributes!.map((attribute) =>
              attribute.name === 'Status' ? { ...attribute, allowedValues: ['1', '3'] } : attribute,
            ),
          },
        ],
      },
    });
    expect(narrowed.data?.applyConfiguration.errors.map(({ name, path }) => ({ name, path }))).toEqual([
      { name: 'ENUMERATION_VIOLATED_BY_STORED_DATA', path: ['entityTypes', '0', 'attributes', '1', 'allowedValues'] },
    ]);

    await service.graphql(tenant, CREATE_CONTACTS, { entities: [contact('F', [{ name: 'Tags', values: ['vip', 'vip'] }])] });
    const flags = await service.graphql(tenant, APPLY, {
      input: {
        entityTypes: [
          {
            ...CONTACTS.entityTypes![0]!,
            attributes: CONTACTS.entityTypes![0]!.attributes!.map((attribute) =>
              attribute.name === 'Tags' ? { ...attribute, flagEnum: true, allowedValues: ['vip', 'new'] } : attribute,
            ),
          },
        ],
      },
    });
    expect(flags.data?.applyConfiguration.errors.map(({ name, path }) => ({ name, path: path.join('.') }))).toEqual([
      { name: 'ENUMERATION_VIOLATED_BY_STORED_DATA', path: 'entityTypes.0.attributes.3.flagEnum' },
    ]);

    const invalid = await service.graphql(tenant, APPLY, {
      input: {
        entityTypes: [
          {
            name: 'Contact',
            attributes: [
              { name: 'ContactId', valueType: 'STRING' },
              { name: 'Status', valueType: 'INTEGER', allowedValues: ['1', 'two', '1'] },
              { name: 'Channels', valueType: 'STRING', flagEnum: true },
              { name: 'Tags', valueType: 'STRING', multiValued: true },
            ],
          },
        ],
      },
    });
    expect(invalid.data?.applyConfiguration.errors.map(({ name, path }) => ({ name, path: path.join('.') }))).toEqual([
      { name: 'INVALID_ENUMERATION', path: 'entityTypes.0.attributes.1.allowedValues.1' },
      { name: 'INVALID_ENUMERATION', path: 'entityTypes.0.attributes.1.allowedValues.2' },
      { name: 'INVALID_ENUMERATION', path: 'entityTypes.0.attributes.2.flagEnum' },
      { name: 'INVALID_ENUMERATION', path: 'entityTypes.0.attributes.2.multiValued' },
    ]);
  });
});
