import { GraphQLError } from 'graphql';

// Failures of a whole request, as GraphQL errors whose `extensions.code` callers can rely
// on and whose HTTP status follows the MXO-style table in the README. Failures of one item
// of a batch are not these: they are results with codes from ./catalog.ts.

export type RequestErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE';

const statusOf: Record<RequestErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** A request-level failure with its code and HTTP status (and HTTP headers, such as WWW-Authenticate or Retry-After). */
export function requestError(
  code: RequestErrorCode,
  message: string,
  details?: Record<string, unknown>,
  headers?: Record<string, string>,
): GraphQLError {
  const http = { status: statusOf[code], ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) };
  return new GraphQLError(message, { extensions: { code, ...details, http } });
}

/** The HTTP status a request error asks for. */
export function statusOfError(error: GraphQLError): number {
  const http = error.extensions.http as { status?: number } | undefined;
  return http?.status ?? 500;
}

/** A request error as answered: its HTTP status and headers, and the error in the GraphQL shape (`http` left out). */
export function answerOfError(error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http?: { headers?: Map<string, string> } } & Record<string, unknown>;
  return {
    status: statusOfError(error),
    headers: http?.headers ?? new Map<string, string>(),
    error: { message: error.message, extensions },
  };
}
