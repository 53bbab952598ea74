import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { unavailabilityOf } from '../db/unavailable.ts';
import { answerOfError, requestError } from '../errors/request-errors.ts';
import { malformedJsonError } from './malformed-json.ts';

/**
 * Answers with a request error in the GraphQL error shape, whatever the route, so that
 * callers parse one shape: `{ errors: [{ message, extensions: { code, ... } }] }`.
 */
export function sendRequestError(res: Response, error: GraphQLError): void {
  const answer = answerOfError(error);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.status(answer.status).json({ errors: [answer.error] });
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

/** The error handler of a group of routes: whatever they throw, answered by `send` in their error shape (faults logged). */
export function errorHandler(send: (res: Response, error: GraphQLError) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const requestFailure = asRequestError(error);
    if (requestFailure.extensions.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error }, 'request failed');
    send(res, requestFailure);
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
