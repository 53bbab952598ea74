import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalDocument, parseConfiguration } from '../src/modules/configuration/document.ts';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { errorCatalog } from '../src/errors/catalog.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { ConfigurationInput } from './generated/operations/graphql.ts';

const demoFile = 'prisma/seed/demo-configuration.json';
const demoDocument = JSON.parse(readFileSync(demoFile, 'utf8')) as ConfigurationInput;

const CONFIGURATION = graphql(`
  query ConfigurationWholeRead {
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
      labelAttribute
      attributes {
        uri
        name
        valueType
        required
        multiValued
        hidden
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
      idAttributes
      timestampAttribute
      mutable
      primaryParticipant
      defaultSource {
        uri
      }
      attributes {
        uri
        name
        valueType
        required
        multiValued
        hidden
      }
      participants {
        uri
        name
        role
        minOccurs
        maxOccurs
        entityTypes {
          uri
        }
        mapping {
          entityType {
            uri
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

const APPLY = graphql(`
  mutation ConfigurationApplyDocument($input: ConfigurationInput!, $mode: ApplyMode!) {
    applyConfiguration(input: $input, mode: $mode) {
      ok
      changed
      configurationVersion
      errors {
        code
        name
        message
        path
      }
    }
  }
`);

const DEMO_TYPES = graphql(`
  query ConfigurationDemoTypes {
    interactionType(uri: "configuration/interactionTypes/ExhibitionEvent") {
      participants {
        uri
        entityTypes {
          uri
        }
        mapping {
          entityType {
            uri
          }
          properties {
            interactionAttribute
            entityAttribute
          }
        }
      }
    }
    lunch: interactionType(uri: "configuration/interactionTypes/Lunch") {
      displayName {
        locale
        text
      }
      primaryParticipant
      participants {
        name
        minOccurs
        maxOccurs
      }
    }
    source(uri: "configuration/sources/Salesforce") {
      name
      isDefault
    }
  }
`);

const CHANGE_MEETING = graphql(`
  mutation ConfigurationChangeMeeting {
    updateInteractionType(
      uri: "configuration/interactionTypes/Meeting"
      input: { name: "Meeting", label: "Team meeting", attributes: [{ name: "Agenda", valueType: STRING }] }
    ) {
      ok
      errors {
        name
      }
    }
    deleteInteractionType(uri: "configuration/interactionTypes/ExhibitionEvent") {
      ok
    }
  }
`);

const MEETING = graphql(`
  query ConfigurationMeeting {
    interactionTypes {
      name
    }
    meeting: interactionType(uri: "configuration/interactionTypes/Meeting") {
      label
      attributes {
        name
      }
    }
  }
`);

const LUNCH_NAME = graphql(`
  query ConfigurationLunchName {
    interactionType(uri: "configuration/interactionTypes/Lunch") {
      name
    }
  }
`);

const CREATE_EACH = graphql(`
  mutation ConfigurationCreateEachKind {
    createSource(input: { name: "Salesforce", label: "SFDC" }) {
      ok
      source {
        uri
        name
        label
        isDefault
      }
    }
    createEntityType(
      input: { name: "Individual", attributes: [{ name: "Name", valueType: STRING, required: true }], labelAttribute: "Name" }
    ) {
      ok
      entityType {
        uri
        labelAttribute
        attributes {
          uri
          name
          valueType
          required
          multiValued
          hidden
        }
      }
    }
    createInteractionType(
      input: {
        name: "Call"
        label: "Phone call"
        displayName: [{ locale: "de-DE", text: "Anruf" }]
        attributes: [
          { name: "CallId", valueType: STRING, required: true }
          { name: "At", valueType: TIMESTAMP }
          { name: "Minutes", valueType: INTEGER }
        ]
        participants: [{ name: "Caller", entityTypes: ["configuration/entityTypes/Individual"], minOccurs: 1, maxOccurs: 1 }]
        idAttributes: ["CallId"]
        timestampAttribute: "At"
        primaryParticipant: "Caller"
        defaultSource: "configuration/sources/Salesforce"
      }
    ) {
      ok
      configurationVersion
      interactionType {
        uri
        displayName {
          locale
          text
        }
        idAttributes
        timestampAttribute
        defaultSource {
          uri
        }
        participants {
          uri
          entityTypes {
            uri
          }
          minOccurs
          maxOccurs
        }
      }
    }
  }
`);

const MAKE_SALESFORCE_DEFAULT = graphql(`
  mutation ConfigurationMakeSalesforceDefault {
    updateSource(uri: "configuration/sources/Salesforce", input: { name: "Salesforce", label: "SFDC", isDefault: true }) {
      ok
    }
  }
`);

const SOURCE_DEFAULTS = graphql(`
  query ConfigurationSourceDefaults {
    sources {
      name
      isDefault
    }
  }
`);

const REMOVE_EACH = graphql(`
  mutation ConfigurationRemoveEachKind {
    deleteInteractionType(uri: "configuration/interactionTypes/Call") {
      ok
    }
    deleteEntityType(uri: "configuration/entityTypes/Individual") {
      ok
    }
    deleteSource(uri: "configuration/sources/Default") {
      ok
    }
  }
`);

const VERSION_AND_NAMES = graphql(`
  query ConfigurationVersionAndNames {
    configurationVersion
    sources {
      name
    }
    entityTypes {
      name
    }
    interactionTypes {
      name
    }
  }
`);

const SOURCE_AND_INTERACTION_TYPE_NAMES = graphql(`
  query ConfigurationSourceAndInteractionTypeNames {
    sources {
      name
    }
    interactionTypes {
      name
    }
  }
`);

const NAMES = graphql(`
  query ConfigurationNames {
    sources {
      name
    }
    entityTypes {
      name
    }
    interactionTypes {
      name
    }
  }
`);

const LUNCH_LABEL = graphql(`
  query ConfigurationLunchLabel {
    configurationVersion
    interactionType(uri: "configuration/interactionTypes/Lunch") {
      label
    }
  }
`);

const UPDATE_LUNCH = graphql(`
  mutation ConfigurationUpdateLunch($input: InteractionTypeInput!) {
    updateInteractionType(uri: "configuration/interactionTypes/Lunch", input: $input) {
      ok
    }
  }
`);

const VERSION = graphql(`
  query ConfigurationVersionOnly {
    configurationVersion
  }
`);

const CREATE_NAMED_SOURCE = graphql(`
  mutation ConfigurationCreateNamedSource($name: String!) {
    createSource(input: { name: $name }) {
      ok
      errors {
        name
      }
    }
  }
`);

const VERSION_AND_SOURCE_NAMES = graphql(`
  query ConfigurationVersionAndSourceNames {
    configurationVersion
    sources {
      name
    }
  }
`);

const ERROR_CODES = graphql(`
  query ConfigurationErrorCodes {
    errorCodes {
      code
      name
      severity
      description
    }
  }
`);

describeEachDatabase('tenant configuration', (provider) => {
  let service: TestService;
  let other: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
    // A second API process on the same database, as in a scaled-out deployment.
    other = await startTestService(provider, { DATABASE_URL: service.databaseUrl });
  });
  afterAll(async () => {
    await other?.stop();
    await service?.stop();
  });

  it(
    'loads the demo configuration from its file, exports it back equal, and reloading changes nothing',
    async () => {
      const tenant = newTenant('demo');
      await service.provision(tenant);
      const env = { DATABASE_URL: service.databaseUrl, DEMO_TENANT: tenant };
      const first = await runTool('config-import', [demoFile], env);
      expect(first.stderr).toBe('');
      expect(first.stdout).toContain(`tenant ${tenant}: configuration applied, version 1`);

      const exported = await runTool('config-export', [], env);
      expect(exported.code).toBe(0);
      const canonical = parseConfiguration(demoDocument);
      if (!canonical.ok) throw new Error('the demo document does not parse');
      expect(JSON.parse(exported.stdout)).toEqual(canonicalDocument(canonical.value));

      const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'exported.json');
      writeFileSync(file, exported.stdout);
      const reload = await runTool('config-import', [file], env);
      expect(reload.stdout).toContain('already up to date (version 1)');
      const again = await runTool('config-import', [demoFile], env);
      expect(again.stdout).toContain('already up to date (version 1)');
    },
    CLI_TEST_TIMEOUT,
  );

  it('serves the demo configuration through GraphQL as the source documents describe it', async () => {
    const tenant = newTenant();
    const applied = await service.graphql(tenant, APPLY, { input: demoDocument, mode: 'REPLACE' });
    expect(applied.data?.applyConfiguration).toEqual({ ok: true, changed: true, configurationVersion: 1, errors: [] });
    const { data } = await service.graphql(tenant, DEMO_TYPES);
    expect(data?.interactionType?.participants).toEqual([
      {
        uri: 'configuration/interactionTypes/ExhibitionEvent/participants/HCO',
        entityTypes: [{ uri: 'configuration/entityTypes/HCO' }],
        mapping: {
          entityType: { uri: 'configuration/entityTypes/HCO' },
          properties: [{ interactionAttribute: 'EXHBT_NAME', entityAttribute: 'Name' }],
        },
      },
    ]);
    expect(data?.lunch).toEqual({
      displayName: [
        { locale: 'en-US', text: 'Lunch' },
        { locale: 'fr-FR', text: 'Déjeuner' },
      ],
      primaryParticipant: 'Organizers',
      participants: [
        { name: 'Organizers', minOccurs: 1, maxOccurs: null },
        { name: 'Chefs', minOccurs: 0, maxOccurs: 3 },
        { name: 'Participants', minOccurs: 0, maxOccurs: null },
      ],
    });
    expect(data?.source).toEqual({ name: 'Salesforce', isDefault: false });
  });

  it('keeps tenants apart: same-named types neither clash nor show through', async () => {
    const [a, b] = [newTenant('a'), newTenant('b')];
    await service.graphql(a, APPLY, { input: demoDocument, mode: 'REPLACE' });
    await service.graphql(b, APPLY, { input: demoDocument, mode: 'REPLACE' });
    const before = await service.graphql(a, CONFIGURATION);

    const changed = await service.graphql(b, CHANGE_MEETING);
    expect(changed.data).toEqual({ updateInteractionType: { ok: true, errors: [] }, deleteInteractionType: { ok: true } });
    expect(await service.graphql(a, CONFIGURATION)).toEqual(before);
    const { data } = await service.graphql(b, MEETING);
    expect(data?.interactionTypes.map((type) => type.name)).toEqual(['EmailOpened', 'Lunch', 'Meeting', 'SupportCase']);
    expect(data?.meeting).toEqual({ label: 'Team meeting', attributes: [{ name: 'Agenda' }] });
    const unknownInOther = await service.graphql(newTenant(), LUNCH_NAME);
    expect(unknownInOther.data).toEqual({ interactionType: null });
  });

  it('creates, changes and removes each kind of object, returning it as stored', async () => {
    const tenant = newTenant();
    const created = await service.graphql(tenant, CREATE_EACH);
    expect(created.data).toEqual({
      createSource: { ok: true, source: { uri: 'configuration/sources/Salesforce', name: 'Salesforce', label: 'SFDC', isDefault: false } },
      createEntityType: {
        ok: true,
        entityType: {
          uri: 'configuration/entityTypes/Individual',
          labelAttribute: 'Name',
          attributes: [
            {
              uri: 'configuration/entityTypes/Individual/attributes/Name',
              name: 'Name',
              valueType: 'STRING',
              required: true,
              multiValued: false,
              hidden: false,
            },
          ],
        },
      },
      createInteractionType: {
        ok: true,
        configurationVersion: 3,
        interactionType: {
          uri: 'configuration/interactionTypes/Call',
          displayName: [{ locale: 'de-DE', text: 'Anruf' }],
          idAttributes: ['CallId'],
          timestampAttribute: 'At',
          defaultSource: { uri: 'configuration/sources/Salesforce' },
          participants: [
            {
              uri: 'configuration/interactionTypes/Call/participants/Caller',
              entityTypes: [{ uri: 'configuration/entityTypes/Individual' }],
              minOccurs: 1,
              maxOccurs: 1,
            },
          ],
        },
      },
    });

    const madeDefault = await service.graphql(tenant, MAKE_SALESFORCE_DEFAULT);
    expect(madeDefault.data?.updateSource.ok).toBe(true);
    const sources = await service.graphql(tenant, SOURCE_DEFAULTS);
    expect(sources.data?.sources).toEqual([
      { name: 'Default', isDefault: false },
      { name: 'Salesforce', isDefault: true },
    ]);

    const removed = await service.graphql(tenant, REMOVE_EACH);
    expect(removed.data).toEqual({ deleteInteractionType: { ok: true }, deleteEntityType: { ok: true }, deleteSource: { ok: true } });
    const after = await service.graphql(tenant, VERSION_AND_NAMES);
    expect(after.data).toEqual({ configurationVersion: 7, sources: [{ name: 'Salesforce' }], entityTypes: [], interactionTypes: [] });
  });

  it('merges a partial document and replaces with a whole one', async () => {
    const tenant = newTenant();
    await service.graphql(tenant, APPLY, { input: demoDocument, mode: 'REPLACE' });
    const merged = await service.graphql(tenant, APPLY, { input: { sources: [{ name: 'Zendesk' }] }, mode: 'MERGE' });
    expect(merged.data?.applyConfiguration).toMatchObject({ ok: true, changed: true });
    const afterMerge = await service.graphql(tenant, SOURCE_AND_INTERACTION_TYPE_NAMES);
    expect(afterMerge.data?.sources.map((source) => source.name)).toContain('Zendesk');
    expect(afterMerge.data?.interactionTypes).toHaveLength(5);

    const replaced = await service.graphql(tenant, APPLY, { input: { sources: [{ name: 'Default', isDefault: true }] }, mode: 'REPLACE' });
    expect(replaced.data?.applyConfiguration).toMatchObject({ ok: true, changed: true });
    const afterReplace = await service.graphql(tenant, NAMES);
    expect(afterReplace.data).toEqual({ sources: [{ name: 'Default' }], entityTypes: [], interactionTypes: [] });
  });

  it('puts a change made through one process in force in another by its next request', async () => {
    const tenant = newTenant();
    await service.graphql(tenant, APPLY, { input: demoDocument, mode: 'REPLACE' });
    const warm = await other.graphql(tenant, LUNCH_LABEL);
    expect(warm.data).toEqual({ configurationVersion: 1, interactionType: { label: 'Lunch' } });

    const lunch = demoDocument.interactionTypes?.find((type) => type.name === 'Lunch');
    if (!lunch) throw new Error('the demo configuration has no Lunch');
    const update = await service.graphql(tenant, UPDATE_LUNCH, { input: { ...lunch, label: 'Business lunch' } });
    expect(update.data?.updateInteractionType.ok).toBe(true);
    const fresh = await other.graphql(tenant, LUNCH_LABEL);
    expect(fresh.data).toEqual({ configurationVersion: 2, interactionType: { label: 'Business lunch' } });
  });

  it('applies concurrent changes one after the other, losing none', async () => {
    const tenant = newTenant();
    await service.graphql(tenant, VERSION);
    const names = Array.from({ length: 6 }, (_, index) => `Source${index}`);
    const results = await Promise.all(
      names.map((name, index) => (index % 2 ? other : service).graphql(tenant, CREATE_NAMED_SOURCE, { name })),
    );
    expect(results.map((result) => result.data?.createSource)).toEqual(names.map(() => ({ ok: true, errors: [] })));
    const { data } = await service.graphql(tenant, VERSION_AND_SOURCE_NAMES);
    expect(data?.configurationVersion).toBe(names.length);
    expect(data?.sources.map((source) => source.name)).toEqual(['Default', ...names]);
  });

  it('lists every error code of the catalog', async () => {
    const { data } = await service.graphql(newTenant(), ERROR_CODES);
    // The whole catalog, entry for entry: a code added, renamed or removed shows here.
    expect(data?.errorCodes).toEqual(Object.entries(errorCatalog).map(([name, entry]) => ({ name, ...entry })));
    const codes = data!.errorCodes.map((entry) => entry.code); // present: the whole list was just asserted
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([536, 38010, 38011]));
  });
});
