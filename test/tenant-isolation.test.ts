// Tenant isolation, as a property over generated scenarios, through the real GraphQL server
// on every tested database. Two tenants A and B hold entities and interactions whose values
// are drawn from small shared pools (so A often holds B's crosswalks, names and attribute
// values too). With A's credential only, the test then tries everything that could reach B:
// reads by B's URIs, lookups and filters by B's values, member references to B's entities by
// URI, crosswalk and attribute mapping, B's crosswalks taken again, updates and deletes of B's
// objects, A's configuration changed, and B named in the x-tenant-id header. B must read
// exactly as before (through B's own credential), its stored rows must be unchanged, and no
// answer A got may carry a URI that is not A's (or that A had not sent itself).
//
// A failure prints fast-check's seed and path: pass them back as `{ seed, path }` in the
// fc.assert options below to replay that very scenario.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES } from './helpers/demo.ts';
import { CREATE_INTERACTIONS, exhibition } from './helpers/interactions.ts';
import {
  CASE_NUMBERS,
  CONTACT_IDS,
  createTenant,
  EMAILS,
  ENTITY_CROSSWALK_VALUES,
  entityAttributes,
  FULL_NAMES,
  HCO_NAMES,
  INTERACTION_CROSSWALK_VALUES,
  MESSAGE_IDS,
  membersOf,
  PLACES,
  rowCounts,
  scenarioArbitrary,
  snapshotOf,
  SOURCES,
  STATUSES,
  storedRowsOf,
  storedUrisOf,
  type CreatedEntity,
  type CreatedTenant,
} from './helpers/isolation-scenario.ts';
import { startTestService, type GraphQLResponse, type TestService, type TypedOperation } from './helpers/test-service.ts';
import { interactionTypeUri, sourceUri } from '../src/modules/uris/uris.ts';
import { graphql } from './generated/operations/index.ts';
import type {
  CreateInteractionsMutation,
  CrosswalkInput,
  InteractionFieldsFragment,
  InteractionInput,
  IsolationEntityTimelineFragment,
  IsolationEntityUriFragment,
  IsolationInteractionMembersFragment,
  IsolationInteractionPageFragment,
  IsolationInteractionUriFragment,
  MemberInput,
  ResultStatus,
} from './generated/operations/graphql.ts';
import type { EntityFilter, InteractionChanges, InteractionFilter, Problem } from './generated/schema-types.ts';

const NUM_RUNS = 15;
/** Aliased fields per request: the service refuses documents of more than MAX_ALIASES (30). */
const ALIASES_PER_REQUEST = 25;
const TIMESTAMP = 1_700_000_000_500;
/** A URI of an entity or interaction, or the start of one of their sub-URIs (attributes, crosswalks, members). */
const OBJECT_URI = /\b(?:entities|interactions)\/[0-9A-Za-z]{12}(?![0-9A-Za-z])/g;

type CreatedInteraction = CreateInteractionsMutation['createInteractions'][number];
/** What the outcome checks read of a create, update or delete result. */
type ItemOutcome = { status: ResultStatus; uri: string | null; errors: ReadonlyArray<Pick<Problem, 'name'>> };
/** A page of entities, of interactions or of an entity's timeline (the same shape): its total and its objects. */
type Page = IsolationInteractionPageFragment;

const urisIn = (text: string): Set<string> => new Set(text.match(OBJECT_URI) ?? []);
const sorted = (values: Iterable<string>) => [...values].sort();
const errorNames = (result: ItemOutcome) => result.errors.map((error) => error.name);

// ---- Operations ----------------------------------------------------------------------------

// What Caller.each asks of every item: its documents are built at run time (one alias per
// item), these fragments are their selections and type their answers.
const ENTITY_TIMELINE = graphql(`
  fragment IsolationEntityTimeline on Entity {
    uri
    interactions(first: 50) {
      totalCount
      nodes {
        uri
      }
    }
  }
`);

const INTERACTION_MEMBERS = graphql(`
  fragment IsolationInteractionMembers on Interaction {
    uri
    members {
      members {
        objectURI
      }
    }
  }
`);

const ENTITY_URI = graphql(`
  fragment IsolationEntityUri on Entity {
    uri
  }
`);

const INTERACTION_URI = graphql(`
  fragment IsolationInteractionUri on Interaction {
    uri
  }
`);

const ENTITY_PAGE = graphql(`
  fragment IsolationEntityPage on EntityConnection {
    totalCount
    nodes {
      uri
    }
  }
`);

const INTERACTION_PAGE = graphql(`
  fragment IsolationInteractionPage on InteractionConnection {
    totalCount
    nodes {
      uri
    }
  }
`);

const ENTITY_CHANGE_RESULT = graphql(`
  fragment IsolationEntityChangeResult on EntityResult {
    index
    uri
    status
    errors {
      code
      name
      message
    }
    object {
      uri
    }
  }
`);

const INTERACTION_CHANGE_RESULT = graphql(`
  fragment IsolationInteractionChangeResult on InteractionResult {
    index
    uri
    status
    errors {
      code
      name
      message
    }
    object {
      uri
    }
  }
`);

const TENANT_CURSORS = graphql(`
  query IsolationTenantCursors {
    entities(first: 20) {
      edges {
        cursor
      }
    }
    interactions(first: 20) {
      edges {
        cursor
      }
    }
  }
`);

const DELETE_INTERACTIONS = graphql(`
  mutation IsolationDeleteInteractions($uris: [String!]!) {
    deleteInteractions(uris: $uris) {
      index
      uri
      status
      errors {
        code
        name
        message
      }
    }
  }
`);

const DELETE_ENTITIES = graphql(`
  mutation IsolationDeleteEntities($uris: [String!]!) {
    deleteEntities(uris: $uris) {
      index
      uri
      status
      errors {
        code
        name
        message
      }
    }
  }
`);

const CHANGE_OWN_CONFIGURATION = graphql(`
  mutation IsolationChangeOwnConfiguration {
    created: createSource(input: { name: "OnlyInA", label: "Only in A" }) {
      ok
      errors {
        name
        message
      }
    }
    updated: updateSource(uri: "configuration/sources/AMA", input: { name: "AMA", label: "Changed by A" }) {
      ok
      errors {
        name
        message
      }
    }
  }
`);

const CREATE_WRITER_KEY = graphql(`
  mutation IsolationCreateWriterKey {
    createApiKey(input: { name: "isolation", role: WRITER }) {
      key
    }
  }
`);

const VIEWER_TENANT = graphql(`
  query IsolationViewerTenant {
    viewer {
      tenant
    }
  }
`);

const TENANT_OVERVIEW = graphql(`
  query IsolationTenantOverview {
    viewer {
      tenant
    }
    entities(first: 50) {
      totalCount
      nodes {
        uri
      }
    }
    interactions(first: 50) {
      totalCount
      nodes {
        uri
      }
    }
  }
`);

const READ_ENTITY_URI = graphql(`
  query IsolationReadEntityUri($uri: String!) {
    entity(uri: $uri) {
      uri
    }
  }
`);

const CREATE_SOURCE_FROM_A = graphql(`
  mutation IsolationCreateSourceFromA {
    createSource(input: { name: "FromA" }) {
      ok
    }
  }
`);

// ---- A's credential ------------------------------------------------------------------

interface Exchange {
  sent: string;
  answer: string;
}

/** Posts as the tenant's admin (or with the headers given) and keeps every request and answer for the leak check. */
class Caller {
  readonly exchanges: Exchange[] = [];

  constructor(
    private readonly service: TestService,
    readonly tenant: string,
  ) {}

  async graphql<Result, Variables>(
    operation: TypedOperation<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Result>> {
    const response = await this.service.graphql(this.tenant, operation, variables, headers);
    this.keep(String(operation), variables, response);
    return response;
  }

  /** The answer's data; throws on any error (these operations are all valid requests). */
  async data<Result, Variables>(operation: TypedOperation<Result, Variables>, variables?: Variables): Promise<Result> {
    const response = await this.graphql(operation, variables);
    if (response.status !== 200 || response.errors || !response.data)
      throw new Error(`${String(operation)} failed: ${JSON.stringify(response)}`);
    return response.data;
  }

  /**
   * Asks `field` once per item, under aliases, in as few requests as the alias limit allows
   * (so A's and B's references are looked up in the same batch), each selecting `fragment`;
   * answers in item order. T is the fragment's type, with `| null` for a nullable field.
   */
  async each<T>(
    operation: 'query' | 'mutation',
    field: string,
    argumentTypes: Record<string, string>,
    items: ReadonlyArray<Record<string, unknown>>,
    fragment: TypedOperation<NonNullable<T>, unknown>,
  ): Promise<T[]> {
    const fragmentText = String(fragment);
    const fragmentName = /fragment\s+(\w+)/.exec(fragmentText)?.[1];
    if (!fragmentName) throw new Error(`not a fragment: ${fragmentText}`);
    const answers: T[] = [];
    for (let start = 0; start < items.length; start += ALIASES_PER_REQUEST) {
      const chunk = items.slice(start, start + ALIASES_PER_REQUEST);
      const declarations: string[] = [];
      const variables: Record<string, unknown> = {};
      const fields = chunk.map((item, index) => {
        const args = Object.entries(argumentTypes).map(([name, type]) => {
          declarations.push(`$${name}${index}: ${type}`);
          variables[`${name}${index}`] = item[name];
          return `${name}: $${name}${index}`;
        });
        return `q${index}: ${field}(${args.join(', ')}) { ...${fragmentName} }`;
      });
      // Built here, so a plain string: its fields are typed by the fragment.
      const query = `${operation}(${declarations.join(', ')}) { ${fields.join('\n')} }\n${fragmentText}`;
      const response = await this.service.graphql(this.tenant, query, variables);
      this.keep(query, variables, response);
      if (response.status !== 200 || response.errors || !response.data) throw new Error(`${query} failed: ${JSON.stringify(response)}`);
      const data = response.data as Record<string, T>;
      answers.push(...chunk.map((_, index) => data[`q${index}`] as T));
    }
    return answers;
  }

  async createInteractions(inputs: InteractionInput[]): Promise<CreatedInteraction[]> {
    if (!inputs.length) return [];
    return (await this.data(CREATE_INTERACTIONS, { interactions: inputs })).createInteractions;
  }

  private keep(query: string, variables: unknown, response: GraphQLResponse<unknown>): void {
    this.exchanges.push({ sent: JSON.stringify({ query, variables }), answer: JSON.stringify(response) });
  }

  /** URIs in the answers that the request asking for them had not sent (an error naming the URI A asked about leaks nothing). */
  urisReceived(): Set<string> {
    const received = new Set<string>();
    for (const { sent, answer } of this.exchanges) {
      const echoed = urisIn(sent);
      for (const uri of urisIn(answer)) if (!echoed.has(uri)) received.add(uri);
    }
    return received;
  }
}

// ---- What A holds ----------------------------------------------------------------------

const key = (sourceUri: string, value: string) => `${sourceUri} ${value}`;

/** A's entities and interactions as A created them: what A's answers must be made of. */
class TenantModel {
  readonly entities: CreatedEntity[];
  readonly interactions: InteractionFieldsFragment[];

  constructor(tenant: CreatedTenant) {
    this.entities = [...tenant.entities];
    this.interactions = [...tenant.interactions];
  }

  get firstIndividual(): string {
    return this.entities.find((entity) => entity.spec.kind === 'Individual')!.uri;
  }

  entityHolding(source: string, value: string): string | null {
    return this.entities.find(({ spec }) => spec.crosswalk.source === source && spec.crosswalk.value === value)?.uri ?? null;
  }

  entitiesWith(attribute: string, value: string): string[] {
    return this.entities.filter(({ spec }) => entityAttributes(spec)[attribute]?.includes(value)).map((entity) => entity.uri);
  }

  entitiesOfKind(kind: 'Individual' | 'HCO'): string[] {
    return this.entities.filter(({ spec }) => spec.kind === kind).map((entity) => entity.uri);
  }

  interactionHolding(sourceUri: string, value: string): string | null {
    return (
      this.interactions.find((interaction) =>
        interaction.crosswalks.some((crosswalk) => key(crosswalk.source.uri, crosswalk.value) === key(sourceUri, value)),
      )?.uri ?? null
    );
  }

  interactionsWhere(matches: (interaction: InteractionFieldsFragment) => boolean): string[] {
    return this.interactions.filter(matches).map((interaction) => interaction.uri);
  }

  /** Interactions the entity is a member of (as `participant`, when given). */
  interactionsWithMember(entityUri: string, participant?: string): string[] {
    return this.interactionsWhere((interaction) =>
      interaction.members.some(
        (group) =>
          (!participant || group.participant.name === participant) && group.members.some((member) => member.objectURI === entityUri),
      ),
    );
  }

  /** Keeps the interactions created (each checked with expectCreated first). */
  record(results: CreatedInteraction[]): void {
    for (const result of results) if (result.status === 'OK') this.interactions.push(result.object!);
  }
}

const hasAttribute = (name: string, value: string) => (interaction: InteractionFieldsFragment) =>
  interaction.attributes.some((attribute) => attribute.name === name && attribute.values.some((stored) => String(stored.value) === value));

// ---- Outcomes of one item --------------------------------------------------------------

function expectSucceeded(result: ItemOutcome, context: string): void {
  expect({ status: result.status, errors: errorNames(result) }, context).toEqual({ status: 'OK', errors: [] });
}

/** The interaction created, failing the test unless the input was. */
function expectCreated(result: CreatedInteraction, context: string): InteractionFieldsFragment {
  expectSucceeded(result, context);
  if (!result.object) throw new Error(`${context}: created, but without its object`);
  return result.object;
}

function expectFailed(result: ItemOutcome, names: string[], context: string): void {
  expect({ status: result.status, uri: result.uri, errors: errorNames(result) }, context).toEqual({
    status: 'FAILED',
    uri: null,
    errors: names,
  });
}

/** A connection's total and URIs, order aside. */
const contents = (connection: Page) => ({
  totalCount: connection.totalCount,
  uris: sorted(connection.nodes.map((node) => node.uri)),
});
const expectedContents = (uris: string[]) => ({ totalCount: uris.length, uris: sorted(uris) });

// ---- The property ------------------------------------------------------------------------

describeEachDatabase('tenant isolation', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  it("nothing done with one tenant's credential reads or changes anything of another tenant", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async (scenario) => {
        const a = await createTenant(service, scenario.a, 'iso-a');
        const b = await createTenant(service, scenario.b, 'iso-b');
        const db = service.database.db;
        const bBefore = { snapshot: await snapshotOf(service, b.id), rows: await storedRowsOf(db, b.id) };
        const bUris = await storedUrisOf(db, b.id);
        const bCursors = await cursorsOf(service, b.id);

        const caller = new Caller(service, a.id);
        const model = new TenantModel(a);
        await readByUri(caller, model, b);
        await resumeFromCursors(caller, model, bCursors);
        await lookUpByValue(caller, model, b);
        await filterByValue(caller, model);
        await referenceByUri(caller, model, b);
        await referenceByValue(caller, model);
        await takeCrosswalksAgain(caller, model, b);
        await updateAndDelete(caller, model, b);
        await changeConfiguration(caller);
        await nameTheOtherTenant(service, caller, b);

        // B reads exactly as before, and its stored rows are the same rows, unchanged.
        expect(await snapshotOf(service, b.id), "B's data as B reads it").toEqual(bBefore.snapshot);
        const bAfter = await storedRowsOf(db, b.id);
        expect(rowCounts(bAfter), "B's row counts").toEqual(rowCounts(bBefore.rows));
        expect(bAfter, "B's stored rows").toEqual(bBefore.rows);

        // Every URI A was answered with (beyond those it sent) is A's own.
        const aUris = await storedUrisOf(db, a.id);
        const foreign = sorted(caller.urisReceived()).filter((uri) => !aUris.has(uri));
        expect(
          foreign.map((uri) => `${uri} (${bUris.has(uri) ? "B's" : "neither tenant's"})`),
          "URIs answered to A that are not A's",
        ).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  }, 600_000);
});

// ---- Attempts made with A's credential ---------------------------------------------------

/** entity(uri), interaction(uri), an entity's timeline and interactions(memberEntity) answer A's objects, and nothing for B's URIs. */
async function readByUri(caller: Caller, model: TenantModel, b: CreatedTenant): Promise<void> {
  const aEntities = model.entities.map((entity) => entity.uri);
  const bEntities = b.entities.map((entity) => entity.uri);
  const entityUris = [...aEntities, ...bEntities];
  const entities = await caller.each<IsolationEntityTimelineFragment | null>(
    'query',
    'entity',
    { uri: 'String!' },
    entityUris.map((uri) => ({ uri })),
    ENTITY_TIMELINE,
  );
  entities.forEach((entity, index) => {
    const uri = entityUris[index]!;
    if (index < aEntities.length)
      expect({ uri: entity?.uri, timeline: entity && contents(entity.interactions) }, `A's entity(uri: ${uri})`).toEqual({
        uri,
        timeline: expectedContents(model.interactionsWithMember(uri)),
      });
    else expect(entity, `entity(uri: ${uri}) of B, with its timeline`).toBeNull();
  });

  const interactionUris = [
    ...model.interactions.map((interaction) => interaction.uri),
    ...b.interactions.map((interaction) => interaction.uri),
  ];
  const interactions = await caller.each<IsolationInteractionMembersFragment | null>(
    'query',
    'interaction',
    { uri: 'String!' },
    interactionUris.map((uri) => ({ uri })),
    INTERACTION_MEMBERS,
  );
  interactions.forEach((interaction, index) => {
    const uri = interactionUris[index]!;
    if (index < model.interactions.length) expect(interaction?.uri, `A's interaction(uri: ${uri})`).toBe(uri);
    else expect(interaction, `interaction(uri: ${uri}) of B`).toBeNull();
  });

  // The member filter, alone and with a participant, for A's entities and B's.
  const filters = entityUris.flatMap((uri) => [{ memberEntity: uri }, { memberEntity: uri, participants: ['Participants'] }]);
  const pages = await caller.each(
    'query',
    'interactions',
    { filter: 'InteractionFilter' },
    filters.map((filter): { filter: InteractionFilter } => ({ filter })),
    INTERACTION_PAGE,
  );
  pages.forEach((page, index) => {
    const { memberEntity, participants } = filters[index]!;
    const expected = bEntities.includes(memberEntity) ? [] : model.interactionsWithMember(memberEntity, participants?.[0]);
    expect(contents(page), `interactions(filter: ${JSON.stringify(filters[index])})`).toEqual(expectedContents(expected));
  });
}

/** Cursors of every entity and interaction page position of the tenant, as its own credential gets them. */
async function cursorsOf(service: TestService, tenant: string): Promise<{ entities: string[]; interactions: string[] }> {
  const response = await service.graphql(tenant, TENANT_CURSORS);
  if (!response.data) throw new Error(`cursors of ${tenant}: ${JSON.stringify(response)}`);
  return {
    entities: response.data.entities.edges.map((edge) => edge.cursor),
    interactions: response.data.interactions.edges.map((edge) => edge.cursor),
  };
}

/** Pages resumed from B's cursors (positions among B's rows) hold A's objects only, and count A's alone. */
async function resumeFromCursors(
  caller: Caller,
  model: TenantModel,
  bCursors: { entities: string[]; interactions: string[] },
): Promise<void> {
  const aEntities = model.entities.map((entity) => entity.uri);
  const entityPages = await caller.each(
    'query',
    'entities',
    { after: 'String' },
    bCursors.entities.map((after) => ({ after })),
    ENTITY_PAGE,
  );
  entityPages.forEach((page, index) => {
    const context = `entities(after: ${bCursors.entities[index]}), a cursor of B`;
    expect(page.totalCount, context).toBe(aEntities.length);
    expect(
      page.nodes.filter((node) => !aEntities.includes(node.uri)),
      context,
    ).toEqual([]);
  });
  const aInteractions = model.interactions.map((interaction) => interaction.uri);
  const pages = bCursors.interactions.flatMap((cursor) => [
    { after: cursor, before: null },
    { after: null, before: cursor },
  ]);
  const interactionPages = await caller.each('query', 'interactions', { after: 'String', before: 'String' }, pages, INTERACTION_PAGE);
  interactionPages.forEach((page, index) => {
    const context = `interactions(${JSON.stringify(pages[index])}), a cursor of B`;
    expect(page.totalCount, context).toBe(aInteractions.length);
    expect(
      page.nodes.filter((node) => !aInteractions.includes(node.uri)),
      context,
    ).toEqual([]);
  });
}

/** entityByCrosswalk and interactionByCrosswalk answer A's holder of the crosswalk, or null: never B's. */
async function lookUpByValue(caller: Caller, model: TenantModel, b: CreatedTenant): Promise<void> {
  const entityKeys = SOURCES.flatMap((source) => ENTITY_CROSSWALK_VALUES.map((value) => ({ source, value })));
  const entities = await caller.each<IsolationEntityUriFragment | null>(
    'query',
    'entityByCrosswalk',
    { source: 'String!', value: 'String!' },
    entityKeys,
    ENTITY_URI,
  );
  entities.forEach((entity, index) => {
    const { source, value } = entityKeys[index]!;
    expect(entity?.uri ?? null, `entityByCrosswalk(${source}, ${value})`).toBe(model.entityHolding(source, value));
  });

  // The pools' values (explicit, and derived from MessageId and CaseNumber) and every crosswalk B holds, generated ones too.
  const interactionKeys = new Map<string, { source: string; value: string }>();
  const addKey = (source: string, value: string) => interactionKeys.set(key(source, value), { source, value });
  for (const source of SOURCES) for (const value of INTERACTION_CROSSWALK_VALUES) addKey(sourceUri(source), value);
  for (const value of MESSAGE_IDS) addKey(sourceUri('Salesforce'), `EmailOpened|${value}`);
  for (const value of CASE_NUMBERS) addKey(sourceUri('Salesforce'), `SupportCase|${value}`);
  for (const interaction of b.interactions) for (const crosswalk of interaction.crosswalks) addKey(crosswalk.source.uri, crosswalk.value);
  const keys = [...interactionKeys.values()];
  const interactions = await caller.each<IsolationInteractionUriFragment | null>(
    'query',
    'interactionByCrosswalk',
    { source: 'String!', value: 'String!' },
    keys,
    INTERACTION_URI,
  );
  interactions.forEach((interaction, index) => {
    const { source, value } = keys[index]!;
    expect(interaction?.uri ?? null, `interactionByCrosswalk(${source}, ${value})`).toBe(model.interactionHolding(source, value));
  });
}

/** entities(filter) and interactions(filter) by every pool value answer exactly A's matching objects, totals included. */
async function filterByValue(caller: Caller, model: TenantModel): Promise<void> {
  const entityFilters: Array<{ filter: EntityFilter | null; expected: string[] }> = [
    { filter: null, expected: model.entities.map((entity) => entity.uri) },
    { filter: { types: ['Individual'] }, expected: model.entitiesOfKind('Individual') },
    { filter: { types: ['configuration/entityTypes/HCO'] }, expected: model.entitiesOfKind('HCO') },
    ...(
      [
        ['FullName', FULL_NAMES],
        ['ContactId', CONTACT_IDS],
        ['Email', EMAILS],
        ['Name', HCO_NAMES],
      ] as const
    ).flatMap(([name, values]) =>
      values.map((value) => ({ filter: { attributes: [{ name, value }] }, expected: model.entitiesWith(name, value) })),
    ),
  ];
  const entityPages = await caller.each('query', 'entities', { filter: 'EntityFilter' }, entityFilters, ENTITY_PAGE);
  entityPages.forEach((page, index) => {
    const { filter, expected } = entityFilters[index]!;
    expect(contents(page), `entities(filter: ${JSON.stringify(filter)})`).toEqual(expectedContents(expected));
  });

  const attributeFilters = (
    [
      ['Place', PLACES],
      ['EXHBT_NAME', HCO_NAMES],
      ['ReceiverContactId', CONTACT_IDS],
      ['MessageId', MESSAGE_IDS],
      ['CaseNumber', CASE_NUMBERS],
      ['Status', STATUSES],
    ] as const
  ).flatMap(([name, values]) => values.map((value) => ({ filter: { attributes: [{ name, value }] }, matches: hasAttribute(name, value) })));
  const interactionFilters: Array<{ filter: InteractionFilter | null; matches: (interaction: InteractionFieldsFragment) => boolean }> = [
    { filter: null, matches: () => true },
    ...['Lunch', 'ExhibitionEvent', 'EmailOpened', 'SupportCase'].map((type) => ({
      filter: { types: [type] },
      matches: (interaction: InteractionFieldsFragment) => interaction.type.uri === interactionTypeUri(type),
    })),
    ...[...SOURCES, 'Default'].map((source) => ({
      filter: { sources: [source] },
      matches: (interaction: InteractionFieldsFragment) =>
        interaction.crosswalks.some((crosswalk) => crosswalk.source.uri === sourceUri(source)),
    })),
    ...attributeFilters,
  ];
  const interactionPages = await caller.each(
    'query',
    'interactions',
    { filter: 'InteractionFilter' },
    interactionFilters,
    INTERACTION_PAGE,
  );
  interactionPages.forEach((page, index) => {
    const { filter, matches } = interactionFilters[index]!;
    expect(contents(page), `interactions(filter: ${JSON.stringify(filter)})`).toEqual(expectedContents(model.interactionsWhere(matches)));
  });
}

/** A Lunch of A organized by A's first individual, with these participants and crosswalks. */
function aLunch(model: TenantModel, participants: MemberInput[], crosswalks?: CrosswalkInput[]): InteractionInput {
  return {
    type: 'Lunch',
    timestamp: TIMESTAMP,
    members: [
      { participant: 'Organizers', members: [{ objectURI: model.firstIndividual }] },
      ...(participants.length ? [{ participant: 'Participants', members: participants }] : []),
    ],
    ...(crosswalks ? { crosswalks } : {}),
  };
}

/** Interactions of A whose members name B's entities by URI fail, each on its own, with MEMBER_NOT_FOUND. */
async function referenceByUri(caller: Caller, model: TenantModel, b: CreatedTenant): Promise<void> {
  const bIndividuals = b.entities.filter((entity) => entity.spec.kind === 'Individual');
  const inputs: InteractionInput[] = [
    ...b.entities.map((entity) => aLunch(model, [{ objectURI: entity.uri }])),
    ...bIndividuals.map((entity) => ({
      type: 'Lunch',
      timestamp: TIMESTAMP,
      members: [{ participant: 'Organizers', members: [{ objectURI: entity.uri }] }],
    })),
    ...bIndividuals.map((entity, index) => ({
      type: 'SupportCase',
      attributes: [
        { name: 'CaseNumber', values: [`by-uri-${index}`] },
        { name: 'Status', values: ['Open'] },
      ],
      members: [{ participant: 'Customer', members: [{ objectURI: entity.uri }] }],
    })),
  ];
  const results = await caller.createInteractions(inputs);
  results.forEach((result, index) =>
    expectFailed(result, ['MEMBER_NOT_FOUND'], `createInteractions in A naming B's entity by URI: ${JSON.stringify(inputs[index])}`),
  );
}

/** Members given by crosswalk or found by attribute mapping resolve to A's entity holding the value, or fail: never to B's. */
async function referenceByValue(caller: Caller, model: TenantModel): Promise<void> {
  const keys = SOURCES.flatMap((source) => ENTITY_CROSSWALK_VALUES.map((value) => ({ source, value })));
  const byCrosswalk = await caller.createInteractions(keys.map((crosswalk) => aLunch(model, [{ crosswalks: [crosswalk] }])));
  byCrosswalk.forEach((result, index) => {
    const { source, value } = keys[index]!;
    const holder = model.entityHolding(source, value);
    const context = `a Lunch of A whose participant is given by crosswalk ${source} ${value}`;
    if (holder) expect(membersOf(expectCreated(result, context), 'Participants'), context).toEqual([holder]);
    else expectFailed(result, ['MEMBER_NOT_FOUND'], context);
  });
  model.record(byCrosswalk);

  // ExhibitionEvent finds its HCO by Name, EmailOpened its Receiver by ContactId (both unique within a tenant).
  const mappings = [
    ...HCO_NAMES.map((name) => ({
      input: exhibition(name),
      participant: 'HCO',
      holder: model.entitiesWith('Name', name)[0] ?? null,
      value: name,
    })),
    ...CONTACT_IDS.map((contactId, index) => ({
      input: {
        type: 'EmailOpened',
        attributes: [
          { name: 'MessageId', values: [`probe-${index}`] },
          { name: 'TimeOpened', values: [TIMESTAMP] },
          { name: 'ReceiverContactId', values: [contactId] },
        ],
      },
      participant: 'Receiver',
      holder: model.entitiesWith('ContactId', contactId)[0] ?? null,
      value: contactId,
    })),
  ];
  const byMapping = await caller.createInteractions(mappings.map((mapping) => mapping.input));
  byMapping.forEach((result, index) => {
    const { participant, holder, value } = mappings[index]!;
    const context = `an interaction of A whose ${participant} is found by attribute mapping from ${value}`;
    if (holder) expect(membersOf(expectCreated(result, context), participant), context).toEqual([holder]);
    else expectFailed(result, ['MAPPED_VALUE_MATCHED_NO_ENTITY'], context);
  });
  model.record(byMapping);
}

/**
 * B's crosswalks are free in A: an interaction or entity of A may take one (derived from B's
 * id attribute values, or given explicitly), unless A itself holds it, and then the conflict
 * names A's holder.
 */
async function takeCrosswalksAgain(caller: Caller, model: TenantModel, b: CreatedTenant): Promise<void> {
  const holderBy = (attribute: string, value: string) => model.interactionsWhere(hasAttribute(attribute, value))[0] ?? null;
  const bValuesOf = (attribute: string) =>
    b.interactions.flatMap((interaction) =>
      interaction.attributes
        .filter((stored) => stored.name === attribute)
        .flatMap((stored) => stored.values.map((value) => String(value.value))),
    );
  const derived = [
    ...bValuesOf('MessageId').map((messageId) => ({
      input: {
        type: 'EmailOpened',
        attributes: [
          { name: 'MessageId', values: [messageId] },
          { name: 'TimeOpened', values: [TIMESTAMP] },
        ],
      },
      holder: holderBy('MessageId', messageId),
      what: `MessageId ${messageId}`,
    })),
    ...bValuesOf('CaseNumber').map((caseNumber) => ({
      input: {
        type: 'SupportCase',
        attributes: [
          { name: 'CaseNumber', values: [caseNumber] },
          { name: 'Status', values: ['Open'] },
        ],
        members: [{ participant: 'Customer', members: [{ objectURI: model.firstIndividual }] }],
      },
      holder: holderBy('CaseNumber', caseNumber),
      what: `CaseNumber ${caseNumber}`,
    })),
  ];
  const derivedResults = await caller.createInteractions(derived.map((item) => item.input));
  derivedResults.forEach((result, index) =>
    expectCrosswalkOutcome(result, derived[index]!.holder, `an interaction of A with B's ${derived[index]!.what}`),
  );
  model.record(derivedResults);

  const bCrosswalks = b.interactions.flatMap((interaction) =>
    interaction.crosswalks.map((crosswalk) => ({ source: crosswalk.source.uri, value: crosswalk.value })),
  );
  const explicit = await caller.createInteractions(bCrosswalks.map((crosswalk) => aLunch(model, [], [crosswalk])));
  explicit.forEach((result, index) => {
    const { source, value } = bCrosswalks[index]!;
    expectCrosswalkOutcome(result, model.interactionHolding(source, value), `a Lunch of A with B's crosswalk ${source} ${value}`);
  });
  model.record(explicit);

  const entityCrosswalks = b.entities.map((entity) => entity.spec.crosswalk);
  const entities = (
    await caller.data(CREATE_ENTITIES, {
      entities: entityCrosswalks.map((crosswalk) => ({
        type: 'Individual',
        attributes: [{ name: 'FullName', values: ['Probe of A'] }],
        crosswalks: [crosswalk],
      })),
      options: { returnObjects: false },
    })
  ).createEntities;
  entities.forEach((result, index) => {
    const { source, value } = entityCrosswalks[index]!;
    const context = `an entity of A with B's crosswalk ${source} ${value}`;
    if (model.entityHolding(source, value)) expectFailed(result, ['ENTITY_CROSSWALK_ALREADY_EXISTS'], context);
    else expectSucceeded(result, context);
  });
}

/** Created, or refused as a 536 naming A's own holder of the crosswalk. */
function expectCrosswalkOutcome(result: CreatedInteraction, holder: string | null, context: string): void {
  if (!holder) {
    expectCreated(result, context);
    return;
  }
  expectFailed(result, ['CROSSWALK_ALREADY_EXISTS'], context);
  expect(result.errors[0]!.existingUri, `${context}: existingUri`).toBe(holder);
}

/** A change that would apply to an interaction of its type, were it found (some take A's entities as members). */
function changeOf(interaction: InteractionFieldsFragment, model: TenantModel): InteractionChanges {
  switch (interaction.type.uri) {
    case interactionTypeUri('ExhibitionEvent'):
      return { attributes: [{ name: 'EXHBT_NAME', values: [HCO_NAMES[0]!] }] };
    case interactionTypeUri('EmailOpened'):
      return { attributes: [{ name: 'ReceiverContactId', values: [CONTACT_IDS[0]!] }] };
    case interactionTypeUri('SupportCase'):
      return {
        attributes: [{ name: 'Status', values: ['Changed by A'] }],
        members: [{ participant: 'Customer', members: [{ objectURI: model.firstIndividual }] }],
      };
    default:
      return {
        attributes: [{ name: 'Place', values: ['Changed by A'] }],
        members: [{ participant: 'Participants', members: [{ objectURI: model.firstIndividual }] }],
      };
  }
}

/** updateEntity, updateInteraction, deleteInteractions and deleteEntities of B's URIs fail with OBJECT_NOT_FOUND; A's activities cannot take B's entities. */
async function updateAndDelete(caller: Caller, model: TenantModel, b: CreatedTenant): Promise<void> {
  const entityUpdates = b.entities.map((entity) => ({
    uri: entity.uri,
    attributes: [{ name: entity.spec.kind === 'HCO' ? 'Name' : 'FullName', values: ['Changed by A'] }],
    addCrosswalks: [{ source: 'MDM', value: `from-A-${entity.uri}` }],
  }));
  const updatedEntities = await caller.each(
    'mutation',
    'updateEntity',
    { uri: 'String!', attributes: '[AttributeInput!]', addCrosswalks: '[CrosswalkInput!]' },
    entityUpdates,
    ENTITY_CHANGE_RESULT,
  );
  updatedEntities.forEach((result, index) =>
    expectFailed(result, ['OBJECT_NOT_FOUND'], `updateEntity(${JSON.stringify(entityUpdates[index])}) of B's entity`),
  );

  const interactionUpdates = b.interactions.map((interaction) => ({ uri: interaction.uri, changes: changeOf(interaction, model) }));
  const updatedInteractions = await caller.each(
    'mutation',
    'updateInteraction',
    { uri: 'String!', changes: 'InteractionChanges!' },
    interactionUpdates,
    INTERACTION_CHANGE_RESULT,
  );
  updatedInteractions.forEach((result, index) =>
    expectFailed(result, ['OBJECT_NOT_FOUND'], `updateInteraction(${JSON.stringify(interactionUpdates[index])}) of B's interaction`),
  );

  // A's own activities, changed to have B's individuals as their customer.
  const activities = model.interactions.filter((interaction) => interaction.type.uri === interactionTypeUri('SupportCase'));
  const bIndividual = b.entities.find((entity) => entity.spec.kind === 'Individual')!.uri;
  const takeovers = activities.map((activity): { uri: string; changes: InteractionChanges } => ({
    uri: activity.uri,
    changes: { members: [{ participant: 'Customer', members: [{ objectURI: bIndividual }] }] },
  }));
  const tookOver = await caller.each(
    'mutation',
    'updateInteraction',
    { uri: 'String!', changes: 'InteractionChanges!' },
    takeovers,
    INTERACTION_CHANGE_RESULT,
  );
  tookOver.forEach((result, index) =>
    expectFailed(result, ['MEMBER_NOT_FOUND'], `updateInteraction(${JSON.stringify(takeovers[index])}) of A's activity`),
  );

  const bInteractions = b.interactions.map((interaction) => interaction.uri);
  const deletedInteractions = (await caller.data(DELETE_INTERACTIONS, { uris: bInteractions })).deleteInteractions;
  deletedInteractions.forEach((result, index) =>
    expectFailed(result, ['OBJECT_NOT_FOUND'], `deleteInteractions of B's ${bInteractions[index]}`),
  );

  const bEntities = b.entities.map((entity) => entity.uri);
  const deletedEntities = (await caller.data(DELETE_ENTITIES, { uris: bEntities })).deleteEntities;
  deletedEntities.forEach((result, index) => expectFailed(result, ['OBJECT_NOT_FOUND'], `deleteEntities of B's ${bEntities[index]}`));
}

/** A changes its own configuration (B's, checked at the end, must not move). */
async function changeConfiguration(caller: Caller): Promise<void> {
  const changed = await caller.data(CHANGE_OWN_CONFIGURATION);
  expect(changed, "A's own configuration changes").toEqual({ created: { ok: true, errors: [] }, updated: { ok: true, errors: [] } });
}

/** Naming B in x-tenant-id with any credential of A (JWTs of every role, an operator's of A alone, an API key) is refused with 403 before anything runs. */
async function nameTheOtherTenant(service: TestService, caller: Caller, b: CreatedTenant): Promise<void> {
  const { createApiKey } = await caller.data(CREATE_WRITER_KEY);
  const credentials: Record<string, Record<string, string>> = {
    'admin JWT': await service.as(caller.tenant, { sub: `admin@${caller.tenant}` }),
    'writer JWT': await service.as(caller.tenant, { sub: `writer@${caller.tenant}`, roles: ['writer'] }),
    'reader JWT': await service.as(caller.tenant, { sub: `reader@${caller.tenant}`, roles: ['reader'] }),
    'operator JWT of A alone': await service.as(caller.tenant, { sub: `operator@${caller.tenant}`, roles: ['operator'] }),
    'writer API key': { authorization: `Bearer ${createApiKey.key}` },
  };
  /** An operation and its variables, sent with the headers given. */
  const request = <Result, Variables>(operation: TypedOperation<Result, Variables>, variables?: Variables) => ({
    operation: String(operation),
    send: (headers: Record<string, string>) => caller.graphql(operation, variables, headers),
  });
  const requests = [
    request(TENANT_OVERVIEW),
    request(READ_ENTITY_URI, { uri: b.entities[0]!.uri }),
    request(DELETE_INTERACTIONS, { uris: b.interactions.map((interaction) => interaction.uri) }),
    request(DELETE_ENTITIES, { uris: b.entities.map((entity) => entity.uri) }),
    request(CREATE_SOURCE_FROM_A),
  ];
  for (const [name, credential] of Object.entries(credentials)) {
    // The header names A: accepted, so a refusal below is about naming B.
    const own = await caller.graphql(VIEWER_TENANT, undefined, { ...credential, 'x-tenant-id': caller.tenant });
    expect({ status: own.status, data: own.data }, `${name} naming A`).toEqual({
      status: 200,
      data: { viewer: { tenant: caller.tenant } },
    });
    for (const { operation, send } of requests) {
      const response = await send({ ...credential, 'x-tenant-id': b.id });
      expect(
        { status: response.status, code: response.errors?.[0]?.extensions?.code, data: response.data },
        `${name} of A naming B in x-tenant-id: ${operation}`,
      ).toEqual({ status: 403, code: 'FORBIDDEN', data: undefined });
    }
  }
}
