import { GraphQLError } from 'graphql';

// Failures of a whole request, as GraphQL errors whose `extensions.code` callers can rely
// on and whose HTTP status follows the MXO-style table in the README. Failures of one item
// of a batch are not these: they are results with codes from ./catalog.ts.

export type RequestErrorCode = 'BAD_REQUEST' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

const statusOf: Record<RequestErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL_SERVER_ERROR: 500,
};

/** A request-level failure with its code and HTTP status. */
export function requestError(code: RequestErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: statusOf[code] } } });
}
