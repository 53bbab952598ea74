// Property mappings with several pairs (Customer Insights' ParticipantPropertyReferences):
// the member is the one entity matching every pair, resolved in one batch per request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { ConfigurationInput, InteractionInput } from './generated/operations/graphql.ts';

const GUESTS: ConfigurationInput = {
  sources: [{ name: 'Salesforce', isDefault: true }],
  entityTypes: [
    {
      name: 'Individual',
      attributes: [
        { name: 'Email', valueType: 'STRING', multiValued: false },
        { name: 'Country', valueType: 'STRING', multiValued: false },
        { name: 'Vip', valueType: 'BOOLEAN', multiValued: false },
      ],
    },
  ],
  interactionTypes: [
    {
      name: 'Visit',
      attributes: [
        { name: 'GuestEmail', valueType: 'STRING', multiValued: true },
        { name: 'GuestCountry', valueType: 'STRING', multiValued: true },
        { name: 'VisitDay', valueType: 'DATE', multiValued: false },
      ],
      participants: [
        {
          name: 'Guests',
          entityTypes: ['Individual'],
          mapping: {
            entityType: 'Individual',
            properties: [
              { interactionAttribute: 'GuestEmail', entityAttribute: 'Email' },
              { interactionAttribute: 'GuestCountry', entityAttribute: 'Country' },
            ],
          },
        },
      ],
    },
  ],
};

const APPLY = graphql(`
  mutation MappingsApply($input: ConfigurationInput!) {
    applyConfiguration(input: $input, mode: REPLACE) {
      ok
      errors {
        name
        path
        message
      }
    }
  }
`);

const CREATE_GUESTS = graphql(`
  mutation MappingsCreateGuests($entities: [EntityInput!]!) {
    createEntities(entities: $entities, options: { returnObjects: false }) {
      uri
      status
    }
  }
`);

const VISIT = graphql(`
  mutation MappingsVisit($interactions: [InteractionInput!]!) {
    createInteractions(interactions: $interactions, options: { returnObjects: true }) {
      status
      errors {
        code
        name
        path
        message
      }
      object {
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

const guest = (email: string, country: string) => ({
  type: 'Individual',
  attributes: [
    { name: 'Email', values: [email] },
    { name: 'Country', values: [country] },
  ],
  crosswalks: [{ source: 'Salesforce', value: `${email}-${country}-${Math.random()}` }],
});

const visit = (emails: string[], countries: string[]): InteractionInput => ({
  type: 'Visit',
  attributes: [
    { name: 'GuestEmail', values: emails },
    { name: 'GuestCountry', values: countries },
  ],
});

describeEachDatabase('participant property mappings', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** A tenant with the guests configuration and the given guests; their URIs in order. */
  async function tenantWithGuests(guests: Array<[string, string]>) {
    const tenant = newTenant('map');
    const applied = await service.graphql(tenant, APPLY, { input: GUESTS });
    expect(applied.data?.applyConfiguration).toEqual({ ok: true, errors: [] });
    const created = await service.graphql(tenant, CREATE_GUESTS, { entities: guests.map(([email, country]) => guest(email, country)) });
    const results = created.data?.createEntities ?? [];
    expect(results.map((result) => result.status)).toEqual(guests.map(() => 'OK'));
    return { tenant, uris: results.map((result) => result.uri!) };
  }

  it('finds the member only when every pair matches', async () => {
    const { tenant, uris } = await tenantWithGuests([
      ['ann@example.com', 'FR'],
      ['ann@example.com', 'DE'],
      ['bob@example.com', 'FR'],
      ['bob@example.com', 'FR'],
    ]);
    const response = await service.graphql(tenant, VISIT, {
      interactions: [
        visit(['ann@example.com'], ['DE']),
        visit(['ann@example.com'], ['US']),
        visit(['bob@example.com'], ['FR']),
        visit(['carl@example.com'], ['FR']),
      ],
    });
    const results = response.data?.createInteractions ?? [];
    expect(results.map((result) => result.status)).toEqual(['OK', 'FAILED', 'FAILED', 'FAILED']);
    expect(results[0]?.object?.members).toEqual([{ participant: { name: 'Guests' }, members: [{ objectURI: uris[1] }] }]);
    expect(results.slice(1).map((result) => result.errors.map(({ code, name, path }) => ({ code, name, path })))).toEqual([
      [{ code: 38010, name: 'MAPPED_VALUE_MATCHED_NO_ENTITY', path: ['attributes'] }],
      [{ code: 38011, name: 'MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES', path: ['attributes'] }],
      [{ code: 38010, name: 'MAPPED_VALUE_MATCHED_NO_ENTITY', path: ['attributes'] }],
    ]);
    expect(results[1]?.errors[0]?.message).toBe('Guests: attribute values Email "ann@example.com", Country "US" matched no entity');
  });

  it('pairs the k-th values of every mapped attribute, and refuses attributes with different value counts', async () => {
    const { tenant, uris } = await tenantWithGuests([
      ['ann@example.com', 'FR'],
      ['bob@example.com', 'DE'],
    ]);
    const response = await service.graphql(tenant, VISIT, {
      interactions: [visit(['ann@example.com', 'bob@example.com'], ['FR', 'DE']), visit(['ann@example.com', 'bob@example.com'], ['FR'])],
    });
    const [both, uneven] = response.data?.createInteractions ?? [];
    expect(both?.object?.members).toEqual([{ participant: { name: 'Guests' }, members: [{ objectURI: uris[0] }, { objectURI: uris[1] }] }]);
    expect(uneven?.errors.map(({ name, message }) => ({ name, message }))).toEqual([
      {
        name: 'INVALID_MEMBER_REFERENCE',
        message: expect.stringContaining(
          'must have as many values each (the k-th values find the k-th member); got GuestEmail 2, GuestCountry 1',
        ),
      },
    ]);
  });

  it('resolves 1 and 200 interactions with two-pair mappings in the same number of statements', async () => {
    const people = Array.from({ length: 200 }, (_, index): [string, string] => [`guest${index}@example.com`, index % 2 ? 'FR' : 'DE']);
    const { tenant } = await tenantWithGuests(people);
    const send = (count: number) =>
      service.recordQueries(tenant, () =>
        service.graphql(tenant, VISIT, { interactions: people.slice(0, count).map(([email, country]) => visit([email], [country])) }),
      );
    const one = await send(1);
    const many = await send(200);
    expect(one.result.data?.createInteractions.map((result) => result.status)).toEqual(['OK']);
    expect(many.result.data?.createInteractions.filter((result) => result.status === 'OK')).toHaveLength(200);
    expect(many.statements.length).toBe(one.statements.length);
    const lookups = many.statements.filter((sql) => sql.includes('EntityAttributeValue'));
    expect(lookups).toHaveLength(1);
  });

  it('checks every pair of a mapping: both sides exist, value types can match, no attribute twice, at least one pair', async () => {
    const tenant = newTenant('map');
    const broken = structuredClone(GUESTS);
    const participant = broken.interactionTypes![0]!.participants![0]!;
    participant.mapping!.properties = [
      { interactionAttribute: 'GuestEmail', entityAttribute: 'Email' },
      { interactionAttribute: 'GuestPhone', entityAttribute: 'Country' },
      { interactionAttribute: 'GuestCountry', entityAttribute: 'Region' },
      { interactionAttribute: 'GuestEmail', entityAttribute: 'Vip' },
      { interactionAttribute: 'VisitDay', entityAttribute: 'Vip' },
    ];
    const response = await service.graphql(tenant, APPLY, { input: broken });
    // Problem paths are lists of strings (GraphQL's [String!]), indices included.
    const errors = response.data?.applyConfiguration.errors.map(({ name, path }) => ({ name, path }));
    const pair = (index: number, ...rest: string[]) =>
      ['interactionTypes', 0, 'participants', 0, 'mapping', 'properties', index, ...rest].map(String);
    expect(errors).toEqual([
      { name: 'UNKNOWN_MAPPING_ATTRIBUTE', path: pair(1, 'interactionAttribute') },
      { name: 'UNKNOWN_MAPPING_ATTRIBUTE', path: pair(2, 'entityAttribute') },
      { name: 'INVALID_PARTICIPANT_MAPPING', path: pair(3, 'interactionAttribute') },
      { name: 'INVALID_PARTICIPANT_MAPPING', path: pair(4) },
    ]);

    participant.mapping!.properties = [];
    const empty = await service.graphql(tenant, APPLY, { input: broken });
    expect(empty.data?.applyConfiguration.errors.map(({ name, path }) => ({ name, path }))).toEqual([
      { name: 'INVALID_PARTICIPANT_MAPPING', path: ['interactionTypes', '0', 'participants', '0', 'mapping', 'properties'] },
    ]);
  });
});
