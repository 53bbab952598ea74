// Errors in Reltio's shape: { severity, errorMessage, errorCode, errorDetailMessage }, with
// this service's own information, which Reltio's shape has no place for, in `details`.
import type { GraphQLFormattedError } from 'graphql';
import { errorCatalog } from '../../errors/catalog.ts';
import type { GraphQLProblem } from './graphql-results.ts';
import { reltioPath } from './reltio-paths.ts';

export interface ReltioError {
  severity: 'Error';
  errorMessage: string;
  /** An item's code from the catalog (536, 38010, ...); for a whole-request failure, its HTTP status. */
  errorCode: number;
  errorDetailMessage: string;
  details: Record<string, unknown>;
}

const descriptionOf = new Map<number, string>(Object.values(errorCatalog).map((entry) => [entry.code, entry.description]));

/**
 * The error of a failed item (as the request body gave it): its first problem, as Reltio
 * reports one; `details` holds the catalog name, the path in the body's terms, existingUri and
 * identicalToExisting (for 536) and the item's other problems.
 */
export function reltioItemError(problems: readonly GraphQLProblem[], item: unknown): ReltioError {
  const [first, ...others] = problems;
  if (!first) throw new Error('a failed item without problems');
  const { code, name, message, detail, path, existingUri, identicalToExisting } = first;
  return {
    severity: 'Error',
    errorMessage: message,
    errorCode: code,
    errorDetailMessage: detail ?? descriptionOf.get(code) ?? message,
    details: {
      name,
      path: reltioPath(item, path),
      ...(existingUri != null ? { existingUri } : {}),
      ...(identicalToExisting != null ? { identicalToExisting } : {}),
      ...(others.length
        ? {
            otherErrors: others.map((other) => ({
              errorCode: other.code,
              name: other.name,
              errorMessage: other.message,
              path: reltioPath(item, other.path),
            })),
          }
        : {}),
    },
  };
}

// What each status of a whole-request failure means, for errorDetailMessage.
const REQUEST_FAILURE_DETAIL: Record<number, string> = {
  400: 'The request is malformed or over a limit of the service; nothing was written.',
  401: 'The request needs a valid credential: Authorization: Bearer <JWT or API key>.',
  403: 'The credential does not allow this request.',
  404: 'No such route, tenant or object.',
  405: 'This path does not take this method; the Allow header names those it takes.',
  409: 'The request conflicts with another one (an Idempotency-Key in use, or used before with another body).',
  413: 'The request body is larger than the service accepts.',
  429: 'Too many requests from this credential: retry after the seconds of the Retry-After header.',
  500: 'The service failed; the failure is logged, not shown.',
  503: 'The service cannot answer now (its database is unavailable, for one): retry after the seconds of the Retry-After header.',
};

/**
 * A whole-request failure (a GraphQL error of the request-errors family) in Reltio's shape:
 * errorCode is the HTTP status, `details` the GraphQL error's extensions (code, reason, ...).
 */
export function reltioRequestError(status: number, error: GraphQLFormattedError): ReltioError {
  const { http: _http, ...extensions } = error.extensions ?? {};
  return {
    severity: 'Error',
    errorMessage: error.message,
    errorCode: status,
    errorDetailMessage: REQUEST_FAILURE_DETAIL[status] ?? 'The request failed.',
    details: extensions,
  };
}
