// The latest interaction per group ("last contact"): an entity's per type and per participant
// it plays, and the tenant's per type, in one statement.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) { uri status } }`;
const LATEST_OF_ENTITY = `query ($uri: String!, $by: LatestGroup!, $types: [String!]) {
  entity(uri: $uri) { latestInteractions(by: $by, types: $types) { group interaction { uri timestamp } } }
}`;
const LATEST = `query ($types: [String!], $from: EpochMillis, $to: EpochMillis, $attribute: String) {
  latestInteractions(types: $types, from: $from, to: $to, attribute: $attribute) { group interaction { uri timestamp } }
}`;
const DELETE = `mutation ($uris: [String!]!, $mode: DeleteMode!) { deleteInteractions(uris: $uris, mode: $mode) { successful } }`;
const RESTORE = `mutation ($uris: [String!]!) { restoreInteractions(uris: $uris) { successful } }`;

const DAY = 86_400_000;
const T = (day: number) => Date.UTC(2020, 0, 1) + day * DAY;

// Sequential: one tenant's data, and one test counts the statements the service sends meanwhile.
describeEachDatabase.sequential('latest interaction per group', (provider) => {
  let service: TestService;
  let tenant: string;
  let ann: string;
  let uris: Record<string, string>;

  beforeAll(async () => {
    service = await startTestService(provider);
    tenant = await demoTenant(service, 'latest');
    const people = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Ann Roman'), individual('Bob Other')] });
    const [annUri, bob] = (people.data as { createEntities: Array<{ uri: string }> }).createEntities.map((result) => result.uri);
    ann = annUri!;
    const member = (participant: string, uri: string) => ({ participant, members: [{ objectURI: uri }] });
    const place = (value: string) => [{ name: 'Place', values: [value] }];
    const inputs = {
      lunchOrganized1: { type: 'Lunch', timestamp: T(1), attributes: place('Shire'), members: [member('Organizers', ann)] },
      meetingAttended: { type: 'Meeting', timestamp: T(2), members: [member('Organizers', bob!), member('Participants', ann)] },
      lunchOrganized3: { type: 'Lunch', timestamp: T(3), attributes: place('Shire'), members: [member('Organizers', ann)] },
      lunchCooked4: {
        type: 'Lunch',
        timestamp: T(4),
        attributes: place('Bree'),
        members: [member('Organizers', bob!), member('Chefs', ann)],
      },
      // Bob's alone, newest of all: not Ann's.
      bobsLunch: { type: 'Lunch', timestamp: T(9), attributes: place('Rivendell'), members: [member('Organizers', bob!)] },
    };
    const created = await service.graphql(tenant, CREATE, { interactions: Object.values(inputs) });
    const results = (created.data as { createInteractions: Array<{ uri: string; status: string }> }).createInteractions;
    expect(results.every((result) => result.status === 'OK')).toBe(true);
    uris = Object.fromEntries(Object.keys(inputs).map((name, index) => [name, results[index]!.uri]));
  });
  afterAll(() => service?.stop());

  const latestOfAnn = async (variables: Record<string, unknown>) => {
    const answer = await service.graphql(tenant, LATEST_OF_ENTITY, { uri: ann, ...variables });
    expect(answer.errors).toBeUndefined();
    return (
      answer.data as { entity: { latestInteractions: Array<{ group: string; interaction: { uri: string } }> } }
    ).entity.latestInteractions.map(({ group, interaction }) => [group, interaction.uri]);
  };

  it('gives an entity’s latest interaction per type, newest first, leaving out types it has none of', async () => {
    expect(await latestOfAnn({ by: 'TYPE' })).toEqual([
      ['configuration/interactionTypes/Lunch', uris.lunchCooked4],
      ['configuration/interactionTypes/Meeting', uris.meetingAttended],
    ]);
    expect(await latestOfAnn({ by: 'TYPE', types: ['Meeting'] })).toEqual([
      ['configuration/interactionTypes/Meeting', uris.meetingAttended],
    ]);
  });

  it('gives an entity’s latest interaction per participant it plays', async () => {
    expect(await latestOfAnn({ by: 'PARTICIPANT', types: ['configuration/interactionTypes/Lunch', 'Meeting'] })).toEqual([
      ['configuration/interactionTypes/Lunch/participants/Chefs', uris.lunchCooked4],
      ['configuration/interactionTypes/Lunch/participants/Organizers', uris.lunchOrganized3],
      ['configuration/interactionTypes/Meeting/participants/Participants', uris.meetingAttended],
    ]);
  });

  it('asks the database once for all groups', async () => {
    const { statements } = await service.recordQueries(tenant, () => latestOfAnn({ by: 'PARTICIPANT' }));
    expect(statements.filter((statement) => /FROM "InteractionMember"/.test(statement) && /UNION ALL/.test(statement))).toHaveLength(1);
  });

  it('gives the tenant’s latest interaction per type, within a time range when asked', async () => {
    const latest = async (variables: Record<string, unknown>) =>
      (
        (await service.graphql(tenant, LATEST, variables)).data as {
          latestInteractions: Array<{ group: string; interaction: { uri: string } }>;
        }
      ).latestInteractions.map(({ group, interaction }) => [group, interaction.uri]);
    expect(await latest({ types: ['Lunch', 'Meeting'] })).toEqual([
      ['configuration/interactionTypes/Lunch', uris.bobsLunch],
      ['configuration/interactionTypes/Meeting', uris.meetingAttended],
    ]);
    expect(await latest({ types: ['Lunch'], to: T(4) })).toEqual([['configuration/interactionTypes/Lunch', uris.lunchOrganized3]]);
    expect(await latest({ types: ['Lunch'], from: T(10) })).toEqual([]);
  });

  const latest = async (variables: Record<string, unknown>) => {
    const answer = await service.graphql(tenant, LATEST, variables);
    expect(answer.errors).toBeUndefined();
    return (answer.data as { latestInteractions: Array<{ group: string; interaction: { uri: string } }> }).latestInteractions.map(
      ({ group, interaction }) => [group, interaction.uri],
    );
  };

  it('gives the tenant’s latest interaction per value of an attribute, in one statement, skipping soft-deleted ones', async () => {
    const { result, statements } = await service.recordQueries(tenant, () => latest({ types: ['Lunch'], attribute: 'Place' }));
    expect(result).toEqual([
      ['Rivendell', uris.bobsLunch],
      ['Bree', uris.lunchCooked4],
      ['Shire', uris.lunchOrganized3],
    ]);
    expect(statements.filter((statement) => statement.includes('WITH RECURSIVE'))).toHaveLength(1);
    expect(await latest({ types: ['Lunch'], attribute: 'Place', to: T(4) })).toEqual([['Shire', uris.lunchOrganized3]]);
    // Every type defining the attribute when none is named (Meeting has a Place too, without values here).
    expect(await latest({ attribute: 'Place', from: T(4) })).toEqual([
      ['Rivendell', uris.bobsLunch],
      ['Bree', uris.lunchCooked4],
    ]);

    // A soft-deleted interaction is not the latest of its value: the one before it is, until it is restored.
    await service.graphql(tenant, DELETE, { uris: [uris.lunchOrganized3], mode: 'SOFT' });
    expect(await latest({ types: ['Lunch'], attribute: 'Place' })).toContainEqual(['Shire', uris.lunchOrganized1]);
    await service.graphql(tenant, RESTORE, { uris: [uris.lunchOrganized3] });
    expect(await latest({ types: ['Lunch'], attribute: 'Place' })).toContainEqual(['Shire', uris.lunchOrganized3]);
  });

  it('refuses an attribute of more than 1,000 values rather than walk them all', async () => {
    const many = await demoTenant(service, 'latest-many');
    const people = await service.graphql(many, CREATE_ENTITIES, { entities: [individual('Cy Many')] });
    const person = (people.data as { createEntities: Array<{ uri: string }> }).createEntities[0]!.uri;
    const lunch = (index: number) => ({
      type: 'Lunch',
      timestamp: T(index),
      attributes: [{ name: 'Place', values: [`place ${index}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
    });
    for (const [from, to] of [
      [0, 500],
      [500, 1000],
    ])
      await service.graphql(many, CREATE, { interactions: Array.from({ length: to! - from! }, (_, index) => lunch(from! + index)) });
    const atLimit = await service.graphql(many, LATEST, { types: ['Lunch'], attribute: 'Place' });
    expect((atLimit.data as { latestInteractions: unknown[] }).latestInteractions).toHaveLength(1000);
    // The limit is of all the types asked for together: one Meeting's Place more is over it.
    await service.graphql(many, CREATE, {
      interactions: [{ ...lunch(1000), type: 'Meeting', members: [{ participant: 'Organizers', members: [{ objectURI: person }] }] }],
    });
    const together = await service.graphql(many, LATEST, { attribute: 'Place' });
    expect(together.status).toBe(400);
    expect(together.errors?.[0]?.message).toMatch(/^attribute Place has more than 1000 values in the types asked for together/);
    await service.graphql(many, CREATE, { interactions: [lunch(1000)] });
    const over = await service.graphql(many, LATEST, { types: ['Lunch'], attribute: 'Place' });
    expect(over.status).toBe(400);
    expect(over.errors?.[0]?.message).toMatch(/^attribute Place has more than 1000 values/);
  });

  it('refuses an attribute no type asked for defines', async () => {
    const answer = await service.graphql(tenant, LATEST, { types: ['Lunch'], attribute: 'Colour' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toBe('no interaction type has an attribute Colour');
  });

  it('refuses a type the tenant does not define', async () => {
    const answer = await service.graphql(tenant, LATEST_OF_ENTITY, { uri: ann, by: 'TYPE', types: ['Dragon'] });
    expect(answer.errors?.[0]?.message).toBe('interaction type Dragon is not defined');
  });
});
