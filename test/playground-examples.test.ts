// The playground's example tabs run as a visitor runs them, in a tenant with the demo
// configuration the quick start gives: each operation of each tab, in the order its comments
// say, against the real service. Their comments promise what they do; these tests hold them to it.
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PLAYGROUND_EXAMPLES } from '../src/http/playground/examples.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

/** Every operation of the tabs by name, each alone, with its tab's variables. */
const EXAMPLES = new Map(
  PLAYGROUND_EXAMPLES.flatMap((example) =>
    parse(example.query)
      .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => [operation.name!.value, { query: print(operation), variables: example.variables }] as const),
  ),
);

interface CreateResult {
  uri: string;
  status: string;
  object: { members: unknown[] };
}

interface TimelinePage {
  interactions: {
    pageInfo: { hasNextPage: boolean; endCursor: string; startCursor: string };
    edges: Array<{ node: { uri: string } }>;
  };
}

describeEachDatabase('playground examples, run', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /** Runs one example operation, failing on any error; its answer's data, typed by the caller. */
  async function run<Data>(tenant: string, name: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const example = EXAMPLES.get(name);
    if (!example) throw new Error(`no example named ${name}`);
    const response = await service.graphql(tenant, example.query, { ...example.variables, ...variables });
    expect(response.errors, name).toBeUndefined();
    return response.data as Data;
  }
  const created = async (tenant: string, name: string) =>
    (await run<{ createInteractions: CreateResult[] }>(tenant, name)).createInteractions[0]!;

  it('shows the Lunch configuration, creates the Lunch after its members, and walks the organizer’s timeline both ways', async () => {
    const tenant = await demoTenant(service, 'playground');
    const { interactionType } = await run<{ interactionType: unknown }>(tenant, 'InteractionTypeConfiguration');
    expect(interactionType).toMatchObject({
      name: 'Lunch',
      participants: expect.arrayContaining([expect.objectContaining({ name: 'Organizers' })]),
    });

    const { createEntities } = await run<{ createEntities: CreateResult[] }>(tenant, 'CreateLunchMembers');
    expect(createEntities.map((result) => result.status)).toEqual(['OK', 'OK']);
    const lunches: string[] = [];
    for (let count = 0; count < 7; count++) {
      const lunch = await created(tenant, 'CreateLunch');
      expect(lunch, JSON.stringify(lunch)).toMatchObject({ status: 'OK', errors: [] });
      expect(lunch.object.members).toEqual(
        expect.arrayContaining([{ participant: { name: 'Organizers' }, members: [expect.objectContaining({ label: 'Bilbo Baggins' })] }]),
      );
      lunches.push(lunch.uri);
    }

    // The tab's variables give the first 5; its comment says how to walk on and back.
    const timeline = async (variables: Record<string, unknown> = {}) =>
      (await run<{ entityByCrosswalk: TimelinePage }>(tenant, 'EntityTimeline', variables)).entityByCrosswalk;
    const first = await timeline();
    expect(first).toMatchObject({ label: 'Bilbo Baggins', interactions: { totalCount: 7, pageInfo: { hasNextPage: true } } });
    expect(first.interactions.edges).toHaveLength(5);
    const next = await timeline({ after: first.interactions.pageInfo.endCursor });
    expect(next.interactions.edges).toHaveLength(2);
    expect(next.interactions.pageInfo.hasNextPage).toBe(false);
    const back = await timeline({ first: null, last: 5, before: next.interactions.pageInfo.startCursor });
    const uris = (page: TimelinePage) => page.interactions.edges.map((edge) => edge.node.uri);
    expect(uris(back)).toEqual(uris(first));
    expect(new Set([...uris(first), ...uris(next)])).toEqual(new Set(lunches));
  });

  it('refuses the second run of ReplayEmailOpened with 536, naming the first and calling it identical', async () => {
    const tenant = await demoTenant(service, 'playground');
    const first = await created(tenant, 'ReplayEmailOpened');
    expect(first).toMatchObject({ status: 'OK', successful: true });
    expect(await created(tenant, 'ReplayEmailOpened')).toMatchObject({
      successful: false,
      errors: [{ code: 536, name: 'CROSSWALK_ALREADY_EXISTS', existingUri: first.uri, identicalToExisting: true }],
    });
  });
});
