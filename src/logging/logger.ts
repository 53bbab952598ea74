import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { currentRequestScope, requestLogFields } from '../observability/request-scope.ts';
import { traceLogFields } from '../observability/trace-fields.ts';

// How deep a chain of wrapped errors is followed: enough for Apollo's wrappers around a driver's error.
const MAX_CAUSE_DEPTH = 5;

/**
 * The standard error serializer, plus the error a GraphQLError wraps (`originalError`, which
 * is not enumerable and so would be left out): the root cause of a 500 is what the line is for.
 * Takes an error, or an error the standard serializer has already serialized (pino-http
 * wraps serializers so), which keeps the error itself as `raw`.
 */
export function errorSerializer(value: unknown, depth = 0): unknown {
  const error = value instanceof Error ? value : (value as { raw?: unknown } | null | undefined)?.raw;
  if (!(error instanceof Error)) return value;
  const serialized = (value instanceof Error ? stdSerializers.err(value) : value) as Record<string, unknown>;
  const wrapped = (error as { originalError?: unknown }).originalError;
  if (wrapped instanceof Error && wrapped !== error && depth < MAX_CAUSE_DEPTH && serialized.originalError === undefined)
    serialized.originalError = errorSerializer(wrapped, depth + 1);
  return serialized;
}

/**
 * The service's structured JSON logger. A line written while a request is served carries that
 * request's id, tenant, caller and operation name, whichever logger (child) writes it, and
 * its trace and span ids when tracing is on.
 * `destination` is for tests that read the lines; stdout otherwise.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'interactions' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: { err: (error: unknown) => errorSerializer(error) },
      mixin() {
        const scope = currentRequestScope();
        return traceLogFields(scope ? requestLogFields(scope) : {});
      },
    },
    destination,
  );
}
export type { Logger };
