// Type inheritance: an interaction type extends another and has its attributes and
// participants; a filter on the parent selects its descendants' interactions; configuration
// checks cover the hierarchy (unknown parents, cycles, redefinitions) and judge a parent's
// changes against the stored interactions of every descendant.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const APPLY = `mutation ($input: ConfigurationInput!, $mode: ApplyMode!) { applyConfiguration(input: $input, mode: $mode) { ok errors { code name message path } } }`;
const UPDATE_TYPE = `mutation ($uri: String!, $input: InteractionTypeInput!) { updateInteractionType(uri: $uri, input: $input) { ok errors { code name message } } }`;
const TYPE = `query ($uri: String!) { interactionType(uri: $uri) {
  name extends { name } subtypes { name } attributes { name uri } participants { name uri } } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) {
  uri status errors { code name message } } }`;
const LIST = `query ($filter: InteractionFilter) { interactions(filter: $filter, first: 50) { totalCount nodes { type { name } } } }`;
const LATEST = `query ($types: [String!], $attribute: String) { latestInteractions(types: $types, attribute: $attribute) { group interaction { type { name } } } }`;

interface Problem {
  code: number;
  name: string;
  message: string;
  path?: string[];
}

const HIERARCHY = {
  interactionTypes: [
    // A subtype listed before the type it extends: the order of a document does not matter.
    { name: 'MobileVisit', extends: 'WebVisit', attributes: [{ name: 'App', valueType: 'STRING' }] },
    {
      name: 'Visit',
      attributes: [
        { name: 'Page', valueType: 'STRING' },
        { name: 'Referrer', valueType: 'STRING' },
      ],
      participants: [{ name: 'Visitor', entityTypes: ['Individual'], minOccurs: 1, maxOccurs: 1 }],
      primaryParticipant: 'Visitor',
    },
    { name: 'WebVisit', extends: 'Visit', attributes: [{ name: 'Browser', valueType: 'STRING' }], idAttributes: ['Page', 'Browser'] },
  ],
};

describeEachDatabase('interaction type inheritance', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  async function hierarchy(prefix: string) {
    const tenant = await demoTenant(service, prefix);
    const applied = await service.graphql(tenant, APPLY, { input: HIERARCHY, mode: 'MERGE' });
    expect(applied.data).toEqual({ applyConfiguration: { ok: true, errors: [] } });
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman')] });
    const person = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    return { tenant, person };
  }
  const visit = (type: string, person: string, attributes: Array<[string, string]>, day = 1) => ({
    type,
    timestamp: Date.UTC(2026, 5, day),
    attributes: attributes.map(([name, value]) => ({ name, values: [value] })),
    members: [{ participant: 'Visitor', members: [{ objectURI: person }] }],
  });
  async function apply(tenant: string, input: unknown, mode = 'MERGE'): Promise<{ ok: boolean; errors: Problem[] }> {
    return ((await service.graphql(tenant, APPLY, { input, mode })).data as { applyConfiguration: { ok: boolean; errors: Problem[] } })
      .applyConfiguration;
  }
  const codes = (errors: Problem[]) => errors.map((error) => [error.code, error.name]);

  it('gives a subtype the attributes and participants of its ancestors, theirs first and the same ones', async () => {
    const { tenant, person } = await hierarchy('inherit');
    const mobile = (await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/MobileVisit' })).data;
    expect(mobile).toEqual({
      interactionType: {
        name: 'MobileVisit',
        extends: { name: 'WebVisit' },
        subtypes: [],
        attributes: [
          { name: 'Page', uri: 'configuration/interactionTypes/Visit/attributes/Page' },
          { name: 'Referrer', uri: 'configuration/interactionTypes/Visit/attributes/Referrer' },
          { name: 'Browser', uri: 'configuration/interactionTypes/WebVisit/attributes/Browser' },
          { name: 'App', uri: 'configuration/interactionTypes/MobileVisit/attributes/App' },
        ],
        participants: [{ name: 'Visitor', uri: 'configuration/interactionTypes/Visit/participants/Visitor' }],
      },
    });
    expect(
      (
        (await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/Visit' })).data as {
          interactionType: { subtypes: unknown };
        }
      ).interactionType.subtypes,
    ).toEqual([{ name: 'WebVisit' }]);

    const created = await service.graphql(tenant, CREATE, {
      interactions: [
        visit('MobileVisit', person, [
          ['Page', 'home'],
          ['Browser', 'webview'],
          ['App', 'shop'],
        ]),
        // Inherited rules apply: Visitor is required (minOccurs 1), App is not WebVisit's.
        { type: 'MobileVisit', attributes: [{ name: 'Page', values: ['x'] }] },
        visit('WebVisit', person, [
          ['Page', 'home'],
          ['App', 'shop'],
        ]),
      ],
    });
    const results = (created.data as { createInteractions: Array<{ status: string; errors: Problem[] }> }).createInteractions;
    expect(results.map((result) => [result.status, codes(result.errors)])).toEqual([
      ['OK', []],
      ['FAILED', [[2105, 'TOO_FEW_MEMBERS']]],
      [
        'FAILED',
        [
          [2002, 'UNKNOWN_ATTRIBUTE'],
          [2109, 'MISSING_ID_ATTRIBUTE'],
        ],
      ],
    ]);
  });

  it("selects a type's descendants' interactions with it, in lists, by inherited attribute and in the latest per type", async () => {
    const { tenant, person } = await hierarchy('inherit-filter');
    await service.graphql(tenant, CREATE, {
      interactions: [
        visit('Visit', person, [['Page', 'home']], 1),
        visit(
          'WebVisit',
          person,
          [
            ['Page', 'home'],
            ['Browser', 'firefox'],
          ],
          2,
        ),
        visit(
          'MobileVisit',
          person,
          [
            ['Page', 'cart'],
            ['Browser', 'webview'],
          ],
          3,
        ),
      ],
    });
    const typesOf = async (filter: unknown) =>
      (
        (await service.graphql(tenant, LIST, { filter })).data as { interactions: { nodes: Array<{ type: { name: string } }> } }
      ).interactions.nodes
        .map((node) => node.type.name)
        .sort();
    expect(await typesOf({ types: ['Visit'] })).toEqual(['MobileVisit', 'Visit', 'WebVisit']);
    expect(await typesOf({ types: ['WebVisit'] })).toEqual(['MobileVisit', 'WebVisit']);
    expect(await typesOf({ types: ['MobileVisit'] })).toEqual(['MobileVisit']);
    expect(await typesOf({ types: ['Visit'], attributes: [{ name: 'Page', value: 'home' }] })).toEqual(['Visit', 'WebVisit']);
    // An inherited participant named through a subtype selects that subtype's interactions (and its subtypes').
    expect(await typesOf({ participants: ['configuration/interactionTypes/WebVisit/participants/Visitor'] })).toEqual([
      'MobileVisit',
      'WebVisit',
    ]);
    expect(await typesOf({ participants: ['Visitor'] })).toEqual(['MobileVisit', 'Visit', 'WebVisit']);

    const latest = (await service.graphql(tenant, LATEST, { types: ['Visit'] })).data as { latestInteractions: Array<{ group: string }> };
    expect(latest.latestInteractions.map((entry) => entry.group).sort()).toEqual([
      'configuration/interactionTypes/MobileVisit',
      'configuration/interactionTypes/Visit',
      'configuration/interactionTypes/WebVisit',
    ]);
    // An inherited attribute is one attribute: its values are walked once, whatever the subtypes.
    const perPage = (await service.graphql(tenant, LATEST, { types: ['Visit'], attribute: 'Page' })).data as {
      latestInteractions: Array<{ group: string; interaction: { type: { name: string } } }>;
    };
    expect(perPage.latestInteractions.map((entry) => [entry.group, entry.interaction.type.name])).toEqual([
      ['cart', 'MobileVisit'],
      ['home', 'WebVisit'],
    ]);
  });

  it('refuses an unknown parent (1026), a cycle (1027) and a redefined inherited attribute or participant (1028)', async () => {
    const tenant = await demoTenant(service, 'inherit-rules');
    const unknown = await apply(tenant, { interactionTypes: [{ name: 'Orphan', extends: 'Nobody' }] });
    expect(codes(unknown.errors)).toEqual([[1026, 'UNKNOWN_PARENT_TYPE']]);
    const cycle = await apply(tenant, {
      interactionTypes: [
        { name: 'A', extends: 'B' },
        { name: 'B', extends: 'A' },
        { name: 'C', extends: 'C' },
      ],
    });
    expect(codes(cycle.errors)).toEqual([
      [1027, 'INHERITANCE_CYCLE'],
      [1027, 'INHERITANCE_CYCLE'],
      [1027, 'INHERITANCE_CYCLE'],
    ]);
    expect(cycle.errors[0]!.message).toBe('A extends itself: A → B → A');
    const redefined = await apply(tenant, {
      interactionTypes: [
        { name: 'Base', attributes: [{ name: 'Page', valueType: 'STRING' }], participants: [{ name: 'Who' }] },
        { name: 'Sub', extends: 'Base', attributes: [{ name: 'Page', valueType: 'INTEGER' }], participants: [{ name: 'Who' }] },
      ],
    });
    expect(redefined.errors.map((error) => [error.code, error.message])).toEqual([
      [1028, 'Sub defines attribute Page, which it inherits from Base'],
      [1028, 'Sub defines participant Who, which it inherits from Base'],
    ]);
    // Names a subtype refers to may be inherited: an id attribute, the primary participant.
    const referring = await apply(tenant, {
      interactionTypes: [
        { name: 'Base', attributes: [{ name: 'Page', valueType: 'STRING' }], participants: [{ name: 'Who' }] },
        { name: 'Sub', extends: 'Base', idAttributes: ['Page'], primaryParticipant: 'Who' },
      ],
    });
    expect(referring).toEqual({ ok: true, errors: [] });
    // A parent can go in the change that points its subtype elsewhere.
    const repointed = await apply(tenant, {
      interactionTypes: [
        { name: 'Other', attributes: [{ name: 'Page', valueType: 'STRING' }], participants: [{ name: 'Who' }] },
        { name: 'Sub', extends: 'Other', idAttributes: ['Page'], primaryParticipant: 'Who' },
      ],
    });
    expect(repointed).toEqual({ ok: true, errors: [] });
    const withoutBase = await apply(
      tenant,
      {
        sources: [{ name: 'Salesforce', isDefault: true }],
        interactionTypes: [
          { name: 'Other', attributes: [{ name: 'Page', valueType: 'STRING' }], participants: [{ name: 'Who' }] },
          { name: 'Sub', extends: 'Other', idAttributes: ['Page'], primaryParticipant: 'Who' },
        ],
      },
      'REPLACE',
    );
    expect(withoutBase).toEqual({ ok: true, errors: [] });
    // A parent cannot go while a type extends it.
    const orphaned = await apply(
      tenant,
      { sources: [{ name: 'Salesforce', isDefault: true }], interactionTypes: [{ name: 'Sub', extends: 'Other' }] },
      'REPLACE',
    );
    expect(codes(orphaned.errors)).toContainEqual([1026, 'UNKNOWN_PARENT_TYPE']);
  });

  it("judges a parent's changes against its descendants' stored interactions", async () => {
    const { tenant, person } = await hierarchy('inherit-stored');
    await service.graphql(tenant, CREATE, {
      interactions: [
        visit('MobileVisit', person, [
          ['Page', 'home'],
          ['Browser', 'webview'],
          ['Referrer', 'search'],
        ]),
      ],
    });
    const visitType = (changes: Record<string, unknown>) => ({
      name: 'Visit',
      attributes: [
        { name: 'Page', valueType: 'STRING' },
        { name: 'Referrer', valueType: 'STRING' },
      ],
      participants: [{ name: 'Visitor', entityTypes: ['Individual'], minOccurs: 1, maxOccurs: 1 }],
      primaryParticipant: 'Visitor',
      ...changes,
    });
    const update = async (uri: string, input: unknown) =>
      ((await service.graphql(tenant, UPDATE_TYPE, { uri, input })).data as { updateInteractionType: { ok: boolean; errors: Problem[] } })
        .updateInteractionType;

    // Only a MobileVisit is stored: Visit's own rules are judged on it.
    const required = await update(
      'configuration/interactionTypes/Visit',
      visitType({
        attributes: [
          { name: 'Page', valueType: 'STRING' },
          { name: 'Referrer', valueType: 'STRING' },
          { name: 'Channel', valueType: 'STRING', required: true },
        ],
      }),
    );
    expect(codes(required.errors)).toEqual([[expect.any(Number), 'REQUIRED_VIOLATED_BY_STORED_DATA']]);
    const removed = await update(
      'configuration/interactionTypes/Visit',
      visitType({ attributes: [{ name: 'Page', valueType: 'STRING' }] }),
    );
    expect(removed.errors.map((error) => [error.name, error.message])).toEqual([
      ['CONFIGURATION_IN_USE', 'attribute Referrer of Visit cannot be removed: 1 stored value'],
    ]);
    const occurs = await update(
      'configuration/interactionTypes/Visit',
      visitType({ participants: [{ name: 'Visitor', entityTypes: ['Individual'], minOccurs: 2 }] }),
    );
    expect(codes(occurs.errors)).toEqual([[expect.any(Number), 'OCCURS_VIOLATED_BY_STORED_DATA']]);
    const moved = await update('configuration/interactionTypes/WebVisit', {
      name: 'WebVisit',
      attributes: [{ name: 'Browser', valueType: 'STRING' }],
    });
    expect(moved.errors.map((error) => [error.name, error.message])).toEqual([
      [
        'CONFIGURATION_IN_USE',
        'WebVisit cannot change the type it extends (Visit to none): 1 stored interaction of it or its subtypes would gain or lose attributes and participants',
      ],
    ]);
    // A change no stored interaction contradicts goes through.
    const widened = await update(
      'configuration/interactionTypes/Visit',
      visitType({
        attributes: [
          { name: 'Page', valueType: 'STRING' },
          { name: 'Referrer', valueType: 'STRING' },
          { name: 'Channel', valueType: 'STRING' },
        ],
      }),
    );
    expect(widened).toEqual({ ok: true, errors: [] });
    const mobile = (await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/MobileVisit' })).data as {
      interactionType: { attributes: Array<{ name: string }> };
    };
    expect(mobile.interactionType.attributes.map((attribute) => attribute.name)).toEqual(['Page', 'Referrer', 'Channel', 'Browser', 'App']);
  });
});
