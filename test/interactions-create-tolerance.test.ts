// Batches never lost to one bad item: items that do not fit their input type fail alone, with
// their path, and the same value rules hold for every value everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { individual } from './helpers/demo.ts';
import { createEntitiesOrThrow, interactionCount, lunch, readInteraction } from './helpers/interactions.ts';
import { createInteractionsHelpers, error } from './helpers/create-interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

const CREATE = graphql(`
  mutation CreateTolerantly($interactions: [InteractionInput!]!, $options: CreateOptions) {
    createInteractions(interactions: $interactions, options: $options) {
      index
      uri
      status
      errors {
        code
        name
        message
        path
      }
    }
  }
`);

const CREATE_TWO = graphql(`
  mutation CreateTwoTolerantly($first: InteractionInput!, $second: InteractionInput!) {
    createInteractions(interactions: [$first, $second]) {
      index
      status
      errors {
        name
        path
      }
    }
  }
`);

const CREATE_ENTITIES = graphql(`
  mutation CreateEntitiesTolerantly($entities: [EntityInput!]!, $options: CreateOptions) {
    createEntities(entities: $entities, options: $options) {
      index
      uri
      status
      errors {
        code
        name
        message
        path
        existingUri
      }
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteTolerantly($uris: [String!]!) {
    deleteInteractions(uris: $uris) {
      index
      uri
      status
      errors {
        name
        path
      }
    }
  }
`);

const SUPPORT_CASES_BY_PRIORITY = graphql(`
  query SupportCasesByPriority($value: AttributeScalar!) {
    interactions(filter: { types: ["SupportCase"], attributes: [{ name: "Priority", value: $value }] }) {
      totalCount
    }
  }
`);

const MEMBER_ENTITY_TYPE = graphql(`
  mutation MemberOfWrongType($interactions: [InteractionInput!]!) {
    createInteractions(interactions: $interactions) {
      errors {
        name
        message
      }
    }
  }
`);

/** Items as a loader might send them by mistake: GraphQL's types would refuse each. */
const asInput = (item: unknown) => item as InteractionInput;

describeEachDatabase('createInteractions: per-item tolerance', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());
  const { tenantWithPeople } = createInteractionsHelpers(() => service);

  it('creates 990 of 1,000 when 10 items are broken in 10 ways, each failing alone with its index and path (HTTP 200)', async () => {
    const { tenant, people } = await tenantWithPeople();
    const good = (index: number) => lunch(people.john, { timestamp: 1_700_000_000_000 + index });
    const broken: Array<{ item: unknown; name: string; path: string[]; message?: RegExp; more?: string[][] }> = [
      { item: { ...good(0), timestamp: '2024-05-01T10:00' }, name: 'MALFORMED_ITEM', path: ['timestamp'], message: /time zone/ },
      {
        item: lunch(people.john, { attributes: [{ name: 'Place', values: [null as never] }] }),
        name: 'MALFORMED_ITEM',
        path: ['attributes', '0', 'values', '0'],
      },
      {
        item: lunch(people.john, { attributes: [{ name: 'Place', values: [{ value: 'Hobbiton' } as never] }] }),
        name: 'MALFORMED_ITEM',
        path: ['attributes', '0', 'values', '0'],
        message: /string, number or boolean/,
      },
      { item: { attributes: [{ name: 'Place', values: ['Hobbiton'] }] }, name: 'MALFORMED_ITEM', path: ['type'], message: /required/ },
      {
        item: lunch(people.john, { members: [{ participant: 'Waiters', members: [{ objectURI: people.ann }] }] }),
        name: 'UNKNOWN_PARTICIPANT',
        path: ['members', '1', 'participant'],
      },
      { item: { ...good(0), type: 42 }, name: 'MALFORMED_ITEM', path: ['type'] },
      { item: { ...good(0), colour: 'red' }, name: 'MALFORMED_ITEM', path: ['colour'], message: /not defined/ },
      // Reltio's shape, sent to GraphQL: attributes keyed by name.
      {
        item: { ...good(0), attributes: { Place: [{ value: 'Hobbiton' }] } },
        name: 'MALFORMED_ITEM',
        path: ['attributes', 'name'],
        more: [
          ['attributes', 'values'],
          ['attributes', 'Place'],
        ],
      },
      { item: null, name: 'MALFORMED_ITEM', path: [], message: /not to be null/ },
      {
        item: { ...good(0), crosswalks: [{ source: 'Salesforce', value: null }] },
        name: 'MALFORMED_ITEM',
        path: ['crosswalks', '0', 'value'],
      },
    ];
    const brokenAt = new Map(broken.map((entry, position) => [17 + position * 97, entry]));
    const items = Array.from({ length: 1000 }, (_, index) => (brokenAt.has(index) ? brokenAt.get(index)!.item : good(index))).map(asInput);

    const response = await service.graphql(tenant, CREATE, { interactions: items });
    expect(response.status).toBe(200);
    const results = response.data!.createInteractions;
    expect(results).toHaveLength(1000);
    expect(results.map((result) => result.index)).toEqual(items.map((_, index) => index));
    const failed = results.filter((result) => result.status === 'FAILED');
    expect(failed.map((result) => result.index)).toEqual([...brokenAt.keys()]);
    for (const result of failed) {
      const expected = brokenAt.get(result.index)!;
      expect(result.uri).toBeNull();
      const code = expected.name === 'MALFORMED_ITEM' ? 2013 : 2101;
      expect(result.errors).toEqual(
        [expected.path, ...(expected.more ?? [])].map((path) => ({ code, name: expected.name, path, message: expect.any(String) })),
      );
      if (expected.message) expect(result.errors[0]!.message).toMatch(expected.message);
    }
    expect(await interactionCount(service, tenant)).toBe(990);
    const created = results.find((result) => result.index === 18)!;
    expect(await readInteraction(service, tenant, created.uri!)).toMatchObject({ timestamp: 1_700_000_000_018 });
  });

  it('says why a malformed item failed, suggesting field names only while introspection shows the schema anyway', async () => {
    const { tenant, people } = await tenantWithPeople();
    const misspelt = [asInput({ ...lunch(people.john), tipe: 'Lunch' })];
    const response = await service.graphql(tenant, CREATE, { interactions: misspelt });
    expect(response.data?.createInteractions[0]?.errors).toEqual([
      {
        code: 2013,
        name: 'MALFORMED_ITEM',
        path: ['tipe'],
        message: 'Field "tipe" is not defined by type "InteractionInput". Did you mean "type"?',
      },
    ]);
    const closed = await startTestService(provider, { INTROSPECTION: 'false' });
    try {
      const withoutSchema = await closed.graphql(tenant, CREATE, { interactions: misspelt });
      expect(withoutSchema.data?.createInteractions[0]?.errors[0]?.message).toBe('Field "tipe" is not defined by type "InteractionInput".');
    } finally {
      await closed.stop();
    }
  });

  it('lists at most ten problems of a malformed item, and clips what it quotes of field names', async () => {
    const { tenant, people } = await tenantWithPeople();
    const manyFields = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`field${index}`, index]));
    const longName = 'n'.repeat(5000);
    const response = await service.graphql(tenant, CREATE, {
      interactions: [
        asInput({ ...lunch(people.john), ...manyFields }),
        asInput({ ...lunch(people.john), [longName]: 1 }),
        lunch(people.john),
      ],
    });
    const [many, long, fine] = response.data!.createInteractions;
    expect(many?.errors).toHaveLength(11);
    expect(many?.errors[10]).toMatchObject({ name: 'MALFORMED_ITEM', path: [], message: expect.stringContaining('more problems') });
    expect(long?.errors).toHaveLength(1);
    expect(long!.errors[0]!.path[0]!.length).toBeLessThan(200);
    expect(JSON.stringify(long).length).toBeLessThan(2000);
    expect(fine?.status).toBe('OK');
  });

  it('reads a list of item variables written in the document item by item too', async () => {
    const { tenant, people } = await tenantWithPeople();
    const response = await service.graphql(tenant, CREATE_TWO, {
      first: lunch(people.john),
      second: asInput({ type: 'Lunch', timestamp: 'noon' }),
    });
    expect(response.data?.createInteractions).toEqual([
      { index: 0, status: 'OK', errors: [] },
      { index: 1, status: 'FAILED', errors: [{ name: 'MALFORMED_ITEM', path: ['timestamp'] }] },
    ]);
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('fails every item of an all-or-nothing batch when one is malformed, and writes nothing', async () => {
    const { tenant, people } = await tenantWithPeople();
    const response = await service.graphql(tenant, CREATE, {
      interactions: [lunch(people.john), asInput({ type: 'Lunch', timestamp: 'yesterday' })],
      options: { allOrNothing: true },
    });
    expect(response.data?.createInteractions.map((result) => result.errors.map((problem) => problem.name))).toEqual([
      ['BATCH_ABORTED'],
      ['MALFORMED_ITEM'],
    ]);
    expect(await interactionCount(service, tenant)).toBe(0);
  });

  it('keeps refusing whole requests for what is not an item: a batch that is not a list of items, unknown options', async () => {
    const { tenant, people } = await tenantWithPeople();
    const unknownOption = await service.graphql(tenant, CREATE, {
      interactions: [lunch(people.john)],
      options: { returnObject: false } as never,
    });
    expect(unknownOption.status).toBe(400);
    const noList = await service.graphql(tenant, CREATE, { interactions: null as never });
    expect(noList.status).toBe(400);
    expect(await interactionCount(service, tenant)).toBe(0);
  });

  it('reads a lone item where the batch is due as a batch of one, malformed or not', async () => {
    const { tenant, people } = await tenantWithPeople();
    const lone = await service.graphql(tenant, CREATE, { interactions: lunch(people.john) as never });
    expect(lone.data?.createInteractions).toMatchObject([{ index: 0, status: 'OK' }]);
    const loneBroken = await service.graphql(tenant, CREATE, { interactions: { type: 7 } as never });
    expect(loneBroken.data?.createInteractions).toMatchObject([{ index: 0, status: 'FAILED', errors: [{ name: 'MALFORMED_ITEM' }] }]);
  });

  it('tolerates malformed items in createEntities and deleteInteractions as well', async () => {
    const { tenant, people } = await tenantWithPeople();
    const entities = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: [individual('Frodo Baggins'), { type: 'Individual', attributes: [{ name: 'FullName', values: [[]] }] } as never],
    });
    expect(entities.data?.createEntities.map((result) => [result.status, result.errors.map((problem) => problem.path)])).toEqual([
      ['OK', []],
      ['FAILED', [['attributes', '0', 'values', '0']]],
    ]);

    const [created] = await service
      .graphql(tenant, CREATE, { interactions: [lunch(people.john)] })
      .then((response) => response.data!.createInteractions);
    const deleted = await service.graphql(tenant, DELETE, { uris: [created!.uri!, null as never, 5 as never] });
    expect(deleted.data?.deleteInteractions).toEqual([
      { index: 0, uri: created!.uri, status: 'OK', errors: [] },
      { index: 1, uri: null, status: 'FAILED', errors: [{ name: 'MALFORMED_ITEM', path: ['uris', '1'] }] },
      { index: 2, uri: null, status: 'FAILED', errors: [{ name: 'MALFORMED_ITEM', path: ['uris', '2'] }] },
    ]);
  });

  describe('value rules, the same everywhere', () => {
    const supportCase = (caseNumber: string, more: Array<{ name: string; values: unknown[] }>, objectURI: string) =>
      asInput({
        type: 'SupportCase',
        attributes: [{ name: 'CaseNumber', values: [caseNumber] }, { name: 'Status', values: ['Open'] }, ...more],
        members: [{ participant: 'Customer', members: [{ objectURI }] }],
      });

    it('takes digits for INTEGER, "true" in any case for BOOLEAN, numbers and booleans for STRING, and refuses the rest', async () => {
      const { tenant, people } = await tenantWithPeople();
      const response = await service.graphql(tenant, CREATE, {
        interactions: [
          supportCase(
            'C-1',
            [
              { name: 'Priority', values: ['3'] },
              { name: 'Escalated', values: ['TRUE'] },
              { name: 'Subject', values: [123] },
            ],
            people.john,
          ),
          supportCase(
            'C-2',
            [
              { name: 'Priority', values: [' +4 '] },
              { name: 'Escalated', values: [false] },
              { name: 'Subject', values: [true] },
            ],
            people.john,
          ),
          supportCase('C-3', [{ name: 'Priority', values: ['3.5'] }], people.john),
          supportCase('C-4', [{ name: 'Priority', values: ['0x10'] }], people.john),
          supportCase('C-5', [{ name: 'Escalated', values: ['yes'] }], people.john),
          supportCase('C-6', [{ name: 'Priority', values: [2 ** 53] }], people.john),
        ],
      });
      const results = response.data!.createInteractions;
      expect(results.map((result) => result.errors.map(({ code, name, path }) => ({ code, name, path })))).toEqual([
        [],
        [],
        [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '2', 'values', '0')],
        [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '2', 'values', '0')],
        [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '2', 'values', '0')],
        [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '2', 'values', '0')],
      ]);
      const first = await readInteraction(service, tenant, results[0]!.uri!);
      expect(first?.attributes.map((attribute) => [attribute.name, attribute.values.map((value) => value.value)])).toEqual(
        expect.arrayContaining([
          ['Priority', [3]],
          ['Escalated', [true]],
          ['Subject', ['123']],
        ]),
      );
      // Filters read values by the same rules: "3" finds INTEGER 3.
      for (const value of [3, '3', ' 3']) {
        const found = await service.graphql(tenant, SUPPORT_CASES_BY_PRIORITY, { value });
        expect(found.data?.interactions.totalCount).toBe(1);
      }
    });

    it('takes an empty or blank string as no value: optional attributes are left out, required ones are missing', async () => {
      const { tenant, people } = await tenantWithPeople();
      const response = await service.graphql(tenant, CREATE, {
        interactions: [
          supportCase(
            'C-7',
            [
              { name: 'Subject', values: [''] },
              { name: 'Priority', values: ['  '] },
            ],
            people.john,
          ),
          asInput({
            type: 'SupportCase',
            attributes: [
              { name: 'CaseNumber', values: [''] },
              { name: 'Status', values: ['Open'] },
            ],
            crosswalks: [{ value: 'CASE-WITHOUT-NUMBER' }],
            members: [{ participant: 'Customer', members: [{ objectURI: people.john }] }],
          }),
        ],
      });
      const [kept, missing] = response.data!.createInteractions;
      expect(kept?.status).toBe('OK');
      const stored = await readInteraction(service, tenant, kept!.uri!);
      expect(stored?.attributes.map((attribute) => attribute.name).sort()).toEqual(['CaseNumber', 'Status']);
      expect(missing?.errors.map(({ code, name, path }) => ({ code, name, path }))).toEqual([
        error(2004, 'MISSING_REQUIRED_ATTRIBUTE', 'attributes'),
      ]);
    });

    it('reads TIMESTAMP values and timestamps alike: epoch milliseconds, a date (midnight UTC), a date-time with its zone', async () => {
      const { tenant, people } = await tenantWithPeople();
      const opened = (messageId: string, time: unknown) =>
        asInput({
          type: 'EmailOpened',
          attributes: [
            { name: 'MessageId', values: [messageId] },
            { name: 'TimeOpened', values: [time] },
          ],
          members: [{ participant: 'Receiver', members: [{ objectURI: people.john }] }],
        });
      const response = await service.graphql(tenant, CREATE, {
        interactions: [
          opened('M-1', '2024-05-01'),
          opened('M-2', '2024-05-01T12:00:00+02:00'),
          opened('M-3', String(Date.UTC(2024, 4, 1))),
          opened('M-4', '2024-05-01T10:00'),
          { ...lunch(people.john), timestamp: '2024-05-01' },
        ],
      });
      const results = response.data!.createInteractions;
      expect(results.map((result) => result.errors.map((problem) => problem.name))).toEqual([[], [], [], ['INVALID_ATTRIBUTE_VALUE'], []]);
      const midnight = Date.UTC(2024, 4, 1);
      const read = await Promise.all([0, 1, 2, 4].map((index) => readInteraction(service, tenant, results[index]!.uri!)));
      expect(read.map((interaction) => interaction?.timestamp)).toEqual([midnight, midnight + 10 * 3600_000, midnight, midnight]);
    });
  });

  it('refuses crosswalkValue together with crosswalks in the input, for interactions and entities', async () => {
    const { tenant, people } = await tenantWithPeople();
    const interactions = await service.graphql(tenant, CREATE, {
      interactions: [lunch(people.john, { crosswalks: [{ value: 'GIVEN' }] })],
      options: { crosswalkValue: 'ALSO-GIVEN' },
    });
    expect(interactions.data?.createInteractions[0]?.errors).toMatchObject([
      { code: 2115, name: 'CROSSWALK_VALUE_WITH_CROSSWALKS', path: ['crosswalks'] },
    ]);
    const entities = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: [{ ...individual('Sam Gamgee'), crosswalks: [{ value: 'SAM' }] }],
      options: { crosswalkValue: 'GAMGEE' },
    });
    expect(entities.data?.createEntities[0]?.errors).toMatchObject([{ code: 2115, name: 'CROSSWALK_VALUE_WITH_CROSSWALKS' }]);
    expect(await interactionCount(service, tenant)).toBe(0);
  });

  it('names the entity types a participant allows when a member is of another (2104)', async () => {
    const { tenant, people } = await tenantWithPeople();
    const response = await service.graphql(tenant, MEMBER_ENTITY_TYPE, {
      interactions: [lunch(people.hco)],
    });
    expect(response.data?.createInteractions[0]?.errors).toEqual([
      {
        name: 'MEMBER_ENTITY_TYPE_NOT_ALLOWED',
        message: `${people.hco} is a configuration/entityTypes/HCO; Organizers allows configuration/entityTypes/Individual`,
      },
    ]);
  });

  it('gives the holder of a taken entity crosswalk as existingUri (2007), in the store and earlier in the batch', async () => {
    const { tenant } = await tenantWithPeople();
    const [holder] = await createEntitiesOrThrow(service, tenant, [{ ...individual('Rosie Cotton'), crosswalks: [{ value: 'ROSIE' }] }]);
    const response = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: [
        { ...individual('Rosie again'), crosswalks: [{ value: 'ROSIE' }] },
        { ...individual('Merry'), crosswalks: [{ value: 'MERRY' }] },
        { ...individual('Merry again'), crosswalks: [{ value: 'MERRY' }] },
      ],
    });
    const [taken, merry, again] = response.data!.createEntities;
    expect(taken?.errors).toMatchObject([{ code: 2007, existingUri: holder }]);
    expect(again?.errors).toMatchObject([{ code: 2007, existingUri: merry?.uri }]);
    expect(merry?.uri).toMatch(/^entities\//);
  });
});
