import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { ServiceMetrics } from '../observability/metrics.ts';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-id.ts';
import { newRequestScope, runInRequestScope, type RequestScope } from '../observability/request-scope.ts';
import { describeActiveSpan } from '../observability/trace-fields.ts';
import type { Authenticated } from './authentication.ts';
import { asRequestError } from './error-response.ts';

// Route families for the metrics' route label: a fixed set, never the path itself (it holds ids).
const ROUTES: ReadonlyArray<[prefix: string, route: string]> = [
  ['/graphql', 'graphql'],
  ['/services/reltio', 'reltio'],
  ['/one/oauth2/rt/api/2.0', 'mxo'],
  ['/health', 'health'],
  ['/ready', 'ready'],
  ['/metrics', 'metrics'],
  ['/playground', 'playground'],
  ['/app', 'app'],
];

function routeOf(path: string): { route: string; prefix?: string } {
  for (const [prefix, route] of ROUTES) if (path === prefix || path.startsWith(`${prefix}/`)) return { route, prefix };
  return { route: 'other' };
}

/** The scope of the request `res` answers (see observeRequests). */
export function requestScopeOf(res: Response): RequestScope | undefined {
  return res.locals.requestScope as RequestScope | undefined;
}

/**
 * First of all middleware: gives the request its id (the caller's X-Request-Id when sane, else
 * a new one), answers it in X-Request-Id whatever the route or outcome, runs the rest of the
 * request in its scope (which every log line of the request reads), and records the request
 * in the metrics once answered.
 */
export function observeRequests(metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    const scope = newRequestScope(requestIdOf(req.headers[REQUEST_ID_HEADER]));
    res.locals.requestScope = scope;
    res.setHeader('X-Request-Id', scope.requestId);
    const { route, prefix } = routeOf(req.path);
    // The HTTP span (when tracing): the same low-cardinality route as the metrics, never the path itself.
    describeActiveSpan({ 'http.route': prefix, 'interactions.request_id': scope.requestId }, prefix && `${req.method} ${prefix}`);
    const started = performance.now();
    res.once('close', () => {
      metrics.recordRequest({
        route,
        status: res.writableFinished ? res.statusCode : undefined,
        durationSeconds: (performance.now() - started) / 1000,
        scope,
      });
    });
    runInRequestScope(scope, next);
  };
}

/** After authentication: the caller and tenant, for the request's log lines. */
export const noteCaller: RequestHandler = (_req, res, next) => {
  const scope = requestScopeOf(res);
  const authenticated = res.locals.authenticated as Authenticated | undefined;
  if (scope && authenticated) {
    scope.tenantId = authenticated.tenantId;
    scope.caller = authenticated.principal.subject;
    scope.credential = authenticated.principal.credential;
    describeActiveSpan({ 'interactions.tenant_id': authenticated.tenantId, 'interactions.caller': scope.caller });
  }
  next();
};

/** Before the error handler: the code of the request error answered, for the metrics' outcome. */
export const noteRequestError: ErrorRequestHandler = (error, _req, res, next) => {
  const scope = requestScopeOf(res);
  const code = asRequestError(error).extensions.code;
  if (scope && typeof code === 'string') scope.errorCode ??= code;
  next(error);
};

/** pino-http's request id: the one observeRequests chose. */
export function requestIdFor(_req: Request, res: Response): string {
  return requestScopeOf(res)?.requestId ?? '';
}
