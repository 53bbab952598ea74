// The client kit's cache against the real service: objects are one record per uri, so an
// interaction read on a timeline answers `interaction(uri)` without a request, and a
// mutation's updaters make the timelines it changed fetch again (a stale cache would show
// the timeline as it was).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchema, buildSchema, getNamedType, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import {
  CreateInteractionsDocument,
  DeleteInteractionsDocument,
  EntityTimelineDocument,
  InteractionDocument,
  RestoreInteractionsDocument,
  UpdateInteractionDocument,
  URI_KEYED_TYPES,
  createInteractionsClient,
} from '../src/client/index.ts';
import { bearer, signToken } from './helpers/credentials.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

describe('client kit cache keys', () => {
  it('keys every type whose objects have a uri, by uri (derived from the schema, not listed)', () => {
    const schema: GraphQLSchema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const withUri = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && getNamedType(type.getFields().uri?.type)?.name === 'ID')
      .map((type) => type.name);
    expect([...URI_KEYED_TYPES].sort()).toEqual(withUri.sort());
    // The seven the issue names, among them.
    for (const name of ['Interaction', 'Entity', 'InteractionType', 'EntityType', 'Participant', 'AttributeType', 'Source'])
      expect(URI_KEYED_TYPES).toContain(name);
  });
});

describe.sequential('client kit cache on the service', () => {
  let service: TestService;
  let tenant: string;
  let person: string;
  let requests: string[];
  let client: ReturnType<typeof createInteractionsClient>;

  beforeAll(async () => {
    service = await startTestService('sqlite');
    tenant = await demoTenant(service, 'kit');
    const created = await service.graphql(tenant, CREATE_ENTITIES, { entities: [individual('Bilbo Baggins')] });
    person = created.data!.createEntities[0]!.uri!;
    const credential = bearer(await signToken({ tenant, roles: ['writer'] }));
    requests = [];
    client = createInteractionsClient({
      url: `${service.url}/graphql`,
      headers: () => credential,
      fetch: (input, init) => {
        // The kit sends every operation as a JSON POST body.
        requests.push((JSON.parse(init?.body as string) as { operationName?: string }).operationName ?? '?');
        return fetch(input, init);
      },
    });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const timeline = () => client.query(EntityTimelineDocument, { uri: person, first: 5 }).toPromise();
  const lunch = (place: string) => ({
    type: 'Lunch',
    attributes: [{ name: 'Place', values: [place] }],
    members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
  });

  it('answers from the cache, and fetches again the timelines a create or a delete changed', async () => {
    const empty = await timeline();
    expect(empty.error).toBeUndefined();
    expect(empty.data?.entity?.interactions.totalCount).toBe(0);
    await timeline();
    expect(requests).toEqual(['EntityTimeline']);

    const created = await client
      .mutation(CreateInteractionsDocument, {
        interactions: [lunch('Bag End'), { type: 'Lunch' }],
      })
      .toPromise();
    // One batch, one result per item: the second fails alone (Lunch needs an organizer).
    expect(created.data?.createInteractions.map((result) => result.status)).toEqual(['OK', 'FAILED']);
    const uri = created.data!.createInteractions[0]!.uri!;

    const after = await timeline();
    expect(requests).toEqual(['EntityTimeline', 'CreateInteractions', 'EntityTimeline']);
    expect(after.data?.entity?.interactions.edges.map((edge) => edge.node.uri)).toEqual([uri]);
    expect(after.data?.entity?.interactions.edges[0]?.node.attributes[0]?.values[0]?.value).toBe('Bag End');

    // interaction(uri) is the record the timeline holds: no request.
    const byUri = await client.query(InteractionDocument, { uri }).toPromise();
    expect(byUri.data?.interaction?.uri).toBe(uri);
    expect(requests).toHaveLength(3);

    const deleted = await client.mutation(DeleteInteractionsDocument, { uris: [uri] }).toPromise();
    expect(deleted.data?.deleteInteractions[0]?.successful).toBe(true);
    const gone = await timeline();
    expect(requests.slice(3)).toEqual(['DeleteInteractions', 'EntityTimeline']);
    expect(gone.data?.entity?.interactions.totalCount).toBe(0);
  });

  it('shows a soft-deleted interaction again, by uri and on the timeline, once it is restored', async () => {
    const created = await client.mutation(CreateInteractionsDocument, { interactions: [lunch('The Green Dragon')] }).toPromise();
    const uri = created.data!.createInteractions[0]!.uri!;
    expect((await timeline()).data?.entity?.interactions.totalCount).toBe(1);

    await client.mutation(DeleteInteractionsDocument, { uris: [uri], mode: 'SOFT' }).toPromise();
    expect((await timeline()).data?.entity?.interactions.totalCount).toBe(0);
    const hidden = await client.query(InteractionDocument, { uri }).toPromise();
    expect(hidden.error).toBeUndefined();
    expect(hidden.data?.interaction).toBeNull();

    const restored = await client.mutation(RestoreInteractionsDocument, { uris: [uri] }).toPromise();
    expect(restored.data?.restoreInteractions[0]?.successful).toBe(true);
    const mark = requests.length;
    expect((await client.query(InteractionDocument, { uri }).toPromise()).data?.interaction?.uri).toBe(uri);
    expect((await timeline()).data?.entity?.interactions.edges.map((edge) => edge.node.uri)).toEqual([uri]);
    // Both fetched again: the lookup answered null before, the timeline did not hold it.
    expect(requests.slice(mark)).toEqual(['Interaction', 'EntityTimeline']);
  });

  it("fetches again an app's own list filtered by attribute values once an update changes them", async () => {
    // Not one of the kit's operations: a list an app writes itself, which the kit's updaters must keep true too.
    const byStatus = `query CasesIn($status: AttributeScalar!) {
      interactions(filter: { types: ["SupportCase"], attributes: [{ name: "Status", value: $status }] }, first: 10) { nodes { uri } }
    }`;
    const casesIn = async (status: string) =>
      (
        (await client.query(byStatus, { status }).toPromise()).data as { interactions: { nodes: Array<{ uri: string }> } }
      ).interactions.nodes.map((node) => node.uri);
    const created = await client
      .mutation(CreateInteractionsDocument, {
        interactions: [
          {
            type: 'SupportCase',
            attributes: [
              { name: 'CaseNumber', values: ['K-1'] },
              { name: 'Status', values: ['Open'] },
            ],
            members: [{ participant: 'Customer', members: [{ objectURI: person }] }],
          },
        ],
      })
      .toPromise();
    const uri = created.data!.createInteractions[0]!.uri!;
    expect(await casesIn('Open')).toEqual([uri]);
    expect(await casesIn('Closed')).toEqual([]);

    const updated = await client
      .mutation(UpdateInteractionDocument, { uri, changes: { attributes: [{ name: 'Status', values: ['Closed'] }] } })
      .toPromise();
    expect(updated.data?.updateInteraction.successful, JSON.stringify(updated.data ?? updated.error)).toBe(true);
    const mark = requests.length;
    expect(await casesIn('Open')).toEqual([]);
    expect(await casesIn('Closed')).toEqual([uri]);
    expect(requests.slice(mark)).toEqual(['CasesIn', 'CasesIn']);
  });
});
