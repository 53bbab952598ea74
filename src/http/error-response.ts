import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unavailabilityOf } from '../db/unavailable.ts';
import { answerOfError, requestError } from '../errors/request-errors.ts';
import { malformedJsonError } from './malformed-json.ts';

/** The body of a request error's answer in a protocol's shape, given its HTTP status. */
export type ErrorBody = (status: number, error: GraphQLFormattedError) => unknown;

/**
 * A request error in the GraphQL error shape, whatever the route, so that callers parse one
 * shape: `{ errors: [{ message, extensions: { code, ... } }] }`.
 */
const graphqlErrorBody: ErrorBody = (_status, error) => ({ errors: [error] });

/** Answers with a request error: its status and headers (Allow, Retry-After, WWW-Authenticate), its body as `body` shapes it. */
function sendRequestError(res: Response, error: GraphQLError, body: ErrorBody = graphqlErrorBody): void {
  const answer = answerOfError(error);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.status(answer.status).json(body(answer.status, answer.error));
}

/**
 * A request error for what Express's body parser or a route throws: a database that cannot be
 * used now is a 503 with Retry-After; other internal faults become 500 without detail.
 */
export function asRequestError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const unavailable = unavailabilityOf(error);
  if (unavailable) return unavailable;
  const { status, type, limit } = (error ?? {}) as { status?: unknown; type?: unknown; limit?: unknown };
  if (type === 'entity.too.large') {
    return requestError('PAYLOAD_TOO_LARGE', `the request body is larger than the ${String(limit)} bytes the service accepts`, {
      reason: 'BODY_TOO_LARGE',
      maxBodyBytes: limit,
    });
  }
  if (type === 'entity.parse.failed') return malformedJsonError((error as { body?: unknown }).body);
  if (typeof status === 'number' && status >= 400 && status < 500) return requestError('BAD_REQUEST', 'the request is malformed');
  return requestError('INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** The error handler of a group of routes: whatever they throw, answered with a body in their error shape (faults logged). */
export function errorHandler(body: ErrorBody = graphqlErrorBody): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const requestFailure = asRequestError(error);
    if (requestFailure.extensions.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error }, 'request failed');
    sendRequestError(res, requestFailure, body);
  };
}

/** 405 for a method a route does not take, naming the ones it does in Allow. */
export const methodNotAllowed =
  (allowed: string): RequestHandler =>
  (_req, _res, next) => {
    next(requestError('METHOD_NOT_ALLOWED', `method not allowed: use ${allowed}`, undefined, { Allow: allowed }));
  };

/** 404 for a path no route serves. */
export const noSuchRoute: RequestHandler = (_req, _res, next) => {
  next(requestError('NOT_FOUND', 'no such route'));
};
