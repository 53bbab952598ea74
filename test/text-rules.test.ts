// One rule for text on every database: a NUL or an unpaired UTF-16 surrogate is refused with a
// code (an item error inside a batch, 400 elsewhere, 1023 in a configuration), never stored
// altered and never a 500; astral characters (surrogate pairs) are stored as sent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { createInteractionsHelpers } from './helpers/create-interactions.ts';
import { APPLY_CONFIGURATION, interactionCount, lunch, readByCrosswalk } from './helpers/interactions.ts';
import { startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

const NUL = 'a\u0000b';
const LONE_HIGH = 'x\ud800';
const LONE_LOW = 'x\udc00y';
const ASTRAL = 'Bag End 🍄 𝔊𝔞𝔫𝔡𝔞𝔩𝔣';

const textError = (...path: string[]) => ({ code: 2014, name: 'INVALID_TEXT', path, message: expect.stringMatching(/NUL|surrogate/) });

function expectInvalidText(response: GraphQLResponse, variable: string, path: Array<string | number> = []) {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toEqual([
    {
      message: expect.stringMatching(/NUL character|unpaired UTF-16 surrogate/),
      extensions: { code: 'BAD_REQUEST', reason: 'INVALID_TEXT', variable, path },
    },
  ]);
}

describeEachDatabase('text rules', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());
  const { create, tenantWithPeople } = createInteractionsHelpers(() => service);

  it('fails a batch item holding a NUL or an unpaired surrogate alone, with INVALID_TEXT and its path, and creates the others', async () => {
    const { tenant, people } = await tenantWithPeople();
    const place = (value: string) => lunch(people.john, { attributes: [{ name: 'Place', values: [value] }] });
    const results = await create(tenant, [
      place('Before'),
      place(NUL),
      lunch(people.john, { crosswalks: [{ source: 'Salesforce', value: LONE_HIGH }] }),
      lunch(people.john, { crosswalks: [{ source: 'Salesforce', value: 'x\ud801' }] }),
      lunch(people.john, { attributes: [{ name: `Pl${NUL}ace`, values: ['Hobbiton'] }] }),
      lunch(people.john, { crosswalks: [{ source: LONE_LOW, value: 'v' }] }),
      { ...lunch(people.john), [LONE_HIGH]: 1 } as InteractionInput,
      place('After'),
    ]);
    expect(results.map((result) => result.errors.map(({ code, name, path, message }) => ({ code, name, path, message })))).toEqual([
      [],
      [textError('attributes', '0', 'values', '0')],
      [textError('crosswalks', '0', 'value')],
      [textError('crosswalks', '0', 'value')],
      [textError('attributes', '0', 'name')],
      [textError('crosswalks', '0', 'source')],
      [
        expect.objectContaining({ code: 2013, name: 'MALFORMED_ITEM' }),
        { ...textError(), message: expect.stringMatching(/^a field name: .*surrogate/) },
      ],
      [],
    ]);
    expect(results.map((result) => result.status)).toEqual(['OK', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'OK']);
    expect(await interactionCount(service, tenant)).toBe(2);

    const entities = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: [individual('Frodo', 'EMP_1'), { ...individual('Sam', 'EMP_2'), attributes: [{ name: 'FullName', values: [NUL] }] }],
      options: { returnObjects: false },
    });
    expect(entities.data?.createEntities.map((result) => [result.status, result.errors.map((error) => [error.code, error.path])])).toEqual([
      ['OK', []],
      ['FAILED', [[2014, ['attributes', '0', 'values', '0']]]],
    ]);

    const deleted = await service.graphql(
      tenant,
      'mutation($uris: [String!]!) { deleteInteractions(uris: $uris) { status errors { code path } } }',
      {
        uris: [`interactions/${LONE_HIGH}`, 'interactions/nosuchone000'],
      },
    );
    expect(deleted.data).toEqual({
      deleteInteractions: [
        { status: 'FAILED', errors: [{ code: 2014, path: ['uris', '0'] }] },
        { status: 'FAILED', errors: [{ code: 2009, path: ['uris', '1'] }] },
      ],
    });
  });

  it('fails a Reltio facade item holding them alone, with 2014 and its path in the terms of the body', async () => {
    const { tenant, people } = await tenantWithPeople();
    const item = (place: string) => ({
      type: 'configuration/interactionTypes/Lunch',
      attributes: { Place: [{ value: place }] },
      members: {
        Organizers: { type: 'configuration/interactionTypes/Lunch/memberTypes/Organizers', members: [{ objectURI: people.john }] },
      },
    });
    const response = await fetch(`${service.url}/services/reltio/api/${tenant}/interactions?returnObjects=false`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await service.as(tenant)) },
      body: JSON.stringify([item(NUL), item(LONE_HIGH), item(ASTRAL)]),
    });
    expect(response.status).toBe(200);
    const results = (await response.json()) as Array<{ status: string; errors?: { errorCode: number; details: { path: unknown[] } } }>;
    expect(results.map((result) => [result.status, result.errors?.errorCode, result.errors?.details.path])).toEqual([
      ['failed', 2014, ['attributes', 'Place', '0']],
      ['failed', 2014, ['attributes', 'Place', '0']],
      ['OK', undefined, undefined],
    ]);
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('refuses lookups, URIs, filters and options holding them with 400 INVALID_TEXT, naming the variable', async () => {
    const { tenant, people } = await tenantWithPeople();
    const byCrosswalk = 'query($value: String!) { interactionByCrosswalk(source: "Salesforce", value: $value) { uri } }';
    // The document was read before with a clean value: the variables of each request are checked anew.
    expect(await service.graphql(tenant, byCrosswalk, { value: 'clean' })).toMatchObject({ status: 200 });
    expectInvalidText(await service.graphql(tenant, byCrosswalk, { value: NUL }), 'value');
    expectInvalidText(await service.graphql(tenant, byCrosswalk, { value: LONE_HIGH }), 'value');
    expectInvalidText(
      await service.graphql(tenant, 'query($value: String!) { entityByCrosswalk(source: "Salesforce", value: $value) { uri } }', {
        value: LONE_LOW,
      }),
      'value',
    );
    expectInvalidText(
      await service.graphql(tenant, 'query($uri: String!) { entity(uri: $uri) { uri } }', { uri: `entities/${NUL}` }),
      'uri',
    );
    expectInvalidText(
      await service.graphql(tenant, 'query($filter: InteractionFilter) { interactions(filter: $filter) { totalCount } }', {
        filter: { attributes: [{ name: 'Place', value: NUL }] },
      }),
      'filter',
      ['attributes', 0, 'value'],
    );
    expectInvalidText(
      await service.graphql(
        tenant,
        'mutation($i: [InteractionInput!]!, $o: CreateOptions) { createInteractions(interactions: $i, options: $o) { status } }',
        {
          i: [lunch(people.john)],
          o: { crosswalkValue: LONE_HIGH },
        },
      ),
      'o',
      ['crosswalkValue'],
    );
    // A "\u0000" escape written in the document itself.
    // Sent twice: the second time too, though the document has been read before.
    for (let time = 0; time < 2; time++) {
      const literal = await service.graphql(tenant, '{ interactionByCrosswalk(source: "Salesforce", value: "a\\u0000b") { uri } }');
      expect(literal.status).toBe(400);
      expect(literal.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'INVALID_TEXT' });
    }
    expect(await interactionCount(service, tenant)).toBe(0);

    const reltio = await fetch(`${service.url}/services/reltio/api/${tenant}/interactions/a%00b`, { headers: await service.as(tenant) });
    expect(reltio.status).toBe(400);
    expect(await reltio.json()).toMatchObject({ errorCode: 400, details: { code: 'BAD_REQUEST', reason: 'INVALID_TEXT' } });
  });

  it('refuses a configuration whose labels hold them with 1023, changing nothing', async () => {
    const tenant = await demoTenant(service);
    const version = 'query { configurationVersion }';
    const before = (await service.graphql(tenant, version)).data;
    const merged = await service.graphql(tenant, APPLY_CONFIGURATION, {
      mode: 'MERGE',
      input: {
        sources: [{ name: 'Shire', label: NUL }],
        entityTypes: [{ name: 'Hobbit', label: LONE_HIGH, attributes: [{ name: 'Name', valueType: 'STRING', label: 'ok 🍄' }] }],
      },
    });
    expect(merged.status).toBe(200);
    expect(merged.data?.applyConfiguration).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { code: 1023, name: 'INVALID_CONFIGURATION_TEXT', message: expect.stringMatching(/NUL/), path: ['sources', '0', 'label'] },
        {
          code: 1023,
          name: 'INVALID_CONFIGURATION_TEXT',
          message: expect.stringMatching(/surrogate/),
          path: ['entityTypes', '0', 'label'],
        },
      ]),
    });
    expect(merged.data?.applyConfiguration.errors).toHaveLength(2);
    const created = await service.graphql(
      tenant,
      'mutation($input: SourceInput!) { createSource(input: $input) { ok errors { code name path } } }',
      { input: { name: 'Bree', label: LONE_LOW } },
    );
    expect(created.data).toEqual({
      createSource: { ok: false, errors: [{ code: 1023, name: 'INVALID_CONFIGURATION_TEXT', path: ['input', 'label'] }] },
    });
    expect((await service.graphql(tenant, version)).data).toEqual(before);
    const sources: GraphQLResponse<{ sources: Array<{ uri: string }> }> = await service.graphql(tenant, '{ sources { uri } }');
    expect(sources.data?.sources.map((source) => source.uri)).not.toContain('configuration/sources/Shire');
  });

  it('stores astral characters as sent: found by their crosswalk, and a replay is 536 identicalToExisting', async () => {
    const { tenant, people } = await tenantWithPeople();
    const input = lunch(people.john, {
      attributes: [{ name: 'Place', values: [ASTRAL] }],
      crosswalks: [{ source: 'Salesforce', value: ASTRAL }],
    });
    const [first] = await create(tenant, [input]);
    expect(first?.status).toBe('OK');
    expect(first?.object?.attributes).toEqual([
      expect.objectContaining({ name: 'Place', values: [expect.objectContaining({ value: ASTRAL })] }),
    ]);
    expect((await readByCrosswalk(service, tenant, 'Salesforce', ASTRAL))?.uri).toBe(first?.uri);
    const [replay] = await create(tenant, [input]);
    expect(replay?.errors).toEqual([
      expect.objectContaining({ code: 536, name: 'CROSSWALK_ALREADY_EXISTS', existingUri: first?.uri, identicalToExisting: true }),
    ]);
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('refuses impossible dates and times per item with INVALID_ATTRIBUTE_VALUE, and takes real ones of any year', async () => {
    const { tenant, people } = await tenantWithPeople();
    const born = (date: string) => ({
      ...individual(`Born ${date}`),
      attributes: [
        { name: 'FullName', values: ['Someone'] },
        { name: 'BirthDate', values: [date] },
      ],
    });
    const dates = ['2012-02-30', '2023-02-29', '2012-13-01', '2012-00-10', '0099-02-29', '2024-02-29', '0044-03-15', '1900-01-01'];
    const entities = await service.graphql(tenant, CREATE_ENTITIES, { entities: dates.map(born), options: { returnObjects: false } });
    expect(entities.data?.createEntities.map((result) => result.errors.map((error) => [error.code, error.path]))).toEqual([
      ...dates.slice(0, 5).map(() => [[2003, ['attributes', '1', 'values', '0']]]),
      [],
      [],
      [],
    ]);

    const opened = (timeOpened: string | number, timestamp?: string) => ({
      type: 'configuration/interactionTypes/EmailOpened',
      ...(timestamp ? { timestamp } : {}),
      attributes: [
        { name: 'MessageId', values: [`M-${String(timeOpened)}`] },
        { name: 'TimeOpened', values: [timeOpened] },
      ],
    });
    const results = await create(tenant, [
      opened('2012-02-30T10:00:00Z'),
      opened('2012-02-29T24:00:00Z'),
      opened(8_640_000_000_000_001),
      { ...lunch(people.john), timestamp: '2012-02-30T10:00:00Z' },
      opened('2012-02-29T23:59:59Z'),
    ] as InteractionInput[]);
    expect(results.map((result) => result.errors.map((error) => [error.code, error.path]))).toEqual([
      [[2003, ['attributes', '1', 'values', '0']]],
      [[2003, ['attributes', '1', 'values', '0']]],
      [[2003, ['attributes', '1', 'values', '0']]],
      [[2013, ['timestamp']]],
      [],
    ]);
    expect(await interactionCount(service, tenant)).toBe(1);
  });
});
