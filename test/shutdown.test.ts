// SIGTERM to the service as a process of its own: what it still answers, what it refuses, and
// how soon it exits (measured from the signal to the process's exit).
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { TEST_JWT } from './helpers/credentials.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoDocument, individual } from './helpers/demo.ts';
import { lunch } from './helpers/interactions.ts';
import { adminOfNewTenant, startServiceProcess, type ServiceProcess } from './helpers/service-process.ts';
import { createTestDatabase, newTenant } from './helpers/test-service.ts';

const APPLY = `mutation($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok } }`;
const CREATE_ENTITIES = `mutation($entities: [EntityInput!]!) { createEntities(entities: $entities) { uri } }`;
const CREATE = `mutation($interactions: [InteractionInput!]!) { createInteractions(interactions: $interactions, options: { returnObjects: false }) { status } }`;

const IN_FLIGHT = 50;
const BATCH_SIZE = 10;

interface GraphQLBody {
  data?: {
    applyConfiguration?: { ok: boolean };
    createEntities?: Array<{ uri: string }>;
    createInteractions?: Array<{ status: string }>;
  };
}

interface Answer {
  status: number;
  connection: string | undefined;
  reusedSocket: boolean;
  body: GraphQLBody;
}

/**
 * Starts a request over `agent` (false: a connection of its own) sending only the first
 * `sentBytes` of its body; `rest()` sends the remainder. `answer` is the answer, or the error
 * the connection failed with.
 */
function startRequest(
  url: string,
  agent: Agent | false,
  options: { method?: string; headers?: Record<string, string>; body?: string; sentBytes?: number },
) {
  const body = Buffer.from(options.body ?? '');
  const sentBytes = options.sentBytes ?? body.length;
  const request = httpRequest(url, {
    method: options.method ?? 'GET',
    agent,
    headers: { ...(body.length ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}), ...options.headers },
  });
  const answer = new Promise<Answer | NodeJS.ErrnoException>((resolve) => {
    request.on('error', resolve);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('error', resolve);
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          connection: response.headers.connection,
          reusedSocket: request.reusedSocket,
          body: JSON.parse(text) as GraphQLBody,
        }),
      );
    });
  });
  const end = (bytes: Buffer) => new Promise<void>((resolve) => request.end(bytes, () => resolve()));
  // Resolves once the bytes are handed to the operating system: the service can read them.
  const partial = sentBytes < body.length;
  const sent = partial ? new Promise<void>((resolve) => request.write(body.subarray(0, sentBytes), () => resolve())) : end(body);
  return { answer, sent, rest: () => (partial ? end(body.subarray(sentBytes)) : sent) };
}

async function graphql(url: string, headers: Record<string, string>, query: string, variables: unknown) {
  const answer = await startRequest(`${url}/graphql`, false, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
    .answer;
  if (answer instanceof Error || answer.status !== 200) throw new Error(`setting up failed: ${JSON.stringify(answer)}`);
  return answer.body.data!;
}

/** Sends SIGTERM; resolves with the milliseconds from the signal to the process's exit. */
function terminate(service: ServiceProcess): Promise<number> {
  const exited = new Promise<number>((resolve) => service.child.once('exit', () => resolve(performance.now())));
  const signalled = performance.now();
  service.child.kill('SIGTERM');
  return exited.then((at) => at - signalled);
}

/** Waits until the service has logged a line matching `pattern`; returns the line. */
async function logged(service: ServiceProcess, pattern: RegExp): Promise<string> {
  for (;;) {
    const line = service
      .output()
      .split('\n')
      .find((text) => pattern.test(text));
    if (line) return line;
    if (!service.alive()) throw new Error(`exited without logging ${pattern}: ${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describeEachDatabase.sequential('shutdown', (provider) => {
  let service: ServiceProcess | undefined;
  let scratch: { url: string; drop(): Promise<void> } | undefined;

  async function start(env: Record<string, string> = {}) {
    scratch = await createTestDatabase(provider);
    service = await startServiceProcess({ DATABASE_URL: scratch.url, DEV_MODE: 'false', ...TEST_JWT, ...env });
    return service;
  }

  afterEach(async () => {
    if (service?.alive()) service.child.kill('SIGKILL');
    await service?.exited;
    await scratch?.drop();
    service = undefined;
    scratch = undefined;
  });

  it(
    `answers all ${IN_FLIGHT} requests in flight on keep-alive connections at SIGTERM, refuses new connections, and exits 0 within 10 s`,
    { timeout: CLI_TEST_TIMEOUT },
    async () => {
      const running = await start();
      const tenant = newTenant('shutdown');
      const headers = await adminOfNewTenant(scratch!.url, tenant);
      expect((await graphql(running.url, headers, APPLY, { input: demoDocument })).applyConfiguration?.ok).toBe(true);
      const [organizer] = (await graphql(running.url, headers, CREATE_ENTITIES, { entities: [individual('John Smith')] })).createEntities!;

      // One keep-alive connection per request, opened (and left idle) before the requests are sent.
      const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
      try {
        const warmUp = await Promise.all(Array.from({ length: IN_FLIGHT }, () => startRequest(`${running.url}/health`, agent, {}).answer));
        expect(warmUp.map((answer) => (answer as Answer).status)).toEqual(warmUp.map(() => 200));

        // Half the requests are sent whole just before the signal (the service has not read most
        // of them when it arrives); the other half send only part of their body before it, the
        // rest after shutdown began, so they are certainly in flight and answered after it.
        const body = JSON.stringify({
          query: CREATE,
          variables: { interactions: Array.from({ length: BATCH_SIZE }, () => lunch(organizer!.uri)) },
        });
        const requests = Array.from({ length: IN_FLIGHT }, (_, index) =>
          startRequest(`${running.url}/graphql`, agent, {
            method: 'POST',
            headers,
            body,
            sentBytes: index % 2 ? Math.floor(body.length / 2) : body.length,
          }),
        );
        await Promise.all(requests.map((request) => request.sent));
        const exit = terminate(running);

        const draining = await logged(running, /"msg":"shutting down: draining requests"/);
        expect((JSON.parse(draining) as { requestsInFlight: number }).requestsInFlight).toBeGreaterThanOrEqual(IN_FLIGHT / 2);
        const late = await startRequest(`${running.url}/health`, false, {}).answer;
        if (late instanceof Error) expect(late.code).toBe('ECONNREFUSED');
        else expect(late.status).toBe(503);

        await Promise.all(requests.map((request) => request.rest()));
        const answers = await Promise.all(requests.map((request) => request.answer));
        const exitedAfter = await exit;

        // Every request answered normally (an error here is how a reset connection shows).
        expect(answers.map((answer) => (answer instanceof Error ? answer.code : answer.status))).toEqual(answers.map(() => 200));
        for (const answer of answers as Answer[]) {
          expect(answer.reusedSocket).toBe(true);
          const statuses = answer.body.data?.createInteractions?.map((result) => result.status);
          expect(statuses).toEqual(Array.from({ length: BATCH_SIZE }, () => 'OK'));
        }
        // Those answered after shutdown began tell their keep-alive client to close.
        const answeredAfterSignal = (answers as Answer[]).filter((_, index) => index % 2);
        expect(answeredAfterSignal.map((answer) => answer.connection)).toEqual(answeredAfterSignal.map(() => 'close'));
        const run = await running.exited;
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('"msg":"stopped"');
        expect(exitedAfter).toBeLessThan(10_000);

        const stored = await openDatabase(scratch!.url);
        try {
          expect(await stored.db.interaction.count({ where: { tenantId: tenant } })).toBe(IN_FLIGHT * BATCH_SIZE);
        } finally {
          await stored.close();
        }
      } finally {
        agent.destroy();
      }
    },
  );

  it('exits 0 within 1 s of SIGTERM when idle, an idle keep-alive connection open', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const running = await start();
    const agent = new Agent({ keepAlive: true });
    try {
      expect(await startRequest(`${running.url}/health`, agent, {}).answer).toMatchObject({ status: 200 });
      expect(agent.freeSockets).not.toEqual({});
      const exitedAfter = await terminate(running);
      const run = await running.exited;
      expect(run.code).toBe(0);
      // The service's own part, from refusing connections to its last line, by its own clock:
      // the requirement is 1 s, and this measured 20-150 ms.
      const logTime = (message: string) =>
        (JSON.parse(run.stdout.split('\n').find((line) => line.includes(`"msg":"${message}"`))!) as { time: number }).time;
      expect(logTime('stopped') - logTime('shutting down: draining requests')).toBeLessThan(1_000);
      // Signal to exit as the test sees it adds process teardown and scheduling: 0.25 s on a
      // quiet machine, but up to 1.8 s was seen with the whole suite sharing 2 cores.
      expect(exitedAfter).toBeLessThan(3_000);
    } finally {
      agent.destroy();
    }
  });

  it(
    'abandons a request still running SHUTDOWN_TIMEOUT_SECONDS after SIGTERM, saying so, and exits 1',
    { timeout: CLI_TEST_TIMEOUT },
    async () => {
      const running = await start({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
      const headers = await adminOfNewTenant(scratch!.url, newTenant('shutdown'));
      // A body that never finishes arriving: the request runs until it is abandoned.
      const body = JSON.stringify({ query: '{ __typename }' });
      const stuck = startRequest(`${running.url}/graphql`, false, { method: 'POST', headers, body, sentBytes: 5 });
      await stuck.sent;
      const exitedAfter = await terminate(running);
      const run = await running.exited;
      expect(run.code).toBe(1);
      const abandoned = run.stdout.split('\n').find((line) => line.includes('SHUTDOWN_TIMEOUT_SECONDS'));
      expect(JSON.parse(abandoned!)).toMatchObject({ level: 50, requestsInFlight: 1, timeoutSeconds: 1 });
      expect(run.stdout).not.toContain('"msg":"stopped"');
      expect(exitedAfter).toBeGreaterThanOrEqual(1_000);
      expect(exitedAfter).toBeLessThan(3_000);
      expect(await stuck.answer).toBeInstanceOf(Error);
    },
  );
});
