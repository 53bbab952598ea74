// Every statement the service sends outside Prisma's client (prepared reads, driver
// transactions) reaches the same query listeners as Prisma's own (metrics, statement counts)
// and, when traced, gets a span like Prisma's.
import { SpanKind, trace } from '@opentelemetry/api';
import type { Provider } from '../config/database-url.ts';

export type QueryListener = (sql: string, durationMs: number, params: string) => void;

const tracer = trace.getTracer('interactions-service/db');

/** Times the statement for the listeners, in a span when traced. */
export function observed(provider: Provider, listeners: ReadonlySet<QueryListener>, sql: string, parameters: readonly unknown[]) {
  return async <T>(run: () => Promise<T> | T): Promise<T> =>
    tracer.startActiveSpan(
      'db_query',
      { kind: SpanKind.CLIENT, attributes: { 'db.system.name': provider, 'db.query.text': sql } },
      async (span) => {
        const start = performance.now();
        try {
          return await run();
        } finally {
          const durationMs = performance.now() - start;
          span.end();
          if (listeners.size) {
            const params = JSON.stringify(parameters, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
            for (const listener of listeners) listener(sql, durationMs, params);
          }
        }
      },
    );
}
