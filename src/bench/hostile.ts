// How the limits hold under attack: the latency of ordinary requests while other callers
// keep sending the requests that once exhausted the service, against the same number of
// callers sending ordinary requests (the baseline: any flood slows a shared server), and
// how quickly the hostile requests are refused.
import type { Provider } from '../config/database-url.ts';
import { demoConfiguration } from '../modules/demo/demo-tenant.ts';
import { startBenchServiceProcess, type BenchClient } from './bench-service.ts';
import { aliasedBatchMutation, aliasesQuery, manyTokensQuery, nestedTimelineQuery } from './hostile-requests.ts';
import { percentile } from './statistics.ts';

const TENANT = 'bench';
const SAMPLES = 300;
const ATTACKERS = 4;
const ORDINARY = `{ interactionTypes { name } interactions(first: 20) { nodes { uri timestamp attributes { name values { value } } members { members { objectURI label } } } } }`;

interface Hostile {
  name: string;
  body: string;
}

function hostileRequests(organizer: string): Hostile[] {
  const lunch = {
    type: 'Lunch',
    attributes: [{ name: 'Place', values: ['Hobbiton'] }],
    members: [{ participant: 'Organizers', members: [{ objectURI: organizer }] }],
  };
  const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  return [
    { name: 'nested timelines, depth 10+', body: body(nestedTimelineQuery(5)) },
    { name: '2,000 aliases', body: body(aliasesQuery(2000)) },
    {
      name: '100 aliased batches of 1,000',
      body: body(aliasedBatchMutation(100), { interactions: Array.from({ length: 1000 }, () => lunch) }),
    },
    { name: '100,000 tokens', body: body(manyTokensQuery(100_000)) },
    { name: 'body of 6 MB', body: body('{ __typename }', { padding: 'x'.repeat(6 * 1024 * 1024) }) },
  ];
}

interface Latency {
  medianMs: number;
  p99Ms: number;
}

export interface HostileResult {
  provider: Provider;
  alone: Latency;
  /** While ATTACKERS connections send ordinary requests. */
  underLoad: Latency;
  /** While ATTACKERS connections send hostile requests. */
  underAttack: Latency;
  refusals: Array<{ name: string; count: number; statuses: string; medianMs: number }>;
}

async function post(bench: BenchClient, body: string): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  const response = await fetch(`${bench.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await bench.credential(TENANT)) },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

async function ordinaryLatencies(bench: BenchClient): Promise<Latency> {
  const body = JSON.stringify({ query: ORDINARY });
  const times: number[] = [];
  for (let index = 0; index < SAMPLES; index++) {
    const { status, ms } = await post(bench, body);
    if (status !== 200) throw new Error(`an ordinary request answered ${status}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), p99Ms: percentile(times, 99) };
}

export async function benchHostile(provider: Provider): Promise<HostileResult> {
  const bench = await startBenchServiceProcess(provider);
  try {
    await bench.graphql(TENANT, 'mutation($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok } }', {
      input: demoConfiguration(),
    });
    const people = await bench.graphql<{ createEntities: Array<{ uri: string }> }>(
      TENANT,
      'mutation($e: [EntityInput!]!) { createEntities(entities: $e, options: { returnObjects: false }) { uri } }',
      {
        e: Array.from({ length: 20 }, (_, index) => ({
          type: 'Individual',
          attributes: [{ name: 'FullName', values: [`Person ${index}`] }],
        })),
      },
    );
    const uris = people.createEntities.map((result) => result.uri);
    const organizer = uris[0]!;
    const lunches = Array.from({ length: 100 }, (_, index) => ({
      type: 'Lunch',
      timestamp: 1_700_000_000_000 + index * 60_000,
      attributes: [{ name: 'Place', values: [`Place ${index}`] }],
      members: [{ participant: 'Organizers', members: [{ objectURI: uris[index % uris.length] }] }],
    }));
    await bench.graphql(
      TENANT,
      'mutation($i: [InteractionInput!]!) { createInteractions(interactions: $i, options: { returnObjects: false }) { status } }',
      { i: lunches },
    );

    await ordinaryLatencies(bench); // warm-up
    const alone = await ordinaryLatencies(bench);

    /** The ordinary latency while ATTACKERS connections send `next()` requests back to back. */
    const latencyUnder = async (next: (index: number) => { body: string; seen?: (status: number, ms: number) => void }) => {
      let running = true;
      const sender = async (offset: number) => {
        for (let index = offset; running; index += ATTACKERS) {
          const request = next(index);
          const { status, ms } = await post(bench, request.body);
          request.seen?.(status, ms);
        }
      };
      const senders = Array.from({ length: ATTACKERS }, (_, index) => sender(index));
      const latency = await ordinaryLatencies(bench);
      running = false;
      await Promise.all(senders);
      return latency;
    };
    const ordinaryBody = JSON.stringify({ query: ORDINARY });
    const underLoad = await latencyUnder(() => ({ body: ordinaryBody }));

    const requests = hostileRequests(organizer);
    const refusals = new Map(requests.map((request) => [request.name, { times: [] as number[], statuses: new Set<number>() }]));
    const underAttack = await latencyUnder((index) => {
      const request = requests[index % requests.length]!;
      const seen = refusals.get(request.name)!;
      return {
        body: request.body,
        seen: (status, ms) => {
          seen.times.push(ms);
          seen.statuses.add(status);
        },
      };
    });

    return {
      provider,
      alone,
      underLoad,
      underAttack,
      refusals: [...refusals].map(([name, seen]) => ({
        name,
        count: seen.times.length,
        statuses: [...seen.statuses].sort().join('/'),
        medianMs: percentile(
          [...seen.times].sort((a, b) => a - b),
          50,
        ),
      })),
    };
  } finally {
    await bench.stop();
  }
}
