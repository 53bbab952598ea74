import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { createEntitiesOrThrow, createInteractions } from './helpers/interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type {
  CreateInteractionsMutation,
  CreateOptions,
  InteractionFilter,
  InteractionInput,
  InteractionsReadTimelineNodeFragment,
  InteractionsReadTimelinePageQueryVariables,
} from './generated/operations/graphql.ts';

/** What a timeline page gives of each interaction: the walk orders them by (timestamp, id). */
graphql(`
  fragment InteractionsReadTimelineNode on Interaction {
    uri
    timestamp
  }
`);

const TIMELINE = graphql(`
  query InteractionsReadTimelinePage(
    $uri: String!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $order: TimestampOrder
    $filter: InteractionFilter
  ) {
    entity(uri: $uri) {
      interactions(first: $first, after: $after, last: $last, before: $before, order: $order, filter: $filter) {
        totalCount
        edges {
          cursor
          node {
            ...InteractionsReadTimelineNode
          }
          participants {
            name
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

// The same timeline page twice: with the members' URIs only, then with the members' labels
// and the participants the entity plays (edges).
const TIMELINE_MEMBER_URIS = graphql(`
  query InteractionsReadTimelineMemberUris($uri: String!) {
    entity(uri: $uri) {
      interactions(first: 10) {
        nodes {
          uri
          members {
            members {
              objectURI
            }
          }
        }
      }
    }
  }
`);

const TIMELINE_MEMBER_LABELS = graphql(`
  query InteractionsReadTimelineMemberLabels($uri: String!) {
    entity(uri: $uri) {
      interactions(first: 10) {
        edges {
          participants {
            name
          }
          node {
            uri
            members {
              members {
                objectURI
                label
              }
            }
          }
        }
      }
    }
  }
`);

const LIST = graphql(`
  query InteractionsReadFilteredList($filter: InteractionFilter) {
    interactions(filter: $filter, first: 10) {
      totalCount
      nodes {
        timestamp
        type {
          name
        }
      }
    }
  }
`);

const UNKNOWN_TYPE_FILTER = graphql(`
  query InteractionsReadUnknownTypeFilter {
    interactions(filter: { types: ["Nope"] }) {
      totalCount
    }
  }
`);

const DEEP = graphql(`
  query InteractionsReadDeepPage($first: Int) {
    interactions(first: $first) {
      totalCount
      nodes {
        uri
        timestamp
        type {
          name
          participants {
            name
          }
        }
        crosswalks {
          value
          source {
            name
          }
        }
        attributes {
          name
          values {
            value
          }
        }
        members {
          participant {
            name
          }
          members {
            objectURI
            label
            type
            entity {
              uri
              label
              attributes {
                name
                values {
                  value
                }
              }
              crosswalks {
                value
              }
            }
          }
        }
      }
    }
  }
`);

const DELETE = graphql(`
  mutation InteractionsReadDelete($uris: [String!]!) {
    deleteInteractions(uris: $uris) {
      index
      uri
      status
      errors {
        name
      }
    }
  }
`);

const DELETED_LOOKUPS = graphql(`
  query InteractionsReadDeletedLookups($uri: String!) {
    interaction(uri: $uri) {
      uri
    }
    interactionByCrosswalk(source: "AMA", value: "TEST") {
      uri
    }
  }
`);

const UPDATE = graphql(`
  mutation InteractionsReadUpdate($uri: String!, $changes: InteractionChanges!) {
    updateInteraction(uri: $uri, changes: $changes) {
      uri
      status
      errors {
        code
        name
        path
      }
      object {
        timestamp
        createdTime
        updatedTime
        updatedBy
        attributes {
          name
          values {
            value
          }
        }
        members {
          participant {
            name
          }
          members {
            objectURI
          }
        }
        crosswalks {
          value
        }
      }
    }
  }
`);

const READ_TIMESTAMP_AND_ATTRIBUTES = graphql(`
  query InteractionsReadTimestampAndAttributes($uri: String!) {
    interaction(uri: $uri) {
      timestamp
      attributes {
        name
        values {
          value
        }
      }
    }
  }
`);

const UPDATE_STATUS = graphql(`
  mutation InteractionsReadUpdateStatus($uri: String!, $changes: InteractionChanges!) {
    updateInteraction(uri: $uri, changes: $changes) {
      status
      errors {
        name
      }
    }
  }
`);

const READ_ATTRIBUTES_AND_MEMBERS = graphql(`
  query InteractionsReadAttributesAndMembers($uri: String!) {
    interaction(uri: $uri) {
      attributes {
        name
        values {
          value
        }
      }
      members {
        members {
          objectURI
        }
      }
    }
  }
`);

const CHANGE_CASE_NUMBER = graphql(`
  mutation InteractionsReadChangeCaseNumber($uri: String!) {
    updateInteraction(uri: $uri, changes: { attributes: [{ name: "CaseNumber", values: ["C-2"] }] }) {
      status
      errors {
        code
        name
      }
    }
  }
`);

const CASE_BY_CROSSWALK = graphql(`
  query InteractionsReadCaseByCrosswalk {
    interactionByCrosswalk(source: "Salesforce", value: "SupportCase|C-1") {
      attributes {
        name
        values {
          value
        }
      }
    }
  }
`);

const HIDDEN_ATTRIBUTES = graphql(`
  query InteractionsReadHiddenAttributes($uri: String!, $entity: String!) {
    interaction(uri: $uri) {
      attributes {
        name
      }
      all: attributes(includeHidden: true) {
        name
        values {
          value
        }
      }
    }
    interactions(first: 1) {
      nodes {
        attributes {
          name
        }
      }
    }
    entity(uri: $entity) {
      interactions(first: 1) {
        nodes {
          attributes {
            name
          }
        }
      }
    }
  }
`);

describeEachDatabase('reading, changing and deleting interactions', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  function entities(tenant: string, count: number): Promise<string[]> {
    return createEntitiesOrThrow(
      service,
      tenant,
      Array.from({ length: count }, (_, index) => individual(`Person ${index}`)),
    );
  }

  const create = (tenant: string, interactions: InteractionInput[], options?: CreateOptions) =>
    createInteractions(service, tenant, interactions, options);

  /** Creates one interaction, failing the test unless it is created; returns its URI. */
  async function createOne(tenant: string, interaction: InteractionInput): Promise<string> {
    const [result] = await create(tenant, [interaction]);
    if (result?.status !== 'OK' || !result.uri) throw new Error(`interaction not created: ${JSON.stringify(result)}`);
    return result.uri;
  }

  /** A page of the entity's timeline; throws unless the entity is there to have one. */
  async function timeline(tenant: string, variables: InteractionsReadTimelinePageQueryVariables) {
    const response = await service.graphql(tenant, TIMELINE, variables);
    const connection = response.data?.entity?.interactions;
    if (!connection) throw new Error(`no timeline: ${JSON.stringify(response)}`);
    return connection;
  }

  const lunch = (organizer: string, timestamp: number, extra: Partial<InteractionInput> = {}): InteractionInput => ({
    type: 'Lunch',
    timestamp,
    attributes: [{ name: 'Place', values: [`Place ${timestamp}`] }],
    members: [{ participant: 'Organizers', members: [{ objectURI: organizer }] }],
    ...extra,
  });

  it('walks a 1,000-interaction timeline page by page both ways, each interaction once and in order, while others are added', async () => {
    const tenant = await demoTenant(service);
    const [person, other] = await entities(tenant, 2);
    // Timestamps repeat (every 3) so the id breaks ties: the order is (timestamp, id).
    const originals: CreateInteractionsMutation['createInteractions'] = [];
    for (let start = 0; start < 1000; start += 500) {
      const batch = Array.from({ length: 500 }, (_, offset) => lunch(person!, 1_600_000_000_000 + Math.floor((start + offset) / 3) * 1000));
      originals.push(...(await create(tenant, batch, { returnObjects: false })));
    }
    expect(originals.every((result) => result.status === 'OK')).toBe(true);
    const walk = async (direction: 'forward' | 'backward') => {
      const seen: InteractionsReadTimelineNodeFragment[] = [];
      let cursor: string | null = null;
      let page = 0;
      for (;;) {
        const variables: InteractionsReadTimelinePageQueryVariables =
          direction === 'forward'
            ? { uri: person!, first: 64, after: cursor, order: 'ASC' }
            : { uri: person!, last: 64, before: cursor, order: 'ASC' };
        const connection = await timeline(tenant, variables);
        const nodes = connection.edges.map((edge) => edge.node);
        seen.push(...(direction === 'forward' ? nodes : [...nodes].reverse()));
        // Others are added while the walk goes on: behind the cursor, ahead of it, at the very
        // timestamp of the cursor (the id decides), and to another entity.
        if (page++ % 3 === 0) {
          const cursorTime = nodes.at(-1)?.timestamp ?? 1_600_000_000_000;
          await create(tenant, [
            lunch(person!, 1_500_000_000_000 + page),
            lunch(person!, 1_700_000_000_000 + page),
            lunch(person!, cursorTime),
            lunch(other!, 1_600_000_000_000 + page * 1000),
          ]);
        }
        const more = direction === 'forward' ? connection.pageInfo.hasNextPage : connection.pageInfo.hasPreviousPage;
        if (!more) break;
        cursor = direction === 'forward' ? connection.pageInfo.endCursor : connection.pageInfo.startCursor;
      }
      return seen;
    };
    const forward = await walk('forward');
    const originalUris = new Set(originals.map((result) => result.uri));
    const original = forward.filter((node) => originalUris.has(node.uri));
    expect(original).toHaveLength(1000);
    expect(new Set(original.map((node) => node.uri)).size).toBe(1000);
    expect(new Set(forward.map((node) => node.uri)).size).toBe(forward.length);
    const key = (node: InteractionsReadTimelineNodeFragment) => [node.timestamp, node.uri.slice('interactions/'.length)] as const;
    for (let index = 1; index < forward.length; index++) {
      const [previous, current] = [key(forward[index - 1]!), key(forward[index]!)];
      expect(previous[0] < current[0] || (previous[0] === current[0] && previous[1] < current[1])).toBe(true);
    }
    const backward = await walk('backward');
    const originalBackward = backward.filter((node) => originalUris.has(node.uri));
    expect(new Set(backward.map((node) => node.uri)).size).toBe(backward.length);
    expect(originalBackward.map((node) => node.uri)).toEqual([...original.map((node) => node.uri)].reverse());
  });

  it('lists interactions by type, time range, participant, source and attribute value, newest first by default', async () => {
    const tenant = await demoTenant(service);
    const [a, b] = await entities(tenant, 2);
    await create(tenant, [
      lunch(a!, 1000, { crosswalks: [{ source: 'AMA', value: 'L1' }] }),
      lunch(b!, 2000),
      lunch(a!, 3000, {
        members: [
          { participant: 'Organizers', members: [{ objectURI: b }] },
          { participant: 'Chefs', members: [{ objectURI: a }] },
        ],
      }),
      {
        type: 'Meeting',
        timestamp: 2500,
        attributes: [{ name: 'Place', values: ['Office'] }],
        members: [{ participant: 'Organizers', members: [{ objectURI: a }] }],
      },
    ]);
    const list = async (filter: InteractionFilter | null) => {
      const { data, errors } = await service.graphql(tenant, LIST, { filter });
      if (errors || !data) throw new Error(JSON.stringify(errors));
      return {
        total: data.interactions.totalCount,
        timestamps: data.interactions.nodes.map((node) => node.timestamp),
      };
    };
    expect(await list(null)).toEqual({ total: 4, timestamps: [3000, 2500, 2000, 1000] });
    expect(await list({ types: ['Lunch'] })).toEqual({ total: 3, timestamps: [3000, 2000, 1000] });
    expect(await list({ types: ['configuration/interactionTypes/Lunch'], from: 1500, to: 3000 })).toEqual({ total: 1, timestamps: [2000] });
    expect(await list({ memberEntity: a })).toEqual({ total: 3, timestamps: [3000, 2500, 1000] });
    expect(await list({ memberEntity: a, participants: ['Chefs'] })).toEqual({ total: 1, timestamps: [3000] });
    expect(await list({ participants: ['Chefs'] })).toEqual({ total: 1, timestamps: [3000] });
    expect(await list({ sources: ['AMA'] })).toEqual({ total: 1, timestamps: [1000] });
    expect(await list({ attributes: [{ name: 'Place', value: 'Office' }] })).toEqual({ total: 1, timestamps: [2500] });
    const unknown = await service.graphql(tenant, UNKNOWN_TYPE_FILTER);
    expect(unknown.status).toBe(400);

    const { edges } = await timeline(tenant, { uri: a!, first: 10 });
    expect(edges.map((edge) => [edge.node.timestamp, edge.participants.map((type) => type.name)])).toEqual([
      [3000, ['Chefs']],
      [2500, ['Organizers']],
      [1000, ['Organizers']],
    ]);
  });

  it('reads a page of 100 interactions with members, entities and their attributes in a constant number of statements', async () => {
    const tenant = await demoTenant(service);
    const people = await entities(tenant, 40);
    const interactions = Array.from({ length: 100 }, (_, index) => ({
      ...lunch(people[index % 40]!, 1000 + index),
      members: [
        { participant: 'Organizers', members: [{ objectURI: people[index % 40] }] },
        { participant: 'Participants', members: [{ objectURI: people[(index + 1) % 40] }, { objectURI: people[(index + 2) % 40] }] },
      ],
    }));
    await create(tenant, interactions, { returnObjects: false });
    const statementsFor = async (first: number) => {
      const { result, statements } = await service.recordQueries(tenant, () => service.graphql(tenant, DEEP, { first }));
      expect(result.data?.interactions.nodes).toHaveLength(first);
      return statements.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const [one, ten, hundred] = [await statementsFor(1), await statementsFor(10), await statementsFor(100)];
    expect(ten).toBe(one);
    expect(hundred).toBe(one);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it('refuses a cursor it did not give out with 400, one whose timestamp is beyond 64 bits too, rather than fail', async () => {
    const tenant = await demoTenant(service);
    const [person] = await entities(tenant, 1);
    await create(tenant, [lunch(person!, 1000)]);
    const cursorOf = (position: string) => Buffer.from(position, 'utf8').toString('base64url');
    for (const after of [cursorOf('9223372036854775808_abc'), cursorOf('-9223372036854775809_abc'), cursorOf('12_'), 'not-a-cursor']) {
      const response = await service.graphql(tenant, TIMELINE, { uri: person!, first: 5, after });
      expect(response.status, after).toBe(400);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    }
    // The largest timestamp a cursor may hold is read, and finds nothing beyond it.
    const edge = await service.graphql(tenant, TIMELINE, {
      uri: person!,
      first: 5,
      order: 'ASC',
      after: cursorOf('9223372036854775807_abc'),
    });
    expect(edge.errors).toBeUndefined();
    expect(edge.data?.entity?.interactions.edges).toEqual([]);
  });

  it("reads only what a timeline page asks for: the members' entities, and the entity's participants, when selected", async () => {
    const tenant = await demoTenant(service);
    const [host, guest] = await entities(tenant, 2);
    await create(
      tenant,
      [1000, 2000].map((timestamp) => ({
        ...lunch(host!, timestamp),
        members: [
          { participant: 'Organizers', members: [{ objectURI: host }] },
          { participant: 'Participants', members: [{ objectURI: guest }] },
        ],
      })),
    );
    const uris = await service.recordQueries(tenant, () => service.graphql(tenant, TIMELINE_MEMBER_URIS, { uri: host! }));
    const labels = await service.recordQueries(tenant, () => service.graphql(tenant, TIMELINE_MEMBER_LABELS, { uri: host! }));
    const members = [[{ objectURI: host }], [{ objectURI: guest }]];
    expect(uris.result.data?.entity?.interactions.nodes.map((node) => node.members.map((group) => group.members))).toEqual([
      members,
      members,
    ]);
    const labelled = [[{ objectURI: host, label: 'Person 0' }], [{ objectURI: guest, label: 'Person 1' }]];
    expect(
      labels.result.data?.entity?.interactions.edges.map((edge) => [
        edge.participants.map((participant) => participant.name),
        edge.node.members.map((group) => group.members),
      ]),
    ).toEqual([
      [['Organizers'], labelled],
      [['Organizers'], labelled],
    ]);
    // The members' entities come with the members, in the same statement, only when asked for;
    // the participants the entity plays take one statement, only when asked for.
    const joinsEntities = (sql: string) => /JOIN "Entity"/.test(sql);
    expect(uris.statements.filter(joinsEntities)).toHaveLength(0);
    expect(labels.statements.filter(joinsEntities)).toHaveLength(1);
    expect(labels.statements.length).toBe(uris.statements.length + 1);
  });

  it("frees a deleted interaction's crosswalk: create, delete, create again", async () => {
    const tenant = await demoTenant(service);
    const [person] = await entities(tenant, 1);
    const input = lunch(person!, 1000, { crosswalks: [{ source: 'AMA', value: 'TEST' }] });
    const first = await createOne(tenant, input);
    const [again] = await create(tenant, [input]);
    expect(again!.errors).toEqual([expect.objectContaining({ code: 536 })]);
    const deleted = await service.graphql(tenant, DELETE, { uris: [first, 'interactions/missing00000', first] });
    expect(deleted.data?.deleteInteractions).toEqual([
      { index: 0, uri: first, status: 'OK', errors: [] },
      { index: 1, uri: null, status: 'FAILED', errors: [{ name: 'OBJECT_NOT_FOUND' }] },
      { index: 2, uri: null, status: 'FAILED', errors: [{ name: 'OBJECT_NOT_FOUND' }] },
    ]);
    const gone = await service.graphql(tenant, DELETED_LOOKUPS, { uri: first });
    expect(gone.data).toEqual({ interaction: null, interactionByCrosswalk: null });
    const [recreated] = await create(tenant, [input]);
    expect(recreated!.status).toBe('OK');
    expect(recreated!.uri).not.toBe(first);
  });

  it('updates an activity, checked like creation, and refuses to update an immutable interaction', async () => {
    const tenant = await demoTenant(service);
    const [customer, other] = await entities(tenant, 2);
    const supportCase = await createOne(tenant, {
      type: 'SupportCase',
      timestamp: 5000,
      attributes: [
        { name: 'CaseNumber', values: ['C-1'] },
        { name: 'Status', values: ['open'] },
        { name: 'Priority', values: [2] },
      ],
      members: [{ participant: 'Customer', members: [{ objectURI: customer }] }],
    });
    const updated = await service.graphql(
      tenant,
      UPDATE,
      {
        uri: supportCase,
        changes: {
          timestamp: 6000,
          attributes: [
            { name: 'Status', values: ['closed'] },
            { name: 'Priority', values: [] },
          ],
          members: [{ participant: 'Customer', members: [{ objectURI: other }] }],
        },
      },
      await service.as(tenant, { sub: 'agent-7' }),
    );
    const object = updated.data?.updateInteraction.object;
    expect(updated.data?.updateInteraction.status).toBe('OK');
    expect(object).toMatchObject({
      timestamp: 6000,
      updatedBy: 'agent-7',
      attributes: [
        { name: 'CaseNumber', values: [{ value: 'C-1' }] },
        { name: 'Status', values: [{ value: 'closed' }] },
      ],
      members: [{ participant: { name: 'Customer' }, members: [{ objectURI: other }] }],
      crosswalks: [{ value: 'SupportCase|C-1' }],
    });
    // The object was matched just above.
    expect(object!.updatedTime).toBeGreaterThanOrEqual(object!.createdTime);
    const reread = await service.graphql(tenant, READ_TIMESTAMP_AND_ATTRIBUTES, { uri: supportCase });
    expect(reread.data?.interaction).toEqual({
      timestamp: 6000,
      attributes: [
        { name: 'CaseNumber', values: [{ value: 'C-1' }] },
        { name: 'Status', values: [{ value: 'closed' }] },
      ],
    });
    const { edges } = await timeline(tenant, { uri: other!, first: 5 });
    expect(edges.map((edge) => edge.node.uri)).toEqual([supportCase]);

    const invalid = await service.graphql(tenant, UPDATE, {
      uri: supportCase,
      changes: {
        attributes: [
          { name: 'Status', values: [] },
          { name: 'Priority', values: ['high'] },
        ],
        members: [{ participant: 'Customer', members: [] }],
      },
    });
    expect(invalid.data?.updateInteraction.errors.map((error) => error.name).sort()).toEqual([
      'INVALID_ATTRIBUTE_VALUE',
      'MISSING_REQUIRED_ATTRIBUTE',
      'TOO_FEW_MEMBERS',
    ]);
    const unchanged = await service.graphql(tenant, READ_TIMESTAMP_AND_ATTRIBUTES, { uri: supportCase });
    expect(unchanged.data?.interaction).toEqual(reread.data?.interaction);

    const immutable = await createOne(tenant, lunch(customer!, 1000));
    const refused = await service.graphql(tenant, UPDATE, {
      uri: immutable,
      changes: { attributes: [{ name: 'Place', values: ['Elsewhere'] }] },
    });
    expect(refused.data?.updateInteraction).toMatchObject({
      uri: null,
      status: 'FAILED',
      errors: [{ code: 2112, name: 'IMMUTABLE_INTERACTION', path: ['uri'] }],
    });
  });

  it('applies concurrent updates of one activity one after the other, never merging them', async () => {
    const tenant = await demoTenant(service);
    const [customer, other] = await entities(tenant, 2);
    const supportCase = await createOne(tenant, {
      type: 'SupportCase',
      attributes: [
        { name: 'CaseNumber', values: ['C-9'] },
        { name: 'Status', values: ['open'] },
      ],
      members: [{ participant: 'Customer', members: [{ objectURI: customer }] }],
    });
    const statuses = Array.from({ length: 8 }, (_, index) => `status-${index}`);
    const results = await Promise.all(
      statuses.map((status, index) =>
        service.graphql(tenant, UPDATE_STATUS, {
          uri: supportCase,
          changes: {
            attributes: [{ name: 'Status', values: [status] }],
            members: [{ participant: 'Customer', members: [{ objectURI: index % 2 ? other : customer }] }],
          },
        }),
      ),
    );
    expect(results.map((result) => result.data?.updateInteraction.status)).toEqual(statuses.map(() => 'OK'));
    const { data } = await service.graphql(tenant, READ_ATTRIBUTES_AND_MEMBERS, { uri: supportCase });
    const interaction = data?.interaction;
    const status = interaction?.attributes.find((attribute) => attribute.name === 'Status');
    expect(status?.values).toHaveLength(1);
    expect(statuses).toContain(status?.values[0]?.value);
    expect(interaction?.attributes.find((attribute) => attribute.name === 'CaseNumber')?.values).toEqual([{ value: 'C-9' }]);
    expect(interaction?.members).toHaveLength(1);
    expect(interaction?.members[0]?.members).toHaveLength(1);
  });

  it('refuses an update that changes the id attributes its crosswalk was derived from', async () => {
    const tenant = await demoTenant(service);
    const [customer] = await entities(tenant, 1);
    const supportCase = await createOne(tenant, {
      type: 'SupportCase',
      attributes: [
        { name: 'CaseNumber', values: ['C-1'] },
        { name: 'Status', values: ['open'] },
      ],
      members: [{ participant: 'Customer', members: [{ objectURI: customer }] }],
    });
    const refused = await service.graphql(tenant, CHANGE_CASE_NUMBER, { uri: supportCase });
    expect(refused.data?.updateInteraction).toEqual({ status: 'FAILED', errors: [{ code: 2113, name: 'ID_ATTRIBUTE_CHANGED' }] });
    const { data } = await service.graphql(tenant, CASE_BY_CROSSWALK);
    expect(data?.interactionByCrosswalk?.attributes[0]).toEqual({ name: 'CaseNumber', values: [{ value: 'C-1' }] });
  });

  it('leaves hidden attributes out of every read unless asked for', async () => {
    const tenant = await demoTenant(service);
    const [person] = await entities(tenant, 1);
    const created = await createOne(
      tenant,
      lunch(person!, 1000, {
        attributes: [
          { name: 'Place', values: ['Here'] },
          { name: 'Cost', values: [12.5] },
        ],
      }),
    );
    const { data } = await service.graphql(tenant, HIDDEN_ATTRIBUTES, { uri: created, entity: person! });
    expect(data?.interaction?.attributes).toEqual([{ name: 'Place' }]);
    expect(data?.interaction?.all).toEqual([
      { name: 'Place', values: [{ value: 'Here' }] },
      { name: 'Cost', values: [{ value: 12.5 }] },
    ]);
    expect(data?.interactions.nodes[0]?.attributes).toEqual([{ name: 'Place' }]);
    expect(data?.entity?.interactions.nodes[0]?.attributes).toEqual([{ name: 'Place' }]);
  });
});
