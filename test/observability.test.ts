// Request ids, request-scoped log lines and /metrics, through the real server: what an
// operator needs to find the cause of a failed request and to watch the service.
import { GraphQLError } from 'graphql';
import { stdSerializers } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { injectFault } from './helpers/faults.ts';
import { demoTenant } from './helpers/demo.ts';
import { captureLogs, type CapturedLogs } from './helpers/log-capture.ts';
import { parseSamples, sampleSum, type Sample } from './helpers/prometheus-text.ts';
import { createDemoPeople, lunch, postCreateInteractions } from './helpers/interactions.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';
import { OperationLabels, OTHER_OPERATION } from '../src/observability/operation-labels.ts';
import { statementKind } from '../src/observability/statement-kind.ts';
import { requestIdOf } from '../src/observability/request-id.ts';
import { loadConfig, metricsEnabled } from '../src/config/env.ts';
import { errorSerializer } from '../src/logging/logger.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REQUESTS = 'interactions_http_request_duration_seconds_count';
const ITEMS = 'interactions_batch_items_total';
const METRICS_TOKEN = 'observability-test-metrics-token';

const uniqueId = (label: string) => `${label}-${Math.random().toString(36).slice(2)}`;

describeEachDatabase('observability', (provider) => {
  let service: TestService;
  let logs: CapturedLogs;
  // Whose /metrics want METRICS_TOKEN. Started with the other, before any test runs: starting a
  // service (migrating its database) holds this process's event loop, which requests of tests
  // running meanwhile would pay for.
  let guarded: TestService;
  beforeAll(async () => {
    logs = captureLogs();
    [service, guarded] = await Promise.all([
      startTestService(provider, { LOG_LEVEL: 'info' }, logs.stream),
      startTestService(provider, { METRICS_TOKEN }),
    ]);
  });
  afterAll(() => Promise.all([service?.stop(), guarded?.stop()]));

  const scrape = async () => {
    const response = await fetch(`${service.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return parseSamples(await response.text());
  };
  // A request is recorded once its answer is handed over, which can be just after the caller has read it.
  const scrapeUntil = async (done: (samples: Sample[]) => boolean) => {
    let samples = await scrape();
    for (let attempt = 0; !done(samples) && attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      samples = await scrape();
    }
    return samples;
  };

  it('counts the items of a batch by result code, and the request by operation and outcome', async () => {
    const tenant = await demoTenant(service);
    const { john } = await createDemoPeople(service, tenant);
    const taken = { source: 'configuration/sources/Salesforce', value: uniqueId('lunch') };
    const batch = [
      lunch(john, { crosswalks: [taken] }),
      lunch(john, { crosswalks: [taken] }), // 536: the crosswalk is taken earlier in the batch
      { type: 42 } as unknown as InteractionInput, // 2013: malformed
      lunch(john),
    ];
    const before = await scrape();
    const response = await postCreateInteractions(service, tenant, batch);
    expect(response.status).toBe(200);
    expect(response.data?.createInteractions.map((result) => result.errors[0]?.code ?? 'created')).toEqual([
      'created',
      536,
      2013,
      'created',
    ]);

    const createdItems = { field: 'createInteractions', result: 'created' };
    const after = await scrapeUntil((samples) => sampleSum(samples, ITEMS, createdItems) > sampleSum(before, ITEMS, createdItems));
    const delta = (name: string, labels: Record<string, string>) => sampleSum(after, name, labels) - sampleSum(before, name, labels);
    // No other test of this file creates interactions successfully: the counts are this batch's.
    expect(delta(ITEMS, createdItems)).toBe(2);
    expect(delta(ITEMS, { field: 'createInteractions', result: '536' })).toBe(1);
    expect(delta(ITEMS, { field: 'createInteractions', result: '2013' })).toBe(1);
    expect(delta(REQUESTS, { route: 'graphql', operation: 'CreateInteractions', outcome: 'ok', status_class: '2xx' })).toBe(1);
    expect(sampleSum(after, ITEMS, { field: 'createEntities', result: 'created' })).toBeGreaterThanOrEqual(6);
    // The statements those writes took, by kind; and the process's own metrics.
    expect(sampleSum(after, 'interactions_db_statement_duration_seconds_count', { kind: 'INSERT' })).toBeGreaterThan(0);
    const statementKinds = after
      .filter((sample) => sample.name === 'interactions_db_statement_duration_seconds_count')
      .map((sample) => sample.labels.kind);
    expect(statementKinds.every((kind) => /^[A-Z]+$/.test(kind ?? ''))).toBe(true);
    // PostgreSQL's connection pool; SQLite has none.
    const poolStates = after.filter((sample) => sample.name === 'interactions_db_pool_connections').map((sample) => sample.labels.state);
    expect(poolStates.sort()).toEqual(provider === 'postgresql' ? ['idle', 'total', 'waiting'] : []);
    if (provider === 'postgresql') expect(sampleSum(after, 'interactions_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(sampleSum(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleSum(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('labels requests that failed before an operation was resolved without the name the caller sent', async () => {
    const tenant = newTenant();
    const claimed = uniqueId('Unvalidated').replace(/-/g, '_');
    const invalid = await service.graphql(tenant, `query ${claimed} { noSuchField }`, {});
    expect(invalid.status).toBe(400);
    const refused = await service.post(`query ${claimed} { __typename }`, {});
    expect(refused.status).toBe(401);
    const invalidRequests = { operation: '(none)', outcome: 'GRAPHQL_VALIDATION_FAILED', status_class: '4xx' };
    const samples = await scrapeUntil((found) => sampleSum(found, REQUESTS, invalidRequests) > 0);
    expect(samples.some((sample) => sample.labels.operation === claimed)).toBe(false);
    expect(sampleSum(samples, REQUESTS, invalidRequests)).toBeGreaterThan(0);
    expect(sampleSum(samples, REQUESTS, { operation: '(none)', outcome: 'UNAUTHENTICATED', status_class: '4xx' })).toBeGreaterThan(0);
  });

  it('answers X-Request-Id on every route: the caller’s when sane, else a new one', async () => {
    const tenant = newTenant();
    const headers = { ...(await service.as(tenant)), 'content-type': 'application/json' };
    const graphqlBody = JSON.stringify({ query: '{ __typename }' });
    const answered = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${service.url}${path}`, init);
      await response.arrayBuffer();
      return { status: response.status, requestId: response.headers.get('x-request-id') };
    };
    const given = uniqueId('caller-id');
    expect(await answered('/graphql', { method: 'POST', headers: { ...headers, 'x-request-id': given }, body: graphqlBody })).toEqual({
      status: 200,
      requestId: given,
    });
    for (const [path, init, status] of [
      ['/graphql', { method: 'POST', headers, body: graphqlBody }, 200],
      ['/graphql', { method: 'POST', body: graphqlBody, headers: { 'content-type': 'application/json' } }, 401],
      ['/health', {}, 200],
      ['/no-such-route', {}, 404],
      [`/services/reltio/api/${tenant}/interactions/nothing`, { headers }, 404],
      [`/services/reltio/api/${tenant}/interactions/nothing`, {}, 401],
      ['/metrics', {}, 200],
    ] as const) {
      const generated = await answered(path, init);
      expect(generated).toEqual({ status, requestId: expect.stringMatching(UUID) });
      const echoed = await answered(path, { ...init, headers: { ...(init as RequestInit).headers, 'x-request-id': given } });
      expect(echoed).toEqual({ status, requestId: given });
    }
    // Not a sane token: replaced.
    for (const insane of ['has space', 'x'.repeat(129), 'naïve'])
      expect((await answered('/health', { headers: { 'x-request-id': insane } })).requestId).toMatch(UUID);
  });

  it('writes every log line of a request with its id, tenant, caller and operation name', async () => {
    const tenant = newTenant();
    const requestId = uniqueId('logged');
    const response = await service.graphql(tenant, 'query ObservabilityProbe { __typename }', {}, { 'x-request-id': requestId });
    expect(response.status).toBe(200);
    const lines = await logs.linesOfRequest(requestId);
    expect(lines.map((line) => line.msg)).toContain('request completed');
    for (const line of lines)
      expect(line).toMatchObject({
        requestId,
        tenantId: tenant,
        caller: `tester@${tenant}`,
        credential: 'jwt',
        operationName: 'ObservabilityProbe',
      });
    // No line of the request lacks its id: every line naming the request's tenant carries it.
    expect(logs.lines().filter((line) => line.tenantId === tenant && line.requestId !== requestId)).toEqual([]);
  });

  it('logs the root cause of a 500 with the request id, which the answer gives the caller', async () => {
    const tenant = await demoTenant(service);
    const { john } = await createDemoPeople(service, tenant);
    const place = uniqueId('faulty-place');
    const undo = await injectFault(service, {
      table: 'InteractionAttributeValue',
      on: 'INSERT',
      when: `NEW."value" = '${place}'`,
      failure: 'fault',
    });
    const requestId = uniqueId('failing');
    try {
      const response = await postCreateInteractions(
        service,
        tenant,
        [lunch(john, { attributes: [{ name: 'Place', values: [place] }] })],
        undefined,
        {
          'x-request-id': requestId,
        },
      );
      expect(response.status).toBe(500);
      expect(response.errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }),
      ]);
      expect(response.headers?.get('x-request-id')).toBe(requestId);
    } finally {
      await undo();
    }
    const lines = await logs.linesOfRequest(requestId);
    const errors = lines.filter((line) => line.level === 50);
    expect(errors.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ requestId, tenantId: tenant, operationName: 'CreateInteractions' });
    // The database's own words, not just "Internal server error": the fault is a NOT NULL violation on the guard table.
    expect(errors.some((line) => /TestFaultGuard|note/i.test(JSON.stringify(line.err)))).toBe(true);
  });

  it('serves /metrics only with the token when one is set', async () => {
    const without = await fetch(`${guarded.url}/metrics`);
    expect(without.status).toBe(401);
    expect(await without.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
    expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const withToken = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain('interactions_http_request_duration_seconds');
  });
});

describe('observability settings and labels', () => {
  it('serves /metrics unless turned off, and in production only with a token unless turned on', () => {
    const enabled = (env: Record<string, string>) => metricsEnabled(loadConfig(env));
    expect(enabled({})).toBe(true);
    expect(enabled({ METRICS: 'off' })).toBe(false);
    expect(enabled({ NODE_ENV: 'production' })).toBe(false);
    expect(enabled({ NODE_ENV: 'production', METRICS_TOKEN })).toBe(true);
    expect(enabled({ NODE_ENV: 'production', METRICS: 'on' })).toBe(true);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('invalid METRICS_TOKEN=(hidden)');
  });

  it('keeps operation labels to names GraphQL resolved, clipped, and to a bounded number of them', () => {
    const labels = new OperationLabels(3);
    expect(labels.labelOf(false, 'Claimed')).toBe('(none)');
    expect(labels.labelOf(true, undefined)).toBe('(anonymous)');
    expect(labels.labelOf(true, 'A'.repeat(500))).toBe('A'.repeat(64));
    expect(['B', 'C', 'D', 'B'].map((name) => labels.labelOf(true, name))).toEqual(['B', 'C', OTHER_OPERATION, 'B']);
  });

  it('labels statements by kind, never by text', () => {
    expect(statementKind('SELECT "id" FROM "Entity" WHERE "tenantId" = $1')).toBe('SELECT');
    expect(statementKind('  /* prisma */ insert into x values (1)')).toBe('INSERT');
    expect(statementKind('(SELECT 1) UNION (SELECT 2)')).toBe('SELECT');
    expect(statementKind('VACUUM')).toBe('OTHER');
    expect(statementKind('')).toBe('OTHER');
  });

  it('logs the error a GraphQLError wraps, which the standard serializer leaves out', () => {
    const wrapped = new GraphQLError('Unexpected error.', { originalError: new Error('connection terminated unexpectedly') });
    const serialized = { ...(errorSerializer(wrapped) as object) };
    expect(serialized).toMatchObject({ type: 'GraphQLError', originalError: { message: 'connection terminated unexpectedly' } });
    // pino-http hands its serializers the standard serializer's output, which keeps the error as `raw`.
    expect(errorSerializer(stdSerializers.err(wrapped))).toMatchObject({
      originalError: { message: 'connection terminated unexpectedly' },
    });
  });

  it('accepts a sane X-Request-Id and replaces any other', () => {
    expect(requestIdOf('abc-123:x/y')).toBe('abc-123:x/y');
    for (const insane of [undefined, '', ' ', 'a b', 'x'.repeat(129), 'line\nbreak', ['a', 'b']]) expect(requestIdOf(insane)).toMatch(UUID);
  });
});
