// createInteractions through the real HTTP server, on every tested database: the options,
// the batch limit, batched member resolution (statement counts) and racing requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import {
  createEntitiesOrThrow,
  errorNames,
  exhibition,
  hco,
  interactionCount,
  lunch,
  mergeConfiguration,
  postCreateInteractions,
  readByCrosswalk,
  readInteraction,
} from './helpers/interactions.ts';
import { asCreated, createInteractionsHelpers, error, ID } from './helpers/create-interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { CreateOptions, InteractionInput } from './generated/operations/graphql.ts';

/** An interaction's attributes read three ways: by default, with hidden ones, and with them explicitly off. */
const READ_ATTRIBUTE_VISIBILITY = graphql(`
  query CreateBatchesAttributeVisibility($uri: String!) {
    interaction(uri: $uri) {
      default: attributes {
        name
      }
      shown: attributes(includeHidden: true) {
        name
        values {
          uri
          value
        }
      }
      hiddenOff: attributes(includeHidden: false) {
        name
      }
    }
  }
`);

describeEachDatabase('createInteractions: options, batches and races', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());
  const { create, tenantWithPeople, before, after } = createInteractionsHelpers(() => service);

  describe('options', () => {
    it('returns URIs only with returnObjects false', async () => {
      const { tenant, people } = await tenantWithPeople();
      const results = await create(tenant, [before(people), { type: 'Picnic' }], { returnObjects: false });
      expect(results[0]).toEqual({
        index: 0,
        uri: expect.stringMatching(new RegExp(`^interactions/${ID}$`)),
        object: null,
        status: 'OK',
        successful: true,
        errors: [],
        warnings: [],
      });
      expect(results[1]).toMatchObject({ uri: null, object: null, status: 'FAILED' });
      // The result's uri was matched just above.
      const uri = results[0]!.uri!;
      expect(await readInteraction(service, tenant, uri)).toMatchObject({
        uri,
        attributes: [expect.objectContaining({ name: 'Place' })],
      });
    });

    it("leaves Lunch's hidden Cost out unless includeHidden is asked for, in the result and in reads", async () => {
      const { tenant, people } = await tenantWithPeople();
      const withCost = lunch(people.john, {
        attributes: [
          { name: 'Place', values: ['Hobbiton'] },
          { name: 'Cost', values: [12.5] },
        ],
      });
      const plain = asCreated((await create(tenant, [withCost]))[0]).object;
      expect(plain.attributes.map((attribute) => attribute.name)).toEqual(['Place']);
      const hidden = asCreated((await create(tenant, [withCost], { includeHidden: true }))[0]).object;
      expect(hidden.attributes.map((attribute) => [attribute.name, attribute.values.map((value) => value.value)])).toEqual([
        ['Place', ['Hobbiton']],
        ['Cost', [12.5]],
      ]);

      for (const uri of [plain.uri, hidden.uri]) {
        const response = await service.graphql(tenant, READ_ATTRIBUTE_VISIBILITY, { uri });
        expect(response.errors).toBeUndefined();
        const read = response.data?.interaction;
        expect(read?.default).toEqual([{ name: 'Place' }]);
        expect(read?.hiddenOff).toEqual([{ name: 'Place' }]);
        expect(read?.shown).toEqual([
          { name: 'Place', values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Place/${ID}$`)), value: 'Hobbiton' }] },
          { name: 'Cost', values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Cost/${ID}$`)), value: 12.5 }] },
        ]);
      }
    });

    it('generates crosswalks in the source named by options.source or the Source-System header; an unknown one is a 400', async () => {
      const { tenant, people } = await tenantWithPeople();
      const sourceOf = async (options?: CreateOptions, headers?: Record<string, string>) => {
        const [result] = await create(tenant, [before(people)], options, headers);
        expect(result?.status).toBe('OK');
        const object = asCreated(result).object;
        expect(object.crosswalks).toEqual([expect.objectContaining({ value: expect.stringMatching(new RegExp(`^${ID}$`)) })]);
        // Its one crosswalk, matched just above.
        const crosswalk = object.crosswalks[0]!;
        expect(await readByCrosswalk(service, tenant, crosswalk.source.uri, crosswalk.value)).toMatchObject({ uri: object.uri });
        return crosswalk.source.uri;
      };
      expect(await sourceOf()).toBe('configuration/sources/Default');
      expect(await sourceOf({ source: 'Reltio' })).toBe('configuration/sources/Reltio');
      expect(await sourceOf({ source: 'configuration/sources/MDM' })).toBe('configuration/sources/MDM');
      expect(await sourceOf(undefined, { 'source-system': 'configuration/sources/Reltio' })).toBe('configuration/sources/Reltio');
      expect(await sourceOf(undefined, { 'Source-System': 'AMA' })).toBe('configuration/sources/AMA');
      // The option wins over the header.
      expect(await sourceOf({ source: 'MDM' }, { 'Source-System': 'AMA' })).toBe('configuration/sources/MDM');
      // A crosswalk given without a source is in the request's source.
      const [given] = await create(tenant, [lunch(people.john, { crosswalks: [{ value: 'MINE-1' }] })], undefined, {
        'Source-System': 'configuration/sources/AMA',
      });
      expect(asCreated(given).object.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/AMA' }, value: 'MINE-1' }),
      ]);
      const count = await interactionCount(service, tenant);
      expect(count).toBe(7);

      for (const [options, headers] of [
        [{ source: 'Nowhere' }, {}],
        [undefined, { 'Source-System': 'configuration/sources/Nowhere' }],
      ] as const) {
        const response = await postCreateInteractions(service, tenant, [before(people)], options, headers);
        expect(response.status).toBe(400);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      }
      expect(await interactionCount(service, tenant)).toBe(count);
    });

    it('allOrNothing: one bad input fails every input (BATCH_ABORTED) and writes nothing; all valid writes all', async () => {
      const { tenant, people } = await tenantWithPeople();
      const aborted = [error(2010, 'BATCH_ABORTED')];
      // Refused while checking the input, while resolving members, and for a crosswalk held in the store.
      await create(tenant, [lunch(people.john, { crosswalks: [{ source: 'AMA', value: 'HELD' }] })]);
      const bad: Array<{ input: InteractionInput; errors: ReturnType<typeof error>[] }> = [
        { input: { type: 'Picnic' }, errors: [error(2001, 'UNKNOWN_TYPE', 'type')] },
        {
          input: lunch(people.john, { members: [{ participant: 'Chefs', members: [{ objectURI: 'entities/doesNotExist1' }] }] }),
          errors: [error(2103, 'MEMBER_NOT_FOUND', 'members', '1', 'members', '0')],
        },
        {
          input: lunch(people.john, { crosswalks: [{ source: 'AMA', value: 'HELD' }] }),
          errors: [error(536, 'CROSSWALK_ALREADY_EXISTS', 'crosswalks')],
        },
      ];
      for (const { input, errors } of bad) {
        const results = await create(tenant, [before(people), input, after(people)], { allOrNothing: true });
        expect(results.map((result) => result.errors.map(({ code, name, path }) => ({ code, name, path })))).toEqual([
          aborted,
          errors,
          aborted,
        ]);
        for (const result of results) expect(result).toMatchObject({ uri: null, object: null, status: 'FAILED', successful: false });
        expect(await interactionCount(service, tenant)).toBe(1);
      }

      const good = await create(tenant, [before(people), after(people), exhibition('ForAttributeInteraction')], { allOrNothing: true });
      expect(good.map((result) => [result.status, result.errors])).toEqual([
        ['OK', []],
        ['OK', []],
        ['OK', []],
      ]);
      // Each created (asserted just above), so each has its uri.
      for (const result of good) expect(await readInteraction(service, tenant, result.uri!)).toEqual(result.object);
      expect(await interactionCount(service, tenant)).toBe(4);
    });
  });

  it('refuses a batch over the maximum (1001 inputs) whole with 400 BAD_REQUEST / BATCH_TOO_LARGE and writes nothing', async () => {
    const { tenant, people } = await tenantWithPeople();
    const response = await postCreateInteractions(
      service,
      tenant,
      Array.from({ length: 1001 }, () => before(people)),
    );
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', reason: 'BATCH_TOO_LARGE', maxBatchSize: 1000 } });
    expect(await interactionCount(service, tenant)).toBe(0);
    // The maximum itself is accepted.
    const results = await create(
      tenant,
      Array.from({ length: 1000 }, () => before(people)),
      { returnObjects: false },
    );
    expect(results.filter((result) => result.status === 'OK')).toHaveLength(1000);
    expect(await interactionCount(service, tenant)).toBe(1000);
  });

  it('resolves members of 1, 10 or 200 interactions (by objectURI, crosswalks and mapping) in the same statements, and writes in bulk', async () => {
    const tenant = await demoTenant(service);
    // An interaction type whose three participants are filled in the three ways.
    await mergeConfiguration(service, tenant, {
      interactionTypes: [
        {
          name: 'Conference',
          attributes: [{ name: 'VENUE_NAME', valueType: 'STRING' }],
          participants: [
            { name: 'Speakers', entityTypes: ['Individual'], minOccurs: 1 },
            { name: 'Hosts', entityTypes: ['Individual'], minOccurs: 1 },
            {
              name: 'Venue',
              entityTypes: ['HCO'],
              minOccurs: 1,
              maxOccurs: 1,
              mapping: { entityType: 'HCO', properties: [{ interactionAttribute: 'VENUE_NAME', entityAttribute: 'Name' }] },
            },
          ],
        },
      ],
    });
    const size = 200;
    const uris = await createEntitiesOrThrow(service, tenant, [
      ...Array.from({ length: size }, (_, index) => individual(`Speaker ${index}`)),
      ...Array.from({ length: size }, (_, index) => individual(`Host ${index}`, `HOST-${index}`)),
      ...Array.from({ length: size }, (_, index) => hco(`Venue ${index}`)),
    ]);
    const conference = (index: number): InteractionInput => ({
      type: 'Conference',
      attributes: [{ name: 'VENUE_NAME', values: [`Venue ${index}`] }],
      members: [
        { participant: 'Speakers', members: [{ objectURI: uris[index] }] },
        { participant: 'Hosts', members: [{ crosswalks: [{ source: 'Salesforce', value: `HOST-${index}` }] }] },
      ],
    });
    // A first request reads the changed configuration into the cache: not what is measured.
    expect((await create(tenant, [conference(0)]))[0]?.status).toBe('OK');

    const entityTables = /["`](Entity|EntityCrosswalk|EntityAttributeValue)["`]/;
    const measure = async (count: number) => {
      const { result, statements } = await service.recordQueries(tenant, () =>
        create(
          tenant,
          Array.from({ length: count }, (_, index) => conference(index)),
        ),
      );
      expect(result).toHaveLength(count);
      result.forEach((item, index) => {
        expect(item.status).toBe('OK');
        expect(asCreated(item).object.members.map((group) => group.members.map((member) => member.label))).toEqual([
          [`Speaker ${index}`],
          [`Host ${index}`],
          [`Venue ${index}`],
        ]);
      });
      return {
        memberLookups: statements.filter((sql) => /^\s*SELECT/i.test(sql) && entityTables.test(sql)).length,
        total: statements.length,
      };
    };
    const [one, ten, many] = [await measure(1), await measure(10), await measure(size)];
    expect(one.memberLookups).toBeGreaterThan(0);
    expect([ten.memberLookups, many.memberLookups]).toEqual([one.memberLookups, one.memberLookups]);
    // Writes are bulk statements (a few more only where SQLite's bind-parameter limit splits them), not one per row.
    expect(ten.total).toBeLessThanOrEqual(one.total + TOTAL_STATEMENTS_SLACK);
    expect(many.total).toBeLessThanOrEqual(one.total + TOTAL_STATEMENTS_SLACK);
    expect(await interactionCount(service, tenant)).toBe(1 + 1 + 10 + size);
  });

  describe('concurrency', () => {
    it('10 parallel requests with the same crosswalk create exactly one interaction; the others get 536', async () => {
      const { tenant, people } = await tenantWithPeople();
      const racers = 10;
      const responses = await Promise.all(
        Array.from({ length: racers }, (_, index) =>
          postCreateInteractions(service, tenant, [
            lunch(people.john, {
              timestamp: 1338580800000,
              attributes: [{ name: 'Place', values: [`Racer ${index}`] }],
              crosswalks: [{ source: 'AMA', value: 'RACE-1' }],
            }),
          ]),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
      }
      // Answered (200, no errors: asserted above), one result for the one input.
      const results = responses.map((response) => response.data!.createInteractions[0]!);
      const created = results.filter((result) => result.status === 'OK');
      expect(created).toHaveLength(1);
      const winner = created[0]!.uri;
      for (const result of results.filter((candidate) => candidate.status !== 'OK')) {
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        expect(result.errors).toEqual([
          expect.objectContaining({ code: 536, name: 'CROSSWALK_ALREADY_EXISTS', existingUri: winner, identicalToExisting: false }),
        ]);
      }
      expect(await interactionCount(service, tenant)).toBe(1);
      expect(await service.database.db.interactionCrosswalk.count({ where: { tenantId: tenant } })).toBe(1);
      expect(await readByCrosswalk(service, tenant, 'AMA', 'RACE-1')).toMatchObject({ uri: winner });
    });

    it('losers of a race whose input is identical to the winner are told so (identicalToExisting true)', async () => {
      const { tenant, people } = await tenantWithPeople();
      const input = lunch(people.john, { timestamp: 1338580800000, crosswalks: [{ source: 'AMA', value: 'RACE-1' }] });
      const responses = await Promise.all(Array.from({ length: 10 }, () => postCreateInteractions(service, tenant, [input])));
      for (const response of responses) expect(response).toMatchObject({ status: 200, data: expect.anything() });
      // Answered (asserted above), one result for the one input.
      const results = responses.map((response) => response.data!.createInteractions[0]!);
      const created = results.filter((result) => result.status === 'OK');
      expect(created).toHaveLength(1);
      for (const result of results.filter((candidate) => candidate.status !== 'OK')) {
        expect(result.errors).toEqual([expect.objectContaining({ code: 536, existingUri: created[0]!.uri, identicalToExisting: true })]);
      }
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('racing batches keep their other inputs; racing all-or-nothing batches abort theirs with BATCH_ABORTED', async () => {
      const { tenant, people } = await tenantWithPeople();
      const batch = (index: number, race: string) => [
        lunch(people.john, { crosswalks: [{ source: 'AMA', value: race }] }),
        lunch(people.john, { crosswalks: [{ source: 'AMA', value: `${race}-OWN-${index}` }] }),
      ];
      const outcomes = async (race: string, options?: CreateOptions) => {
        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, index) => postCreateInteractions(service, tenant, batch(index, race), options)),
        );
        for (const response of responses) expect(response).toMatchObject({ status: 200, data: expect.anything() });
        // Answered: asserted above.
        return responses.map((response) => response.data!.createInteractions);
      };

      const independent = await outcomes('RACE-2');
      expect(independent.filter((results) => results[0]?.status === 'OK')).toHaveLength(1);
      for (const results of independent) {
        expect(results[1]).toMatchObject({ status: 'OK', errors: [] });
        if (results[0]?.status !== 'OK') expect(errorNames(results.slice(0, 1))).toEqual([['CROSSWALK_ALREADY_EXISTS']]);
      }
      expect(await interactionCount(service, tenant)).toBe(1 + 10);

      const allOrNothing = await outcomes('RACE-3', { allOrNothing: true });
      const winners = allOrNothing.filter((results) => results.every((result) => result.status === 'OK'));
      expect(winners).toHaveLength(1);
      for (const results of allOrNothing.filter((candidate) => candidate !== winners[0])) {
        expect(errorNames(results)).toEqual([['CROSSWALK_ALREADY_EXISTS'], ['BATCH_ABORTED']]);
        for (const result of results) expect(result).toMatchObject({ status: 'FAILED', uri: null, object: null });
      }
      expect(await interactionCount(service, tenant)).toBe(1 + 10 + 2);
    });
  });
});

/**
 * How many more statements (of any kind) a 200-interaction request may take than a
 * 1-interaction one. Both take the same on SQLite and PostgreSQL today (the tenant's
 * configuration version, five member lookups, the crosswalk check, four bulk INSERTs and
 * COMMIT); the slack leaves room for a bulk INSERT split by a bind-parameter limit.
 */
const TOTAL_STATEMENTS_SLACK = 3;
