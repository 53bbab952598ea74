// OpenTelemetry traces, sent to a collector as a real deployment would (OTLP over HTTP): the
// caller's traceparent continued, one span per HTTP request, per GraphQL operation and per
// root field, Prisma's statements beneath the field that caused them, statement text without
// values, probes untraced, log lines carrying the trace id, and the last spans sent at exit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, type CliRun } from './helpers/cli.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { OtlpReceiver, type ReceivedSpan } from './helpers/otlp-receiver.ts';
import { startServiceProcess } from './helpers/service-process.ts';
import { createTestDatabase } from './helpers/test-service.ts';

const SERVER = 2;
const STATUS_ERROR = 2;
const traceparent = (traceId: string, parentId: string) => `00-${traceId}-${parentId}-01`;
const CALLER_SPAN = 'b7ad6b7169203331';
const ENTITIES_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const LUNCH_TRACE = '0af7651916cd43dd8448eb211c80319c';
const INVALID_TRACE = '5c6a3d2e1f0b4a9c8d7e6f5a4b3c2d1e';
const RELTIO_TRACE = '7d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a';
// A value only the request carries: statements are exported as text with placeholders, never with it.
const PRIVATE_PLACE = 'Rivendell-private-table-7731';

describeEachDatabase('OpenTelemetry traces', (provider) => {
  const receiver = new OtlpReceiver();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stopped: CliRun;
  let logLines: Array<Record<string, unknown>>;

  beforeAll(async () => {
    const collector = await receiver.start();
    database = await createTestDatabase(provider);
    const service = await startServiceProcess({
      DATABASE_URL: database.url,
      // The demo tenant, answering requests without credentials (on PostgreSQL too).
      DEV_MODE: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'interactions-under-test',
    });
    const graphql = async (
      traceId: string,
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => {
      const answer = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: traceparent(traceId, CALLER_SPAN), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: answer.status, body: (await answer.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
    };
    try {
      const people = await graphql(
        ENTITIES_TRACE,
        `
          mutation AddPeople($entities: [EntityInput!]!) {
            createEntities(entities: $entities) {
              uri
              status
            }
          }
        `,
        {
          entities: [
            {
              type: 'configuration/entityTypes/Individual',
              attributes: [{ name: 'FullName', values: ['Elrond'] }],
              crosswalks: [{ source: 'configuration/sources/Salesforce', value: 'SF-elrond' }],
            },
            { type: 'configuration/entityTypes/Dragon', attributes: [] },
          ],
        },
      );
      const created = people.body.data?.createEntities as Array<{ uri: string | null; status: string }>;
      expect(created.map((result) => result.status)).toEqual(['OK', 'FAILED']);

      const lunch = await graphql(
        LUNCH_TRACE,
        `
          mutation RecordLunch($interactions: [InteractionInput!]!) {
            createInteractions(interactions: $interactions) {
              status
            }
          }
        `,
        {
          interactions: [
            {
              type: 'Lunch',
              timestamp: Date.UTC(2026, 0, 5),
              attributes: [{ name: 'Place', values: [PRIVATE_PLACE] }],
              members: [{ participant: 'Organizers', members: [{ objectURI: created[0]!.uri }] }],
            },
          ],
        },
        { 'X-Request-Id': 'trace-test-lunch' },
      );
      expect(lunch.body.data).toEqual({ createInteractions: [{ status: 'OK' }] });

      expect((await graphql(INVALID_TRACE, '{ noSuchField }')).status).toBe(400);
      const reltio = await fetch(`${service.url}/services/reltio/api/demo/interactions/doesNotExist`, {
        headers: { traceparent: traceparent(RELTIO_TRACE, CALLER_SPAN) },
      });
      expect(reltio.status).toBe(404);
      for (const probe of ['/health', '/ready', '/metrics']) expect((await fetch(`${service.url}${probe}`)).status).toBe(200);
    } finally {
      // At once: the batch processor would send its spans after 5 s; these must go at exit.
      stopped = await service.stop();
    }
    logLines = stopped.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }, CLI_TEST_TIMEOUT);

  afterAll(async () => {
    await receiver.stop();
    await database?.drop();
  });

  const one = (spans: ReceivedSpan[], predicate: (span: ReceivedSpan) => boolean): ReceivedSpan => {
    const found = spans.filter(predicate);
    expect(found.map((span) => span.name)).toHaveLength(1);
    return found[0]!;
  };

  it('sends the last requests’ spans before the process exits, under the configured service name', () => {
    expect(stopped.code).toBe(0);
    expect(receiver.trace(LUNCH_TRACE).length).toBeGreaterThan(0);
    expect(receiver.resources[0]).toMatchObject({ 'service.name': 'interactions-under-test' });
  });

  it('continues the caller’s trace: HTTP span, operation span, root-field span, and the field’s statements beneath it', () => {
    const spans = receiver.trace(LUNCH_TRACE);
    const http = one(spans, (span) => span.kind === SERVER);
    expect(http).toMatchObject({
      name: 'POST /graphql',
      parentSpanId: CALLER_SPAN,
      attributes: {
        'http.request.method': 'POST',
        'http.route': '/graphql',
        'http.response.status_code': 200,
        'interactions.request_id': 'trace-test-lunch',
        'interactions.tenant_id': 'demo',
      },
    });
    const operation = one(spans, (span) => span.parentSpanId === http.spanId && span.scope.endsWith('/graphql'));
    expect(operation).toMatchObject({
      name: 'mutation RecordLunch',
      attributes: { 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'RecordLunch' },
    });
    expect(operation.status.code).not.toBe(STATUS_ERROR);
    const field = one(spans, (span) => span.parentSpanId === operation.spanId && span.name.startsWith('Mutation.'));
    expect(field).toMatchObject({
      name: 'Mutation.createInteractions',
      attributes: { 'interactions.batch.items': 1, 'interactions.batch.items_failed': 0 },
    });
    // Statements through Prisma, and the service's prepared reads (src/db/prepared-reads.ts).
    const isStatement = (span: (typeof spans)[number]) => span.name === 'prisma:client:db_query' || span.name === 'db_query';
    const statements = spans.filter((span) => isStatement(span) && OtlpReceiver.descendsFrom(spans, span, field));
    const texts = statements.map((span) => String(span.attributes['db.query.text']));
    expect(texts.some((text) => /^INSERT INTO .*Interaction/i.test(text))).toBe(true);
    expect(statements.every((span) => span.attributes['db.system.name'] === (provider === 'sqlite' ? 'sqlite' : 'postgresql'))).toBe(true);
    // The caller's credentials resolved before the operation: its statements sit under the HTTP span.
    const credentialStatements = spans.filter((span) => isStatement(span) && !OtlpReceiver.descendsFrom(spans, span, operation));
    expect(credentialStatements.map((span) => span.attributes['db.query.text'])).toContainEqual(expect.stringMatching(/FROM "Tenant"/));
    expect(
      credentialStatements.every((span) => span.attributes['db.system.name'] === (provider === 'sqlite' ? 'sqlite' : 'postgresql')),
    ).toBe(true);
  });

  it('exports no values of the request, not even in statements', () => {
    const exported = receiver.exports.map((each) => each.body.toString()).join('\n');
    expect(exported).toContain('INSERT INTO');
    expect(exported).not.toContain(PRIVATE_PLACE);
  });

  it('counts a batch’s items and failed items on its field span', () => {
    const spans = receiver.trace(ENTITIES_TRACE);
    expect(one(spans, (span) => span.name === 'Mutation.createEntities').attributes).toMatchObject({
      'interactions.batch.items': 2,
      'interactions.batch.items_failed': 1,
    });
    expect(one(spans, (span) => span.scope.endsWith('/graphql') && span.name.startsWith('mutation')).name).toBe('mutation AddPeople');
  });

  it('marks an operation refused by validation as failed, with its code', () => {
    const spans = receiver.trace(INVALID_TRACE);
    expect(one(spans, (span) => span.kind === SERVER).attributes['http.response.status_code']).toBe(400);
    const operation = one(spans, (span) => span.name === 'graphql');
    expect(operation.status.code).toBe(STATUS_ERROR);
    expect(operation.attributes['error.type']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('traces the Reltio facade’s requests through the same operation and field spans', () => {
    const spans = receiver.trace(RELTIO_TRACE);
    const http = one(spans, (span) => span.kind === SERVER);
    expect(http).toMatchObject({ name: 'GET /services/reltio', attributes: { 'http.response.status_code': 404 } });
    const operation = one(spans, (span) => span.parentSpanId === http.spanId && span.scope.endsWith('/graphql'));
    expect(operation.name).toBe('query ReltioReadInteraction');
    expect(one(spans, (span) => span.parentSpanId === operation.spanId).name).toBe('Query.interaction');
  });

  it('leaves probes and scrapes untraced', () => {
    const paths = receiver.spans.filter((span) => span.kind === SERVER).map((span) => span.attributes['url.path']);
    expect(paths).toContain('/graphql');
    expect(paths).not.toContain('/health');
    expect(paths).not.toContain('/ready');
    expect(paths).not.toContain('/metrics');
  });

  it('writes the trace and span of the request into its log lines', () => {
    const http = one(receiver.trace(LUNCH_TRACE), (span) => span.kind === SERVER);
    const completed = logLines.find((line) => line.requestId === 'trace-test-lunch' && line.msg === 'request completed');
    expect(completed).toMatchObject({ trace_id: LUNCH_TRACE, span_id: http.spanId });
    expect(logLines.some((line) => line.msg === 'tracing: spans are sent to the configured exporter')).toBe(true);
  });
});
