// The file loader (npm run load) against a service that refuses, fails, limits or goes away:
// it stops with a clear message when retrying cannot help, retries when it can, sizes its
// batches by the service's limits, and resumes a load the service's absence stopped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant } from './helpers/demo.ts';
import { interactionCount } from './helpers/interactions.ts';
import { loaderEnvironment, runLoader, type LoaderRun } from './helpers/loader.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

/** What the proxy saw of one request. */
interface Seen {
  operation: string;
  /** Items of its batch mutation; 0 for a query. */
  items: number;
  key?: string;
}

/** What the proxy does with a request: forward it, answer an error itself, or cut the connection (before forwarding, or after, losing the answer). */
type Action = 'forward' | 'cut' | 'forward-then-cut' | 'go-down' | { status: number; code: string; retryAfter?: string };

interface Proxy {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the test service that shows what the loader sends and answers as
 * `decide` says; 'go-down' cuts the connection and stops listening: the URL refuses connections.
 */
async function startProxy(target: string, decide: (request: Seen, index: number) => Action = () => 'forward'): Promise<Proxy> {
  const upstream = new URL(target);
  const seen: Seen[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const { query, variables = {} } = JSON.parse(body.toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      const list = variables.interactions ?? variables.entities;
      const item: Seen = {
        operation: /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous',
        items: Array.isArray(list) ? list.length : 0,
        ...(typeof request.headers['idempotency-key'] === 'string' ? { key: request.headers['idempotency-key'] } : {}),
      };
      seen.push(item);
      const action = decide(item, seen.length - 1);
      if (typeof action === 'object') {
        response.writeHead(action.status, {
          'content-type': 'application/json',
          ...(action.retryAfter === undefined ? {} : { 'retry-after': action.retryAfter }),
        });
        response.end(JSON.stringify({ errors: [{ message: `the proxy answers ${action.status}`, extensions: { code: action.code } }] }));
        return;
      }
      if (action === 'cut' || action === 'go-down') {
        request.socket.destroy();
        if (action === 'go-down') {
          server.close();
          server.closeAllConnections();
        }
        return;
      }
      const forwarded = httpRequest(upstream, { method: 'POST', headers: { ...request.headers, host: upstream.host } }, (answer) => {
        if (action === 'forward-then-cut') {
          // The service did the work; its answer is lost on the way back.
          answer.resume();
          answer.on('end', () => request.socket.destroy());
          return;
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forwarded.on('error', () => request.socket.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        if (!server.listening) resolve();
      }),
  };
}

const BASE_TIME = Date.parse('2024-06-01T00:00:00Z');

/** Exhibitions told apart by their timestamps alone: no crosswalks or id attributes, so a row sent twice would be stored twice. */
const exhibitions = (count: number) =>
  Array.from({ length: count }, (_, index) => `${JSON.stringify({ type: 'ExhibitionEvent', timestamp: BASE_TIME + index })}\n`).join('');

const mutations = (proxy: Proxy) => proxy.seen.filter((request) => request.operation === 'LoadInteractions');

/** Items of each batch the proxy saw, largest first. */
const batchSizes = (proxy: Proxy) =>
  mutations(proxy)
    .map((request) => request.items)
    .sort((a, b) => b - a);

const notes = (run: LoaderRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{"event":"note"'))
    .map((line) => (JSON.parse(line) as { message: string }).message);

// One test at a time per database, as the other loader files: each starts loader processes.
describeEachDatabase.sequential('file loader: service errors', (provider) => {
  let service: TestService;
  const dirs: string[] = [];
  const proxies: Proxy[] = [];
  beforeAll(async () => {
    // A service that takes at most 40 items a request.
    service = await startTestService(provider, { MAX_BATCH_SIZE: '40' });
  });
  afterAll(async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await service?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A file of `count` exhibitions, in a directory of its own. */
  function exhibitionsFile(count: number) {
    const dir = mkdtempSync(join(tmpdir(), 'loader-errors-'));
    dirs.push(dir);
    const file = join(dir, 'exhibitions.ndjson');
    writeFileSync(file, exhibitions(count));
    return file;
  }

  async function proxy(decide?: (request: Seen, index: number) => Action) {
    const started = await startProxy(`${service.url}/graphql`, decide);
    proxies.push(started);
    return started;
  }

  /** The tenant's interactions' timestamps, as offsets from BASE_TIME, in order: each row once? */
  async function storedRows(tenant: string) {
    const rows = await service.database.db.interaction.findMany({ where: { tenantId: tenant }, select: { timestamp: true } });
    return rows.map((row) => Number(row.timestamp) - BASE_TIME).sort((a, b) => a - b);
  }

  const firstRows = (count: number) => Array.from({ length: count }, (_, index) => index);

  it(
    'stops at once with the cause for a wrong key (401) and for a READER credential, storing nothing',
    async () => {
      const tenant = await demoTenant(service);
      const file = exhibitionsFile(3);
      const url = `${service.url}/graphql`;
      const reader = (await service.as(tenant, { roles: ['reader'] })).authorization!.replace(/^Bearer /, '');
      const [wrongKey, readOnly] = await Promise.all([
        runLoader([file, '--rejects', `${file}.wrong-key.rejects`, '--checkpoint', `${file}.wrong-key.checkpoint`], {
          INTERACTIONS_URL: url,
          INTERACTIONS_API_KEY: 'isk_0000000000_not-a-real-secret',
        }),
        runLoader([file, '--rejects', `${file}.reader.rejects`, '--checkpoint', `${file}.reader.checkpoint`], {
          INTERACTIONS_URL: url,
          INTERACTIONS_API_KEY: reader,
        }),
      ]);
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stderr).toMatch(/^load: cannot start loading: 401 UNAUTHENTICATED: /);
      expect(wrongKey.stderr).not.toMatch(/retrying/);
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr).toBe('load: the credential may only read: loading needs a WRITER or ADMIN credential\n');
      expect(await interactionCount(service, tenant)).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'retries 503s, a 429 and a connection cut after the service answered, and stores every row once',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      let cut = false;
      const flaky = await proxy((request, index) => {
        if (index < 2) return { status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '0' };
        if (index === 2) return { status: 429, code: 'RATE_LIMITED', retryAfter: '0' };
        if (request.operation === 'LoadInteractions' && !cut) {
          cut = true;
          return 'forward-then-cut';
        }
        return 'forward';
      });
      const run = await runLoader([exhibitionsFile(30), '--batch-size', '10', '--json'], { ...env, INTERACTIONS_URL: flaky.url });
      expect(run.code).toBe(0);
      expect(run.summary).toMatchObject({ outcome: 'loaded', read: 30, created: 30, replayed: 0, rejected: 0 });
      expect(notes(run)).toEqual([
        expect.stringMatching(/^503 SERVICE_UNAVAILABLE: the proxy answers 503; retrying in \d+\.\d s \(attempt 2\)$/),
        expect.stringMatching(/^503 SERVICE_UNAVAILABLE: .*\(attempt 3\)$/),
        expect.stringMatching(/^429 RATE_LIMITED: .*\(attempt 4\)$/),
        expect.stringMatching(new RegExp(`^cannot reach ${flaky.url}: ECONNRESET; retrying in .* \\(attempt 2\\)$`)),
      ]);
      // The batch whose answer was lost went again under its Idempotency-Key: the service gave back its first answer.
      const sent = mutations(flaky);
      expect(sent).toHaveLength(4);
      expect(new Set(sent.map((request) => request.key)).size).toBe(3);
      expect(await storedRows(tenant)).toEqual(firstRows(30));
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    "sizes batches by the service's MAX_BATCH_SIZE, or by --batch-size when smaller",
    async () => {
      const [byService, byOption] = await Promise.all([demoTenant(service), demoTenant(service)]);
      const [serviceProxy, optionProxy] = await Promise.all([proxy(), proxy()]);
      const file = exhibitionsFile(100);
      const [limited, small] = await Promise.all([
        runLoader([file, '--json', '--checkpoint', `${file}.service.checkpoint`], {
          ...(await loaderEnvironment(service, byService)),
          INTERACTIONS_URL: serviceProxy.url,
        }),
        runLoader(
          [file, '--json', '--batch-size', '10', '--checkpoint', `${file}.option.checkpoint`, '--rejects', `${file}.option.rejects`],
          {
            ...(await loaderEnvironment(service, byOption)),
            INTERACTIONS_URL: optionProxy.url,
          },
        ),
      ]);
      expect(limited.code).toBe(0);
      expect(limited.summary).toMatchObject({ outcome: 'loaded', created: 100 });
      // Sent four at a time: in whichever order they arrive.
      expect(batchSizes(serviceProxy)).toEqual([40, 40, 20]);
      expect(small.code).toBe(0);
      expect(small.summary).toMatchObject({ outcome: 'loaded', created: 100 });
      expect(batchSizes(optionProxy)).toEqual(Array(10).fill(10));
      expect(await storedRows(byService)).toEqual(firstRows(100));
      expect(await storedRows(byOption)).toEqual(firstRows(100));
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'stops naming the URL when the service stays down past --retry-for, keeps its checkpoint, and --resume finishes against a working service',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      // Two batches go through, then the service goes away for good.
      const dying = await proxy((request) =>
        request.operation === 'LoadInteractions' && mutations(dying).length > 2 ? 'go-down' : 'forward',
      );
      const file = exhibitionsFile(50);
      const started = Date.now();
      const stopped = await runLoader([file, '--batch-size', '10', '--concurrency', '1', '--retry-for', '2', '--json'], {
        ...env,
        INTERACTIONS_URL: dying.url,
      });
      expect(stopped.code).toBe(1);
      expect(Date.now() - started).toBeGreaterThan(2000);
      expect(stopped.summary).toMatchObject({ outcome: 'stopped', read: expect.any(Number), created: 20, rejected: 0 });
      expect(stopped.summary!.message).toMatch(
        new RegExp(
          `^stopped: the service kept failing for 2 s \\(\\d+ attempts\\): cannot reach ${dying.url}: ECONNREFUSED; 20 rows settled, the rest loads with --resume \\(checkpoint ${file}\\.checkpoint\\.json\\)$`,
        ),
      );
      const checkpoint = JSON.parse(readFileSync(`${file}.checkpoint.json`, 'utf8')) as Record<string, unknown>;
      expect(checkpoint).toMatchObject({ through: 20, done: [], inFlight: [{ first: 21, last: 30 }] });
      expect(checkpoint.finishedAt).toBeUndefined();
      expect(await storedRows(tenant)).toEqual(firstRows(20));

      // Without --resume the loader says how to go on.
      const refused = await runLoader([file], { ...env, INTERACTIONS_URL: `${service.url}/graphql` });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/stopped with 20 rows settled .*add --resume to continue it/);

      const resumed = await runLoader([file, '--resume', '--batch-size', '10', '--json'], {
        ...env,
        INTERACTIONS_URL: `${service.url}/graphql`,
      });
      expect(resumed.code).toBe(0);
      expect(resumed.summary).toMatchObject({ outcome: 'loaded', read: 50, skipped: 20, created: 50, rejected: 0 });
      expect(await storedRows(tenant)).toEqual(firstRows(50));
    },
    CLI_TEST_TIMEOUT,
  );
});
