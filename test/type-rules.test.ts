// Per-type rules of what an interaction may carry: attributes the type does not define are
// refused (STRICT), kept with a warning (WARN) or kept silently (OPEN) as free-form properties,
// readable and filterable; timestamps beyond the type's future skew or before its horizon are
// refused or stored with a warning, on create and on update.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CREATE_TYPE = `mutation ($input: InteractionTypeInput!) { createInteractionType(input: $input) { ok errors { name message path } } }`;
const TYPE = `query ($uri: String!) { interactionType(uri: $uri) { enforcement timestampRules { maxFutureSeconds horizon action } } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) {
  uri status errors { code name message path } warnings { code name message path } object { properties { name values } } } }`;
const UPDATE = `mutation ($uri: String!, $changes: InteractionChanges!) { updateInteraction(uri: $uri, changes: $changes) {
  status errors { code name message } warnings { code name } object { timestamp attributes { name } properties { name values } } } }`;
const LIST = `query ($filter: InteractionFilter) { interactions(filter: $filter, first: 20) { totalCount nodes { uri properties { name values } } } }`;

const DAY = 86_400_000;

interface Problem {
  code: number;
  name: string;
  message: string;
  path: string[];
}
interface Created {
  uri: string | null;
  status: string;
  errors: Problem[];
  warnings: Problem[];
  object: { properties: Array<{ name: string; values: unknown[] }> } | null;
}

describeEachDatabase('enforcement modes and timestamp rules of interaction types', (provider) => {
  let service: TestService;
  let tenant: string;
  beforeAll(async () => {
    service = await startTestService(provider);
    tenant = await demoTenant(service, 'type-rules');
    for (const [name, extra] of [
      ['StrictVisit', {}],
      ['FlaggedVisit', { enforcement: 'WARN' }],
      ['OpenVisit', { enforcement: 'OPEN', mutable: true }],
      ['Appointment', { timestampRules: { maxFutureSeconds: 0, horizon: '2020-01-01T00:00:00Z', action: 'WARN' }, mutable: true }],
      ['Reading', { mutable: true }],
    ] as const) {
      const created = await service.graphql(tenant, CREATE_TYPE, {
        input: { name, attributes: [{ name: 'Page', valueType: 'STRING' }], ...extra },
      });
      expect(created.data).toEqual({ createInteractionType: { ok: true, errors: [] } });
    }
  });
  afterAll(() => service?.stop());

  async function create(interactions: unknown[]): Promise<Created[]> {
    const answer = await service.graphql(tenant, CREATE, { interactions });
    expect(answer.errors).toBeUndefined();
    return (answer.data as { createInteractions: Created[] }).createInteractions;
  }
  const visit = (type: string, attributes: unknown[], timestamp: number | string = Date.now() - DAY) => ({ type, timestamp, attributes });
  const named = (problems: Problem[]) => problems.map((found) => [found.code, found.name, found.path]);

  it('STRICT refuses an attribute the type does not define (2002); the default is STRICT', async () => {
    const [refused] = await create([visit('StrictVisit', [{ name: 'Campaign', values: ['spring'] }])]);
    expect(named(refused!.errors)).toEqual([[2002, 'UNKNOWN_ATTRIBUTE', ['attributes', '0', 'name']]]);
    expect((await service.graphql(tenant, TYPE, { uri: 'configuration/interactionTypes/StrictVisit' })).data).toEqual({
      interactionType: {
        enforcement: 'STRICT',
        timestampRules: { maxFutureSeconds: 86400, horizon: Date.UTC(1900, 0, 1), action: 'REFUSE' },
      },
    });
  });

  it('WARN keeps an unknown attribute as a free-form property with a warning (2123); OPEN keeps it silently', async () => {
    const [flagged, open] = await create([
      visit('FlaggedVisit', [
        { name: 'Page', values: ['home'] },
        { name: 'Campaign', values: ['spring'] },
      ]),
      visit('OpenVisit', [
        { name: 'Basket', values: [12.5] },
        { name: 'Returning', values: [true] },
        { name: 'Tags', values: ['a', 'b', ''] },
      ]),
    ]);
    expect(flagged!.status).toBe('OK');
    expect(named(flagged!.warnings)).toEqual([[2123, 'PROPERTY_KEPT', ['attributes', '1', 'name']]]);
    expect(flagged!.object!.properties).toEqual([{ name: 'Campaign', values: ['spring'] }]);
    expect(open!.warnings).toEqual([]);
    // Values come back as given: a number, a boolean, strings (a blank one is no value, as for attributes).
    expect(open!.object!.properties).toEqual([
      { name: 'Basket', values: [12.5] },
      { name: 'Returning', values: [true] },
      { name: 'Tags', values: ['a', 'b'] },
    ]);

    // Read back and filtered on, by name and value.
    const byBasket = await service.graphql(tenant, LIST, { filter: { properties: [{ name: 'Basket', value: 12.5 }] } });
    expect(byBasket.data).toEqual({ interactions: { totalCount: 1, nodes: [{ uri: open!.uri, properties: open!.object!.properties }] } });
    const both = await service.graphql(tenant, LIST, {
      filter: {
        properties: [
          { name: 'Tags', value: 'b' },
          { name: 'Returning', value: true },
        ],
      },
    });
    expect((both.data as { interactions: { totalCount: number } }).interactions.totalCount).toBe(1);
    const none = await service.graphql(tenant, LIST, { filter: { properties: [{ name: 'Tags', value: 'c' }] } });
    expect((none.data as { interactions: { totalCount: number } }).interactions.totalCount).toBe(0);
  });

  it('updates free-form properties like attributes: those named are replaced, the others kept', async () => {
    const [created] = await create([
      visit('OpenVisit', [
        { name: 'Stage', values: ['browse'] },
        { name: 'Device', values: ['phone'] },
      ]),
    ]);
    const updated = await service.graphql(tenant, UPDATE, {
      uri: created!.uri,
      changes: {
        attributes: [
          { name: 'Stage', values: ['checkout'] },
          { name: 'Page', values: ['cart'] },
        ],
      },
    });
    expect((updated.data as { updateInteraction: { object: { properties: unknown } } }).updateInteraction.object.properties).toEqual([
      { name: 'Device', values: ['phone'] },
      { name: 'Stage', values: ['checkout'] },
    ]);
    const replaced = await service.graphql(tenant, UPDATE, {
      uri: created!.uri,
      changes: { attributes: [{ name: 'Page', values: ['done'] }], replaceAttributes: true },
    });
    expect((replaced.data as { updateInteraction: { object: { properties: unknown } } }).updateInteraction.object.properties).toEqual([]);
  });

  it('tells a replay with the same free-form properties (identical 536) from one with others', async () => {
    const REPLAY = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) {
      status errors { code identicalToExisting } } }`;
    const event = (basket: number) => ({
      ...visit('OpenVisit', [{ name: 'Basket', values: [basket] }], Date.UTC(2026, 3, 1)),
      crosswalks: [{ source: 'Salesforce', value: 'replay-1' }],
    });
    const outcomes = async (basket: number) =>
      ((await service.graphql(tenant, REPLAY, { interactions: [event(basket)] })).data as { createInteractions: unknown[] })
        .createInteractions;
    expect(await outcomes(3)).toEqual([{ status: 'OK', errors: [] }]);
    expect(await outcomes(3)).toEqual([{ status: 'FAILED', errors: [{ code: 536, identicalToExisting: true }] }]);
    expect(await outcomes(4)).toEqual([{ status: 'FAILED', errors: [{ code: 536, identicalToExisting: false }] }]);
  });

  it('refuses a blank property name, a value over 2,000 bytes, and too many values (2124)', async () => {
    const many = Array.from({ length: 201 }, (_, index) => ({ name: `p${index}`, values: [index] }));
    const [tooMany, blank, long] = await create([
      visit('OpenVisit', many),
      visit('OpenVisit', [{ name: ' ', values: ['x'] }]),
      // Over an attribute's 2,000 bytes: property values are indexed too.
      visit('OpenVisit', [{ name: 'Note', values: ['é'.repeat(1001)] }]),
    ]);
    expect(named(tooMany!.errors)).toEqual([[2124, 'INVALID_PROPERTY', ['attributes']]]);
    expect(named(blank!.errors)).toEqual([[2124, 'INVALID_PROPERTY', ['attributes', '0', 'name']]]);
    expect(named(long!.errors)).toEqual([[2124, 'INVALID_PROPERTY', ['attributes', '0', 'values', '0']]]);
  });

  it('refuses by default a timestamp more than a day ahead or before 1900 (2121), 8.64e15 included', async () => {
    const [far, past, ahead, soon] = await create([
      visit('Reading', [], 8.64e15),
      visit('Reading', [], '1850-06-01T00:00:00Z'),
      visit('Reading', [], Date.now() + 2 * DAY),
      visit('Reading', [], Date.now() + 3_600_000),
    ]);
    expect(named(far!.errors)).toEqual([[2121, 'TIMESTAMP_OUT_OF_RANGE', ['timestamp']]]);
    expect(far!.errors[0]!.message).toMatch(/^timestamp \+275760-09-13T00:00:00\.000Z is more than 86400 s in the future/);
    expect(named(past!.errors)).toEqual([[2121, 'TIMESTAMP_OUT_OF_RANGE', ['timestamp']]]);
    expect(past!.errors[0]!.message).toBe("timestamp 1850-06-01T00:00:00.000Z is before the type's horizon, 1900-01-01T00:00:00.000Z");
    expect(named(ahead!.errors)).toEqual([[2121, 'TIMESTAMP_OUT_OF_RANGE', ['timestamp']]]);
    expect([soon!.status, soon!.warnings]).toEqual(['OK', []]);
  });

  it('stores an implausible timestamp with a warning (2122) where the type says WARN, with its own skew and horizon', async () => {
    const [ahead, early, fine] = await create([
      visit('Appointment', [], Date.now() + 60_000),
      visit('Appointment', [], '2019-12-31T00:00:00Z'),
      visit('Appointment', [], '2020-06-01T00:00:00Z'),
    ]);
    expect([ahead!.status, named(ahead!.warnings)]).toEqual(['OK', [[2122, 'TIMESTAMP_IMPLAUSIBLE', ['timestamp']]]]);
    expect([early!.status, named(early!.warnings)]).toEqual(['OK', [[2122, 'TIMESTAMP_IMPLAUSIBLE', ['timestamp']]]]);
    expect([fine!.status, fine!.warnings]).toEqual(['OK', []]);
  });

  it('judges a timestamp an update sets, not one stored before', async () => {
    const [stored] = await create([visit('Reading', [], Date.UTC(2026, 0, 1))]);
    const refused = await service.graphql(tenant, UPDATE, { uri: stored!.uri, changes: { timestamp: Date.now() + 5 * DAY } });
    expect((refused.data as { updateInteraction: { errors: Problem[] } }).updateInteraction.errors.map((found) => found.code)).toEqual([
      2121,
    ]);
    // A later timestamp within the skew is fine, however far from the stored one.
    const moved = await service.graphql(tenant, UPDATE, { uri: stored!.uri, changes: { timestamp: Date.now() } });
    expect((moved.data as { updateInteraction: { status: string } }).updateInteraction.status).toBe('OK');
  });

  it('refuses timestamp rules that are not rules', async () => {
    const answer = await service.graphql(tenant, CREATE_TYPE, {
      input: { name: 'Broken', timestampRules: { maxFutureSeconds: -1 } },
    });
    expect((answer.data as { createInteractionType: { ok: boolean } }).createInteractionType.ok).toBe(false);
  });
});
