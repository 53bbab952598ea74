import type { GraphQLError } from 'graphql';
import { requestError } from '../errors/request-errors.ts';
import { isDatabaseUnavailable } from './errors.ts';

/** Seconds a caller is asked to wait before retrying a request the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** 503 with Retry-After: the database cannot be used now. */
export function databaseUnavailable(): GraphQLError {
  return requestError(
    'SERVICE_UNAVAILABLE',
    'the database is unavailable: retry later',
    { reason: 'DATABASE_UNAVAILABLE', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}

/** The 503 for an error that says the database cannot be used now; undefined for any other error. */
export function unavailabilityOf(error: unknown): GraphQLError | undefined {
  return isDatabaseUnavailable(error) ? databaseUnavailable() : undefined;
}
