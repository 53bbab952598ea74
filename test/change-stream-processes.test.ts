// Several API processes on one PostgreSQL database: a subscriber on each receives every change
// committed through any of them (PostgreSQL's NOTIFY wakes the others), once and in the
// stream's order; one that disconnects and resumes from its last cursor misses nothing and
// repeats nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { TEST_JWT } from './helpers/credentials.ts';
import { testedProviders } from './helpers/databases.ts';
import { demoDocument, individual } from './helpers/demo.ts';
import { adminOfNewTenant, startServiceProcess, type ServiceProcess } from './helpers/service-process.ts';
import { subscriptionClient, type ReceivedResult } from './helpers/subscriptions.ts';
import { createTestDatabase } from './helpers/test-service.ts';

const INTERACTIONS = 2_000;
const PER_BATCH = 50;
const FOLLOW = `subscription Follow($after: String) { changes(after: $after, objectTypes: [INTERACTION]) { cursor sequence kind uri } }`;
const APPLY = `mutation ($input: ConfigurationInput!) { applyConfiguration(input: $input) { ok } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions) { uri status } }`;

interface Change {
  cursor: string;
  sequence: number;
  kind: string;
  uri: string;
}

// Sequential: both tests write to, and follow, one tenant's stream.
describe
  .runIf(testedProviders.includes('postgresql'))
  .sequential('the change stream across API processes [postgresql]', { timeout: CLI_TEST_TIMEOUT }, () => {
    const tenant = 'stream-processes';
    let scratch: Awaited<ReturnType<typeof createTestDatabase>>;
    let services: ServiceProcess[] = [];
    let headers: Record<string, string>;
    let person: string;

    const graphql = async (service: ServiceProcess, query: string, variables: Record<string, unknown>) => {
      const answer = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await answer.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };

    beforeAll(async () => {
      scratch = await createTestDatabase('postgresql');
      // One at a time: each migrates the database on start.
      services.push(await startServiceProcess({ DATABASE_URL: scratch.url, DEV_MODE: 'false', RATE_LIMIT_REQUESTS: '0', ...TEST_JWT }));
      services.push(await startServiceProcess({ DATABASE_URL: scratch.url, DEV_MODE: 'false', RATE_LIMIT_REQUESTS: '0', ...TEST_JWT }));
      headers = await adminOfNewTenant(scratch.url, tenant);
      expect((await graphql(services[0]!, APPLY, { input: demoDocument })).data).toEqual({ applyConfiguration: { ok: true } });
      const created = await graphql(services[1]!, CREATE_ENTITIES, { entities: [individual('John Smith')] });
      person = (created.data!.createEntities as Array<{ uri: string }>)[0]!.uri;
    }, CLI_TEST_TIMEOUT);

    afterAll(async () => {
      await Promise.all(services.filter((service) => service.alive()).map((service) => service.stop()));
      services = [];
      await scratch?.drop();
    });

    it(`delivers all ${INTERACTIONS} interactions created through both processes to a subscriber on each, once and in order; a resumed subscriber misses and repeats nothing`, async () => {
      const [first, second] = services as [ServiceProcess, ServiceProcess];
      const onFirst = subscriptionClient(first.url, headers);
      const onSecond = subscriptionClient(second.url, headers);
      const resuming = subscriptionClient(second.url, headers);
      try {
        // Subscribed from the stream's start (position 0): what the writes below add follows the entity.
        const start = Buffer.from('change:0').toString('base64url');
        const everything = (results: ReceivedResult[]) => results.length === INTERACTIONS;
        const firstReceived = onFirst.collect(FOLLOW, { after: start }, everything, 120_000);
        const secondReceived = onSecond.collect(FOLLOW, { after: start }, everything, 120_000);
        // The third disconnects after a quarter of the changes and resumes from its last cursor.
        const beforeDisconnect = resuming.collect(FOLLOW, { after: start }, (results) => results.length === INTERACTIONS / 4, 120_000);

        const batches = Array.from({ length: INTERACTIONS / PER_BATCH }, (_, batch) =>
          Array.from({ length: PER_BATCH }, (_, index) => ({
            type: 'Lunch',
            timestamp: Date.UTC(2026, 0, 1) + batch * PER_BATCH + index,
            attributes: [{ name: 'Place', values: [`place ${batch}-${index}`] }],
            members: [{ participant: 'Organizers', members: [{ objectURI: person }] }],
          })),
        );
        // Four writers at a time, alternating between the processes.
        const createdUris: string[] = [];
        let next = 0;
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            while (next < batches.length) {
              const batch = next++;
              const answer = await graphql(services[batch % 2]!, CREATE, { interactions: batches[batch] });
              const results = answer.data!.createInteractions as Array<{ uri: string; status: string }>;
              expect(results.every((result) => result.status === 'OK')).toBe(true);
              createdUris.push(...results.map((result) => result.uri));
            }
          }),
        );
        expect(createdUris).toHaveLength(INTERACTIONS);

        const firstPart = (await beforeDisconnect).map((result) => result.data!.changes as Change);
        const rest = (
          await resuming.collect(
            FOLLOW,
            { after: firstPart.at(-1)!.cursor },
            (results) => results.length === INTERACTIONS - firstPart.length,
            120_000,
          )
        ).map((result) => result.data!.changes as Change);

        for (const received of [
          (await firstReceived).map((result) => result.data!.changes as Change),
          (await secondReceived).map((result) => result.data!.changes as Change),
          [...firstPart, ...rest],
        ]) {
          // Positions 2..2001 (the entity is 1), each once, in order; every interaction created, and nothing else.
          expect(received.map((change) => change.sequence)).toEqual(Array.from({ length: INTERACTIONS }, (_, index) => index + 2));
          expect(new Set(received.map((change) => change.uri))).toEqual(new Set(createdUris));
          expect(received.every((change) => change.kind === 'CREATED')).toBe(true);
        }
      } finally {
        await Promise.all([onFirst.dispose(), onSecond.dispose(), resuming.dispose()]);
      }
    });

    it('wakes a subscriber as soon as another process commits (a notification), not at its next poll', async () => {
      const [first, second] = services as [ServiceProcess, ServiceProcess];
      const subscriber = subscriptionClient(second.url, headers);
      try {
        const lunch = () =>
          graphql(first, CREATE, {
            interactions: [{ type: 'Lunch', timestamp: 1, members: [{ participant: 'Organizers', members: [{ objectURI: person }] }] }],
          }).then((answer) => (answer.data!.createInteractions as Array<{ uri: string }>)[0]!.uri);
        const arrivals: Array<{ uri: string; at: number }> = [];
        // Followed until disposed of below; what arrives is noted with its time.
        const following = subscriber.collect(
          FOLLOW,
          {},
          () => false,
          30_000,
          (result) => arrivals.push({ uri: (result.data!.changes as Change).uri, at: Date.now() }),
        );
        // A first change proves the subscription is live (however long it took to start) ...
        await lunch();
        for (let wait = 0; !arrivals.length && wait < 100; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          // Committed before the subscription started (it follows from then on): commit another.
          if (wait % 20 === 19 && !arrivals.length) await lunch();
        }
        expect(arrivals.length).toBeGreaterThan(0);
        // ... and leaves it waiting, its next read without a wake-up FOLLOW_MAX_WAIT_MS (5 s) away.
        const committed = Date.now();
        const uri = await lunch();
        for (let wait = 0; !arrivals.some((each) => each.uri === uri) && wait < 100; wait++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        await subscriber.dispose();
        await following.catch(() => {});
        const arrival = arrivals.find((each) => each.uri === uri);
        expect(arrival).toBeDefined();
        expect(arrival!.at - committed).toBeLessThan(3_000);
      } finally {
        await subscriber.dispose();
      }
    });
  });
