import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const CREATE = `mutation($interactions: [InteractionInput!]!, $options: CreateOptions) {
  createInteractions(interactions: $interactions, options: $options) { index uri status errors { code name message path } }
}`;

const TIMELINE = `query($uri: String!, $first: Int, $after: String, $last: Int, $before: String, $order: TimestampOrder, $filter: InteractionFilter) {
  entity(uri: $uri) {
    interactions(first: $first, after: $after, last: $last, before: $before, order: $order, filter: $filter) {
      totalCount
      edges { cursor node { uri timestamp } memberTypes { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describeEachDatabase('reading, changing and deleting interactions', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  async function entities(tenant: string, count: number): Promise<string[]> {
    const { data } = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: Array.from({ length: count }, (_, index) => individual(`Person ${index}`)),
      options: { returnObjects: false },
    });
    return data.createEntities.map((result: { uri: string }) => result.uri);
  }

  async function create(
    tenant: string,
    interactions: unknown[],
    options?: unknown,
  ): Promise<Array<{ uri: string; status: string; errors: unknown[] }>> {
    const response = await service.graphql(tenant, CREATE, { interactions, options });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createInteractions;
  }

  const lunch = (organizer: string, timestamp: number, extra: Record<string, unknown> = {}) => ({
    type: 'Lunch',
    timestamp,
    attributes: [{ name: 'Place', values: [`Place ${timestamp}`] }],
    members: [{ memberType: 'Organizers', members: [{ objectURI: organizer }] }],
    ...extra,
  });

  it('walks a 1,000-interaction timeline page by page both ways, each interaction once and in order, while others are added', async () => {
    const tenant = await demoTenant(service);
    const [person, other] = await entities(tenant, 2);
    // Timestamps repeat (every 3) so the id breaks ties: the order is (timestamp, id).
    const originals: Array<{ uri: string; status: string }> = [];
    for (let start = 0; start < 1000; start += 500) {
      const batch = Array.from({ length: 500 }, (_, offset) => lunch(person!, 1_600_000_000_000 + Math.floor((start + offset) / 3) * 1000));
      originals.push(...(await create(tenant, batch, { returnObjects: false })));
    }
    expect(originals.every((result) => result.status === 'OK')).toBe(true);
    const walk = async (direction: 'forward' | 'backward') => {
      const seen: Array<{ uri: string; timestamp: number }> = [];
      let cursor: string | null = null;
      let page = 0;
      for (;;) {
        const variables: Record<string, unknown> =
          direction === 'forward'
            ? { uri: person, first: 64, after: cursor, order: 'ASC' }
            : { uri: person, last: 64, before: cursor, order: 'ASC' };
        const { data }: { data?: any } = await service.graphql(tenant, TIMELINE, variables);
        const connection: any = data.entity.interactions;
        const nodes = connection.edges.map((edge: { node: { uri: string; timestamp: number } }) => edge.node);
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
    const key = (node: { uri: string; timestamp: number }) => [node.timestamp, node.uri.slice('interactions/'.length)] as const;
    for (let index = 1; index < forward.length; index++) {
      const [previous, current] = [key(forward[index - 1]!), key(forward[index]!)];
      expect(previous[0] < current[0] || (previous[0] === current[0] && previous[1] < current[1])).toBe(true);
    }
    const backward = await walk('backward');
    const originalBackward = backward.filter((node) => originalUris.has(node.uri));
    expect(new Set(backward.map((node) => node.uri)).size).toBe(backward.length);
    expect(originalBackward.map((node) => node.uri)).toEqual([...original.map((node) => node.uri)].reverse());
  });

  it('lists interactions by type, time range, member type, source and attribute value, newest first by default', async () => {
    const tenant = await demoTenant(service);
    const [a, b] = await entities(tenant, 2);
    await create(tenant, [
      lunch(a!, 1000, { crosswalks: [{ source: 'AMA', value: 'L1' }] }),
      lunch(b!, 2000),
      lunch(a!, 3000, {
        members: [
          { memberType: 'Organizers', members: [{ objectURI: b }] },
          { memberType: 'Chefs', members: [{ objectURI: a }] },
        ],
      }),
      {
        type: 'Meeting',
        timestamp: 2500,
        attributes: [{ name: 'Place', values: ['Office'] }],
        members: [{ memberType: 'Organizers', members: [{ objectURI: a }] }],
      },
    ]);
    const list = async (filter: unknown) => {
      const { data, errors } = await service.graphql(
        tenant,
        'query($filter: InteractionFilter) { interactions(filter: $filter, first: 10) { totalCount nodes { timestamp type { name } } } }',
        { filter },
      );
      if (errors) throw new Error(JSON.stringify(errors));
      return {
        total: data.interactions.totalCount,
        timestamps: data.interactions.nodes.map((node: { timestamp: number }) => node.timestamp),
      };
    };
    expect(await list(null)).toEqual({ total: 4, timestamps: [3000, 2500, 2000, 1000] });
    expect(await list({ types: ['Lunch'] })).toEqual({ total: 3, timestamps: [3000, 2000, 1000] });
    expect(await list({ types: ['configuration/interactionTypes/Lunch'], from: 1500, to: 3000 })).toEqual({ total: 1, timestamps: [2000] });
    expect(await list({ memberEntity: a })).toEqual({ total: 3, timestamps: [3000, 2500, 1000] });
    expect(await list({ memberEntity: a, memberTypes: ['Chefs'] })).toEqual({ total: 1, timestamps: [3000] });
    expect(await list({ memberTypes: ['Chefs'] })).toEqual({ total: 1, timestamps: [3000] });
    expect(await list({ sources: ['AMA'] })).toEqual({ total: 1, timestamps: [1000] });
    expect(await list({ attributes: [{ name: 'Place', value: 'Office' }] })).toEqual({ total: 1, timestamps: [2500] });
    const unknown = await service.graphql(tenant, '{ interactions(filter: { types: ["Nope"] }) { totalCount } }');
    expect(unknown.status).toBe(400);

    const { data } = await service.graphql(tenant, TIMELINE, { uri: a, first: 10 });
    expect(
      data.entity.interactions.edges.map((edge: { node: { timestamp: number }; memberTypes: Array<{ name: string }> }) => [
        edge.node.timestamp,
        edge.memberTypes.map((type) => type.name),
      ]),
    ).toEqual([
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
        { memberType: 'Organizers', members: [{ objectURI: people[index % 40] }] },
        { memberType: 'Participants', members: [{ objectURI: people[(index + 1) % 40] }, { objectURI: people[(index + 2) % 40] }] },
      ],
    }));
    await create(tenant, interactions, { returnObjects: false });
    const DEEP = `query($first: Int) { interactions(first: $first) { totalCount nodes {
      uri timestamp type { name memberTypes { name } } crosswalks { value source { name } }
      attributes { name values { value } }
      members { memberType { name } members { objectURI label type entity { uri label attributes { name values { value } } crosswalks { value } } } }
    } } }`;
    const statementsFor = async (first: number) => {
      const { result, statements } = await service.recordQueries(tenant, () => service.graphql(tenant, DEEP, { first }));
      expect(result.data.interactions.nodes).toHaveLength(first);
      return statements.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const [one, ten, hundred] = [await statementsFor(1), await statementsFor(10), await statementsFor(100)];
    expect(ten).toBe(one);
    expect(hundred).toBe(one);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it("frees a deleted interaction's crosswalk: create, delete, create again", async () => {
    const tenant = await demoTenant(service);
    const [person] = await entities(tenant, 1);
    const input = lunch(person!, 1000, { crosswalks: [{ source: 'AMA', value: 'TEST' }] });
    const [first] = await create(tenant, [input]);
    const [again] = await create(tenant, [input]);
    expect(again!.errors).toEqual([expect.objectContaining({ code: 536 })]);
    const deleted = await service.graphql(
      tenant,
      'mutation($uris: [String!]!) { deleteInteractions(uris: $uris) { index uri status errors { name } } }',
      { uris: [first!.uri, 'interactions/missing00000', first!.uri] },
    );
    expect(deleted.data.deleteInteractions).toEqual([
      { index: 0, uri: first!.uri, status: 'OK', errors: [] },
      { index: 1, uri: null, status: 'FAILED', errors: [{ name: 'OBJECT_NOT_FOUND' }] },
      { index: 2, uri: null, status: 'FAILED', errors: [{ name: 'OBJECT_NOT_FOUND' }] },
    ]);
    const gone = await service.graphql(
      tenant,
      `query($uri: String!) { interaction(uri: $uri) { uri } interactionByCrosswalk(source: "AMA", value: "TEST") { uri } }`,
      { uri: first!.uri },
    );
    expect(gone.data).toEqual({ interaction: null, interactionByCrosswalk: null });
    const [recreated] = await create(tenant, [input]);
    expect(recreated!.status).toBe('OK');
    expect(recreated!.uri).not.toBe(first!.uri);
  });

  it('updates an activity, checked like creation, and refuses to update an immutable interaction', async () => {
    const tenant = await demoTenant(service);
    const [customer, other] = await entities(tenant, 2);
    const [supportCase] = await create(tenant, [
      {
        type: 'SupportCase',
        timestamp: 5000,
        attributes: [
          { name: 'CaseNumber', values: ['C-1'] },
          { name: 'Status', values: ['open'] },
          { name: 'Priority', values: [2] },
        ],
        members: [{ memberType: 'Customer', members: [{ objectURI: customer }] }],
      },
    ]);
    const UPDATE = `mutation($uri: String!, $changes: InteractionChanges!) { updateInteraction(uri: $uri, changes: $changes) {
      uri status errors { code name path } object { timestamp createdTime updatedTime updatedBy attributes { name values { value } } members { memberType { name } members { objectURI } } crosswalks { value } }
    } }`;
    const updated = await service.graphql(
      tenant,
      UPDATE,
      {
        uri: supportCase!.uri,
        changes: {
          timestamp: 6000,
          attributes: [
            { name: 'Status', values: ['closed'] },
            { name: 'Priority', values: [] },
          ],
          members: [{ memberType: 'Customer', members: [{ objectURI: other }] }],
        },
      },
      await service.as(tenant, { sub: 'agent-7' }),
    );
    const object = updated.data.updateInteraction.object;
    expect(updated.data.updateInteraction.status).toBe('OK');
    expect(object).toMatchObject({
      timestamp: 6000,
      updatedBy: 'agent-7',
      attributes: [
        { name: 'CaseNumber', values: [{ value: 'C-1' }] },
        { name: 'Status', values: [{ value: 'closed' }] },
      ],
      members: [{ memberType: { name: 'Customer' }, members: [{ objectURI: other }] }],
      crosswalks: [{ value: 'C-1' }],
    });
    expect(object.updatedTime).toBeGreaterThanOrEqual(object.createdTime);
    const reread = await service.graphql(
      tenant,
      `query($uri: String!) { interaction(uri: $uri) { timestamp attributes { name values { value } } } }`,
      { uri: supportCase!.uri },
    );
    expect(reread.data.interaction).toEqual({
      timestamp: 6000,
      attributes: [
        { name: 'CaseNumber', values: [{ value: 'C-1' }] },
        { name: 'Status', values: [{ value: 'closed' }] },
      ],
    });
    const timeline = await service.graphql(tenant, TIMELINE, { uri: other, first: 5 });
    expect(timeline.data.entity.interactions.edges.map((edge: { node: { uri: string } }) => edge.node.uri)).toEqual([supportCase!.uri]);

    const invalid = await service.graphql(tenant, UPDATE, {
      uri: supportCase!.uri,
      changes: {
        attributes: [
          { name: 'Status', values: [] },
          { name: 'Priority', values: ['high'] },
        ],
        members: [{ memberType: 'Customer', members: [] }],
      },
    });
    expect(invalid.data.updateInteraction.errors.map((error: { name: string }) => error.name).sort()).toEqual([
      'INVALID_ATTRIBUTE_VALUE',
      'MISSING_REQUIRED_ATTRIBUTE',
      'TOO_FEW_MEMBERS',
    ]);
    const unchanged = await service.graphql(
      tenant,
      `query($uri: String!) { interaction(uri: $uri) { timestamp attributes { name values { value } } } }`,
      { uri: supportCase!.uri },
    );
    expect(unchanged.data.interaction).toEqual(reread.data.interaction);

    const [immutable] = await create(tenant, [lunch(customer!, 1000)]);
    const refused = await service.graphql(tenant, UPDATE, {
      uri: immutable!.uri,
      changes: { attributes: [{ name: 'Place', values: ['Elsewhere'] }] },
    });
    expect(refused.data.updateInteraction).toMatchObject({
      uri: null,
      status: 'FAILED',
      errors: [{ code: 2112, name: 'IMMUTABLE_INTERACTION', path: ['uri'] }],
    });
  });

  it('applies concurrent updates of one activity one after the other, never merging them', async () => {
    const tenant = await demoTenant(service);
    const [customer, other] = await entities(tenant, 2);
    const [supportCase] = await create(tenant, [
      {
        type: 'SupportCase',
        attributes: [
          { name: 'CaseNumber', values: ['C-9'] },
          { name: 'Status', values: ['open'] },
        ],
        members: [{ memberType: 'Customer', members: [{ objectURI: customer }] }],
      },
    ]);
    const statuses = Array.from({ length: 8 }, (_, index) => `status-${index}`);
    const results = await Promise.all(
      statuses.map((status, index) =>
        service.graphql(
          tenant,
          `mutation($uri: String!, $changes: InteractionChanges!) { updateInteraction(uri: $uri, changes: $changes) { status errors { name } } }`,
          {
            uri: supportCase!.uri,
            changes: {
              attributes: [{ name: 'Status', values: [status] }],
              members: [{ memberType: 'Customer', members: [{ objectURI: index % 2 ? other : customer }] }],
            },
          },
        ),
      ),
    );
    expect(results.map((result) => result.data.updateInteraction.status)).toEqual(statuses.map(() => 'OK'));
    const { data } = await service.graphql(
      tenant,
      `query($uri: String!) { interaction(uri: $uri) { attributes { name values { value } } members { members { objectURI } } } }`,
      { uri: supportCase!.uri },
    );
    const status = data.interaction.attributes.find((attribute: { name: string }) => attribute.name === 'Status');
    expect(status.values).toHaveLength(1);
    expect(statuses).toContain(status.values[0].value);
    expect(data.interaction.attributes.find((attribute: { name: string }) => attribute.name === 'CaseNumber').values).toEqual([
      { value: 'C-9' },
    ]);
    expect(data.interaction.members).toHaveLength(1);
    expect(data.interaction.members[0].members).toHaveLength(1);
  });

  it('refuses an update that changes the id attributes its crosswalk was derived from', async () => {
    const tenant = await demoTenant(service);
    const [customer] = await entities(tenant, 1);
    const [supportCase] = await create(tenant, [
      {
        type: 'SupportCase',
        attributes: [
          { name: 'CaseNumber', values: ['C-1'] },
          { name: 'Status', values: ['open'] },
        ],
        members: [{ memberType: 'Customer', members: [{ objectURI: customer }] }],
      },
    ]);
    const refused = await service.graphql(
      tenant,
      `mutation($uri: String!) { updateInteraction(uri: $uri, changes: { attributes: [{ name: "CaseNumber", values: ["C-2"] }] }) { status errors { code name } } }`,
      { uri: supportCase!.uri },
    );
    expect(refused.data.updateInteraction).toEqual({ status: 'FAILED', errors: [{ code: 2113, name: 'ID_ATTRIBUTE_CHANGED' }] });
    const { data } = await service.graphql(
      tenant,
      '{ interactionByCrosswalk(source: "Salesforce", value: "C-1") { attributes { name values { value } } } }',
    );
    expect(data.interactionByCrosswalk.attributes[0]).toEqual({ name: 'CaseNumber', values: [{ value: 'C-1' }] });
  });

  it('leaves hidden attributes out of every read unless asked for', async () => {
    const tenant = await demoTenant(service);
    const [person] = await entities(tenant, 1);
    const [created] = await create(tenant, [
      lunch(person!, 1000, {
        attributes: [
          { name: 'Place', values: ['Here'] },
          { name: 'Cost', values: [12.5] },
        ],
      }),
    ]);
    const { data } = await service.graphql(
      tenant,
      `query($uri: String!, $entity: String!) {
      interaction(uri: $uri) { attributes { name } all: attributes(includeHidden: true) { name values { value } } }
      interactions(first: 1) { nodes { attributes { name } } }
      entity(uri: $entity) { interactions(first: 1) { nodes { attributes { name } } } }
    }`,
      { uri: created!.uri, entity: person },
    );
    expect(data.interaction.attributes).toEqual([{ name: 'Place' }]);
    expect(data.interaction.all).toEqual([
      { name: 'Place', values: [{ value: 'Here' }] },
      { name: 'Cost', values: [{ value: 12.5 }] },
    ]);
    expect(data.interactions.nodes[0].attributes).toEqual([{ name: 'Place' }]);
    expect(data.entity.interactions.nodes[0].attributes).toEqual([{ name: 'Place' }]);
  });
});
