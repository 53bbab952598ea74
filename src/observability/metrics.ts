import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OperationLabels } from './operation-labels.ts';
import type { RequestScope } from './request-scope.ts';
import { statementKind } from './statement-kind.ts';

/** Connections of the database's pool (PostgreSQL); undefined where there is no pool. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

/** One finished HTTP request, as metrics label it. */
export interface FinishedRequest {
  /** The route family: graphql, reltio, health, ... (see routeOf). */
  route: string;
  /** The HTTP status answered; undefined when the caller went away first. */
  status: number | undefined;
  durationSeconds: number;
  scope: RequestScope;
}

/** WebSocket use now: connections open, subscriptions followed. */
export interface WebSocketUse {
  connections: number;
  subscriptions: number;
}

export interface ServiceMetrics {
  /** The registry /metrics serves. */
  readonly registry: Registry;
  recordRequest(request: FinishedRequest): void;
  recordStatement(sql: string, durationMs: number): void;
  /** A subscription asked for over WebSocket: `ok` when it started, else the code it was refused with. */
  recordSubscription(outcome: string): void;
  /** Where the WebSocket gauges read from (the subscription server, once it runs). */
  watchWebSockets(read: () => WebSocketUse): void;
}

// Latency buckets (seconds): requests from a probe's millisecond to a large batch's seconds.
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STATEMENT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

// Codes are the service's own (request-errors.ts, Apollo's); the shape check bounds the label all the same.
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

/** The outcome label: the answer's error code, else ok below 400 (HTTP_<status> for an error answer without a code). */
function outcomeOf(status: number | undefined, scope: RequestScope): string {
  if (status === undefined) return 'aborted';
  if (scope.errorCode) return ERROR_CODE.test(scope.errorCode) ? scope.errorCode : 'OTHER';
  return status < 400 ? 'ok' : `HTTP_${status}`;
}

const statusClassOf = (status: number | undefined) => (status === undefined ? 'none' : `${Math.floor(status / 100)}xx`);

/**
 * The service's metrics, in a registry of their own (one per running service: tests run
 * several in a process): requests by route, operation and outcome; batch items by result;
 * database statements by kind; the connection pool; WebSocket connections and subscriptions;
 * the process's own (CPU, memory, event loop).
 */
export function createServiceMetrics(readPoolUse: () => PoolUse | undefined): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operations = new OperationLabels();

  const requests = new Histogram({
    name: 'interactions_http_request_duration_seconds',
    help: 'HTTP requests answered, by route, GraphQL operation, outcome (ok or error code) and status class; _count counts them.',
    labelNames: ['route', 'operation', 'outcome', 'status_class'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const batchItems = new Counter({
    name: 'interactions_batch_items_total',
    help: 'Items of batch mutations by root field and result: created / deleted, or the first error code of a failed item (536, 2xxx, ...).',
    labelNames: ['field', 'result'] as const,
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'interactions_db_statement_duration_seconds',
    help: 'Database statements by kind (SELECT, INSERT, ..., OTHER) and their duration.',
    labelNames: ['kind'] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'interactions_db_pool_connections',
    help: 'Connections of the database pool: total, idle, and requests waiting for one (absent where the driver keeps no pool).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = readPoolUse();
      if (!use) return;
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });

  let readWebSockets: () => WebSocketUse = () => ({ connections: 0, subscriptions: 0 });
  new Gauge({
    name: 'interactions_websocket_connections',
    help: 'WebSocket connections open (graphql-ws at /graphql).',
    registers: [registry],
    collect() {
      this.set(readWebSockets().connections);
    },
  });
  new Gauge({
    name: 'interactions_subscriptions',
    help: 'Subscriptions being followed over WebSocket.',
    registers: [registry],
    collect() {
      this.set(readWebSockets().subscriptions);
    },
  });
  const subscriptions = new Counter({
    name: 'interactions_subscriptions_started_total',
    help: 'Subscriptions asked for over WebSocket, by outcome: ok when started, else the code refusing it.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });

  return {
    registry,
    recordSubscription(outcome) {
      subscriptions.inc({ outcome: outcome === 'ok' || ERROR_CODE.test(outcome) ? outcome : 'OTHER' });
    },
    watchWebSockets(read) {
      readWebSockets = read;
    },
    recordRequest({ route, status, durationSeconds, scope }) {
      const operation = operations.labelOf(scope.operationResolved, scope.operationName);
      requests.observe({ route, operation, outcome: outcomeOf(status, scope), status_class: statusClassOf(status) }, durationSeconds);
      for (const [field, results] of scope.batchItems) for (const [result, count] of results) batchItems.inc({ field, result }, count);
    },
    recordStatement(sql, durationMs) {
      statements.observe({ kind: statementKind(sql) }, durationMs / 1000);
    },
  };
}
