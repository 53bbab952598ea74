// The service against a PostgreSQL database that fails under it: run as a process of its own,
// so that a crash is seen as its exit, and reaching its database through a TCP proxy the test
// can cut. Connections are terminated from outside, as a failover does, while it writes.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { databaseNameOf, terminateConnectionsRepeatedly } from './helpers/connection-storm.ts';
import { TEST_JWT } from './helpers/credentials.ts';
import { testedProviders, testPostgresUrl } from './helpers/databases.ts';
import { demoDocument, individual } from './helpers/demo.ts';
import { adminOfNewTenant, startServiceProcess, type ServiceProcess } from './helpers/service-process.ts';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.ts';
import { createTestDatabase, newTenant } from './helpers/test-service.ts';

const SALESFORCE = 'configuration/sources/Salesforce';
const LUNCH = 'configuration/interactionTypes/Lunch';
// Each interaction the stream writes has 3 attribute values (Place, two Notes) and 2 members.
const ATTRIBUTE_VALUES = 3;
const MEMBERS = 2;

/** An answer's body: GraphQL's shape on /graphql (Reltio's on the facade, only matched against). */
interface AnswerBody {
  data?: {
    applyConfiguration?: { ok: boolean };
    createEntities?: Array<{ uri: string }>;
    createInteractions?: Array<{ status: string }>;
  } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: AnswerBody;
}

async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as AnswerBody };
}

const APPLY = `mutation ($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok } }`;
const CREATE_ENTITIES = `mutation ($entities: [EntityInput!]!) { createEntities(entities: $entities) { status uri } }`;
const CREATE = `mutation ($interactions: [InteractionInput!]!) {
  createInteractions(interactions: $interactions, options: { returnObjects: false }) { index status uri }
}`;

/** A Lunch with crosswalk `value`, its organizer and chef, a Place and two Notes. */
function lunch(value: string, organizer: string, chef: string) {
  return {
    type: LUNCH,
    attributes: [
      { name: 'Place', values: [`place of ${value}`] },
      { name: 'Notes', values: [`first note of ${value}`, `second note of ${value}`] },
    ],
    members: [
      { participant: 'Organizers', members: [{ objectURI: organizer }] },
      { participant: 'Chefs', members: [{ objectURI: chef }] },
    ],
    crosswalks: [{ source: SALESFORCE, value }],
  };
}

/** Per crosswalk value the tenant has stored: how many interactions hold it, with how many attribute values and members. */
async function storedByCrosswalk(databaseUrl: string, tenant: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string; attributes: number; members: number }>(
      `SELECT c.value,
              (SELECT count(*)::int FROM "InteractionAttributeValue" a WHERE a."tenantId" = c."tenantId" AND a."interactionId" = c."interactionId") AS attributes,
              (SELECT count(*)::int FROM "InteractionMember" m WHERE m."tenantId" = c."tenantId" AND m."interactionId" = c."interactionId") AS members
         FROM "InteractionCrosswalk" c WHERE c."tenantId" = $1`,
      [tenant],
    );
    const interactions = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM "Interaction" WHERE "tenantId" = $1', [
      tenant,
    ]);
    return { crosswalks: rows, interactions: interactions.rows[0]!.count };
  } finally {
    await client.end();
  }
}

describe.runIf(testedProviders.includes('postgresql')).sequential('database faults [postgresql]', { timeout: CLI_TEST_TIMEOUT }, () => {
  let scratch: { url: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let service: ServiceProcess;
  let headers: Record<string, string>;
  const tenant = newTenant('faults');
  let people: string[];

  const graphql = (query: string, variables: unknown) =>
    request(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const createLunches = (values: string[]) =>
    graphql(CREATE, { interactions: values.map((value) => lunch(value, people[0]!, people[1]!)) });
  const crashReport = async () => (service.alive() ? '' : JSON.stringify(await service.exited));

  /** Waits (a bounded while) for /ready to say ready: the service resumes on its own once the database is back. */
  async function readyAgain(): Promise<Answer> {
    let answer = await request(`${service.url}/ready`);
    for (let attempt = 0; attempt < 60 && answer.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await request(`${service.url}/ready`);
    }
    return answer;
  }

  beforeAll(async () => {
    scratch = await createTestDatabase('postgresql');
    const server = new URL(scratch.url);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const throughProxy = new URL(scratch.url);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    service = await startServiceProcess({ DATABASE_URL: throughProxy.toString(), DEV_MODE: 'false', ...TEST_JWT });
    headers = await adminOfNewTenant(scratch.url, tenant);
    expect((await graphql(APPLY, { input: demoDocument })).body.data?.applyConfiguration?.ok).toBe(true);
    const created = await graphql(CREATE_ENTITIES, { entities: [individual('John Smith'), individual('Ann Roman')] });
    people = (created.body.data?.createEntities ?? []).map((result) => result.uri);
    expect(people).toHaveLength(2);
  });

  afterAll(async () => {
    if (service?.alive()) await service.stop();
    await proxy?.stop();
    await scratch?.drop();
  });

  it('survives its connections terminated every 30 ms for 3 s: acknowledged items stored whole and once, failed ones absent, failures 503', async () => {
    let next = 0;
    const outcomes: Array<{ values: string[]; answer: Answer | Error }> = [];
    let storming = true;
    const writer = async () => {
      while (storming) {
        const values = Array.from({ length: 5 }, () => `storm-${next++}`);
        try {
          outcomes.push({ values, answer: await createLunches(values) });
        } catch (error) {
          outcomes.push({ values, answer: error as Error });
        }
      }
    };
    const writers = Promise.all(Array.from({ length: 4 }, writer));
    const storm = await terminateConnectionsRepeatedly(testPostgresUrl, databaseNameOf(scratch.url), 3_000, 30);
    storming = false;
    await writers;

    expect(await crashReport()).toBe('');
    expect(storm.terminated).toBeGreaterThan(0);
    const failed = outcomes.filter(({ answer }) => answer instanceof Error || answer.status !== 200);
    // The storm failed some requests (else it tested nothing), and each as "retry later".
    expect(failed.length).toBeGreaterThan(0);
    for (const { answer } of failed) {
      expect(answer).toMatchObject({
        status: 503,
        retryAfter: expect.stringMatching(/^\d+$/),
        body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' } }] },
      });
    }

    expect((await readyAgain()).status).toBe(200);
    const after = ['after-storm-0', 'after-storm-1'];
    const served = await createLunches(after);
    expect(served.status).toBe(200);
    outcomes.push({ values: after, answer: served });

    const acknowledged = outcomes.filter(({ answer }) => !(answer instanceof Error) && answer.status === 200);
    for (const { values, answer } of acknowledged) {
      const statuses = (answer as Answer).body.data?.createInteractions?.map((result) => result.status);
      expect(statuses).toEqual(values.map(() => 'OK'));
    }
    const stored = await storedByCrosswalk(scratch.url, tenant);
    const expected = acknowledged.flatMap(({ values }) => values).sort();
    expect(stored.crosswalks.map((row) => row.value).sort()).toEqual(expected);
    expect(stored.interactions).toBe(expected.length);
    for (const row of stored.crosswalks) expect(row).toMatchObject({ attributes: ATTRIBUTE_VALUES, members: MEMBERS });
  });

  it('answers 503 with Retry-After while the database is unreachable, and serves again once it is back, without a restart', async () => {
    const pid = service.child.pid;
    await proxy.stop();
    try {
      const write = await createLunches(['during-outage']);
      expect(write).toMatchObject({
        status: 503,
        retryAfter: expect.stringMatching(/^\d+$/),
        body: { errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' } }] },
      });
      expect(JSON.stringify(write.body)).not.toMatch(/ECONNREFUSED|Connection terminated|prisma|127\.0\.0\.1/i);

      const reltio = await request(`${service.url}/services/reltio/api/${tenant}/interactions/0000000000AB`, { headers });
      expect(reltio).toMatchObject({
        status: 503,
        retryAfter: expect.stringMatching(/^\d+$/),
        body: { severity: 'Error', errorCode: 503, details: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' } },
      });

      const ready = await request(`${service.url}/ready`);
      expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', reason: expect.stringMatching(/^database unavailable/) } });
    } finally {
      await proxy.start();
    }

    expect(await readyAgain()).toMatchObject({ status: 200, body: { status: 'ready' } });
    const served = await createLunches(['after-outage']);
    expect(served.body.data?.createInteractions?.[0]?.status).toBe('OK');
    expect(await crashReport()).toBe('');
    expect(service.child.pid).toBe(pid);
    expect((await storedByCrosswalk(scratch.url, tenant)).crosswalks.map((row) => row.value)).not.toContain('during-outage');
  });
});
