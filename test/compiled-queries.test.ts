// Queries run by graphql-js the first time the service sees their document and compiled
// (graphql-jit) from the second (src/graphql/compiled-execution.ts): every answer must be the
// same either way, nested pages, variables left to their defaults, @include and @skip,
// fragments and aliases, input objects, and errors with their codes and paths included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { createDemoPeople, createInteractions } from './helpers/interactions.ts';
import { startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';

const LUNCH = 'configuration/interactionTypes/Lunch';

const TIMELINE_WITH_ENTITIES = `query CompiledTimelineWithEntities($entity: String!, $first: Int) {
  entity(uri: $entity) {
    uri label
    interactions(first: $first) {
      totalCount
      edges {
        cursor
        participants { name }
        node {
          uri timestamp type { name }
          attributes { name values { uri value } }
          members {
            uri participant { name }
            members { objectURI type label entity { uri label attributes { name values { value } } crosswalks { value } } }
          }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

const TIMELINE_WITH_LABELS = `query CompiledTimelineWithLabels($entity: String!, $filter: InteractionFilter) {
  entity(uri: $entity) {
    interactions(first: 10, filter: $filter) { nodes { uri members { members { objectURI type label } } } }
  }
}`;

const DEFAULTS_AND_DIRECTIVES = `query CompiledDefaults($uri: String! = "${LUNCH}", $show: Boolean! = false) {
  interactionType(uri: $uri) {
    name
    attributes @include(if: $show) { name valueType }
    participants @skip(if: $show) { name minOccurs }
  }
}`;

const FRAGMENTS_AND_ALIASES = `fragment CompiledTypeParts on InteractionType { name attributes { name multiValued } }
query CompiledFragments {
  lunch: interactionType(uri: "${LUNCH}") { ...CompiledTypeParts }
  meeting: interactionType(uri: "configuration/interactionTypes/Meeting") { ...CompiledTypeParts label }
  missing: interactionType(uri: "configuration/interactionTypes/Nothing") { name }
}`;

const PARTIAL_ERRORS = `query CompiledErrors($entity: String!) {
  viewer { role }
  absent: interaction(uri: "interactions/doesnotexist") { uri }
  entity(uri: $entity) { interactions(first: 2, after: "not-a-cursor") { nodes { uri } } }
}`;

const LOOKAHEAD_AND_TYPENAME = `query CompiledTypename($entity: String!) {
  __typename
  entity(uri: $entity) { __typename interactions(first: 2) { nodes { __typename uri members { __typename members { objectURI } } } } }
}`;

describeEachDatabase('compiled queries', (provider) => {
  let service: TestService;
  let tenant: string;
  let john: string;
  beforeAll(async () => {
    service = await startTestService(provider);
    tenant = await demoTenant(service, 'compiled');
    const people = await createDemoPeople(service, tenant);
    john = people.john;
    const results = await createInteractions(
      service,
      tenant,
      Array.from({ length: 4 }, (_, index) => ({
        type: LUNCH,
        timestamp: 1_600_000_000_000 + index * 60_000,
        attributes: [
          { name: 'Place', values: [`Place ${index}`] },
          { name: 'Notes', values: ['first', 'second'] },
        ],
        members: [
          { participant: 'Organizers', members: [{ objectURI: people.john }] },
          { participant: 'Chefs', members: [{ objectURI: people.ann }] },
          { participant: 'Participants', members: [{ objectURI: people.john }, { objectURI: people.hco }] },
        ],
      })),
    );
    expect(results.map((result) => result.status)).toEqual(['OK', 'OK', 'OK', 'OK']);
  });
  afterAll(() => service?.stop());

  /** The same operation three times: the first answer by graphql-js, the others compiled; all three alike. */
  async function sameAnswerEachRun(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    const answers: GraphQLResponse[] = [];
    for (let run = 0; run < 3; run++) {
      const { status, data, errors } = await service.graphql(tenant, query, variables);
      // Request ids differ by request, as they should.
      answers.push({
        status,
        data,
        errors: errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, requestId: 'id' } })),
      });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    return answers[0]!;
  }

  it('answers a timeline page with members, entities, edges and cursors alike', async () => {
    const first = await sameAnswerEachRun(TIMELINE_WITH_ENTITIES, { entity: john, first: 3 });
    expect(first.status).toBe(200);
    expect(first.errors).toBeUndefined();
    const page = (first.data as { entity: { interactions: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }).entity.interactions;
    expect(page.edges).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('answers members with their labels, and a filter given as an input object, alike', async () => {
    const all = await sameAnswerEachRun(TIMELINE_WITH_LABELS, { entity: john });
    expect(JSON.stringify(all.data)).toContain('"label":"Ann Roman"');
    const filtered = await sameAnswerEachRun(TIMELINE_WITH_LABELS, {
      entity: john,
      filter: { types: ['configuration/interactionTypes/Meeting'] },
    });
    expect(filtered.data).toEqual({ entity: { interactions: { nodes: [] } } });
  });

  it('takes the defaults of variables not sent and the @include / @skip they decide', async () => {
    const defaults = await sameAnswerEachRun(DEFAULTS_AND_DIRECTIVES);
    expect(defaults).toMatchObject({ status: 200, data: { interactionType: { name: 'Lunch', participants: expect.any(Array) } } });
    expect(defaults.data).not.toHaveProperty('interactionType.attributes');
    const shown = await sameAnswerEachRun(DEFAULTS_AND_DIRECTIVES, { show: true });
    expect(shown.data).toHaveProperty('interactionType.attributes');
    expect(shown.data).not.toHaveProperty('interactionType.participants');
  });

  it('answers fragments and aliases alike, an absent object as null', async () => {
    const answer = await sameAnswerEachRun(FRAGMENTS_AND_ALIASES);
    expect(answer.data).toMatchObject({ lunch: { name: 'Lunch' }, meeting: { name: 'Meeting' }, missing: null });
  });

  it('answers errors alike: the same codes and paths beside the data that could be read', async () => {
    const answer = await sameAnswerEachRun(PARTIAL_ERRORS, { entity: john });
    expect(answer.data).toEqual({ viewer: { role: 'ADMIN' }, absent: null, entity: null });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['entity', 'interactions'], 'BAD_REQUEST']]);
  });

  it('answers __typename at every level alike', async () => {
    const answer = await sameAnswerEachRun(LOOKAHEAD_AND_TYPENAME, { entity: john });
    expect(answer.data).toMatchObject({ __typename: 'Query', entity: { __typename: 'Entity' } });
  });

  it('refuses a variable of the wrong type in graphql-js words, run after run', async () => {
    const answer = await sameAnswerEachRun(TIMELINE_WITH_ENTITIES, { entity: john, first: 'three' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/Variable "\$first" got invalid value "three"; Int cannot represent non-integer value/);
  });
});
