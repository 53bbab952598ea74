import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config/env.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { requestError } from '../errors/request-errors.ts';
import type { GraphQLService } from '../graphql/apollo.ts';
import { parseOptions } from '../graphql/request-limits.ts';
import { subscriptionErrors } from '../graphql/subscription-check.ts';
import type { Logger } from '../logging/logger.ts';
import { createServiceContext, type ContextDependencies } from '../modules/context/create-service-context.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import type { ServiceMetrics } from '../observability/metrics.ts';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-id.ts';
import type { Authenticated, Authenticator } from './authentication.ts';
import type { RateLimit } from './rate-limit.ts';

// A connection may follow several selections of the stream, not an unbounded number.
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
// Close codes of the WebSocket protocol's private range, named like the HTTP statuses they stand for.
const CLOSE_UNAUTHENTICATED = 4401;
const CLOSE_FORBIDDEN = CloseCode.Forbidden;
const CLOSE_BAD_REQUEST = CloseCode.BadRequest;
const CLOSE_NOT_FOUND = 4404;
const CLOSE_TRY_AGAIN_LATER = 1013;
const CLOSE_GOING_AWAY = 1001;
// How long clients have to answer the close at shutdown.
const CLOSE_GRACE_MS = 1_000;

interface Connection {
  id: string;
  /** What the connection presented: checked again for each subscription and every minute. */
  credentials: IncomingHttpHeaders;
  authenticated: Authenticated;
  subscriptions: Set<string>;
  logger: Logger;
  recheck: NodeJS.Timeout;
}

// How often an open connection's credential is checked again: a revoked API key or an expired
// token loses its subscriptions within this.
const RECHECK_CREDENTIALS_MS = 60_000;

/**
 * The credentials of a WebSocket connection: the upgrade request's headers (servers can set
 * them), overridden by the `connection_init` message's payload, where browsers put them
 * (`{ "Authorization": "Bearer …", "X-Tenant-Id": "…" }`, names in any case).
 */
function credentialHeaders(upgrade: IncomingHttpHeaders, connectionParams: Readonly<Record<string, unknown>> | undefined) {
  const headers: IncomingHttpHeaders = { ...upgrade };
  for (const [name, value] of Object.entries(connectionParams ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  return headers;
}

/** The close code and reason that tell the client why its connection was refused. */
function refusalOf(error: unknown): { code: number; reason: string; fault?: true } {
  if (isDatabaseUnavailable(error)) return { code: CLOSE_TRY_AGAIN_LATER, reason: 'the database is unavailable: try again later' };
  if (error instanceof GraphQLError) {
    const code = error.extensions.code;
    // A close reason holds at most 123 bytes.
    const reason = Buffer.from(error.message).subarray(0, 120).toString();
    if (code === 'UNAUTHENTICATED') return { code: CLOSE_UNAUTHENTICATED, reason };
    if (code === 'FORBIDDEN') return { code: CLOSE_FORBIDDEN, reason };
    if (code === 'NOT_FOUND') return { code: CLOSE_NOT_FOUND, reason };
    if (code === 'BAD_REQUEST') return { code: CLOSE_BAD_REQUEST, reason };
    if (code === 'SERVICE_UNAVAILABLE') return { code: CLOSE_TRY_AGAIN_LATER, reason };
  }
  return { code: CloseCode.InternalServerError, reason: 'Internal server error', fault: true };
}

/** Whether a browser page at `origin` may open a connection: the service's own pages, and CORS_ORIGINS. */
function originAllowed(config: Config, origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (config.CORS_ORIGINS.includes('*') || config.CORS_ORIGINS.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export interface SubscriptionServer {
  /** Closes every connection (1001, going away: clients reconnect elsewhere) and stops accepting new ones. */
  stop(): Promise<void>;
}

/**
 * Subscriptions over WebSocket at /graphql (the graphql-ws protocol). A connection is
 * authenticated once, by the authentication of every other request; each subscription is
 * first checked by Apollo's pipeline (limits, access control, cost: see subscription-check.ts)
 * and drawn from the credential's rate limit, then runs on the same schema and services.
 */
export function serveSubscriptions(options: {
  httpServer: Server;
  apollo: ApolloServer<ServiceContext>;
  schema: GraphQLSchema;
  formatError: GraphQLService['formatError'];
  authenticator: Authenticator;
  rateLimit: RateLimit | null;
  deps: ContextDependencies;
  config: Config;
  logger: Logger;
  metrics: ServiceMetrics;
}): SubscriptionServer {
  const { apollo, schema, authenticator, rateLimit, deps, config, logger, metrics } = options;
  let following = 0;
  const refused = (errors: readonly GraphQLError[]) => {
    const code = errors[0]?.extensions.code;
    metrics.recordSubscription(typeof code === 'string' ? code : 'OTHER');
    return errors;
  };
  // As Apollo formats an HTTP answer's errors: a fault's message never reaches the client.
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => options.formatError(error.toJSON(), error));
  /** Closes the connection for `error` (a credential refused), saying why. */
  const refuse = (socket: WebSocket, error: unknown, connectionId: string) => {
    const { code, reason, fault } = refusalOf(error);
    if (fault) logger.error({ err: error, connectionId }, 'websocket connection failed');
    else logger.info({ connectionId, code, reason }, 'websocket connection refused');
    socket.close(code, reason);
  };
  const webSockets = new WebSocketServer({
    // Upgrades are handed over below: attached to the HTTP server, ws would also report the
    // server's own errors (a port in use) as its own.
    noServer: true,
    maxPayload: config.MAX_BODY_BYTES,
    // A page of another origin may not act with this browser's reach (the development mode's
    // admin on loopback, say): the same origins as CORS.
    verifyClient: ({ origin, req }: { origin?: string; req: { headers: IncomingHttpHeaders } }) =>
      originAllowed(config, origin || undefined, req.headers.host),
  });
  let stopping = false;
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    if (stopping || path !== '/graphql') {
      const status = stopping ? '503 Service Unavailable' : '404 Not Found';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => webSockets.emit('connection', webSocket, request));
  };
  options.httpServer.on('upgrade', upgrade);
  metrics.watchWebSockets(() => ({ connections: webSockets.clients.size, subscriptions: following }));
  const server = useServer<Record<string, unknown>, { connection: Connection }>(
    {
      schema,
      // Never a message of an internal error in a close reason.
      isProd: true,
      onConnect: async (ctx) => {
        // The upgrade request's X-Request-Id, when sane, names the connection in the logs.
        const id = requestIdOf(ctx.extra.request.headers[REQUEST_ID_HEADER]);
        const credentials = credentialHeaders(ctx.extra.request.headers, ctx.connectionParams);
        try {
          const authenticated = await authenticator(credentials);
          const connectionLogger = logger.child({
            connectionId: id,
            tenantId: authenticated.tenantId,
            caller: authenticated.principal.subject,
          });
          const recheck = setInterval(() => {
            authenticator(credentials).then(
              (current) => (connection.authenticated = current),
              (error: unknown) => refuse(ctx.extra.socket, error, id),
            );
          }, RECHECK_CREDENTIALS_MS);
          recheck.unref();
          const connection: Connection = { id, credentials, authenticated, subscriptions: new Set(), logger: connectionLogger, recheck };
          ctx.extra.connection = connection;
          connectionLogger.info('websocket connection opened');
          return true;
        } catch (error) {
          refuse(ctx.extra.socket, error, id);
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = ctx.extra.connection!;
        if (connection.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION)
          return refused([requestError('BAD_REQUEST', `at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`)]);
        // Taken before anything is awaited: subscribe messages sent together count against the limit together.
        connection.subscriptions.add(id);
        try {
          // The credential as it is now: revoked or expired since the connection opened, it is refused.
          connection.authenticated = await authenticator(connection.credentials);
        } catch (error) {
          connection.subscriptions.delete(id);
          refuse(ctx.extra.socket, error, connection.id);
          return refused([error instanceof GraphQLError ? error : requestError('UNAUTHENTICATED', 'the credential is no longer valid')]);
        }
        const spent = await rateLimit?.refusal(connection.authenticated.principal.rateLimitKey);
        const { principal, tenantId } = connection.authenticated;
        const context = createServiceContext(tenantId, principal, deps, { logger: connection.logger });
        const errors = spent ? [spent] : await subscriptionErrors(apollo, context, payload);
        if (errors.length) {
          connection.subscriptions.delete(id);
          return refused(errors);
        }
        metrics.recordSubscription('ok');
        following++;
        return {
          schema,
          document: parse(payload.query, parseOptions(config)),
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: context,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => {
        if (ctx.extra.connection?.subscriptions.delete(id)) following--;
      },
      onClose: (ctx, code, reason) => {
        const connection = ctx.extra.connection;
        if (!connection) return;
        clearInterval(connection.recheck);
        // Subscriptions of a connection that went away end without a complete message.
        following -= connection.subscriptions.size;
        connection.subscriptions.clear();
        connection.logger.info({ code, reason }, 'websocket connection closed');
      },
    },
    webSockets,
  );
  return {
    stop: async () => {
      stopping = true;
      options.httpServer.off('upgrade', upgrade);
      for (const socket of webSockets.clients) socket.close(CLOSE_GOING_AWAY, 'the service is shutting down');
      // A client that does not answer the close is cut off: it cannot hold up the shutdown.
      const cutOff = setTimeout(() => {
        for (const socket of webSockets.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      await server.dispose();
      clearTimeout(cutOff);
    },
  };
}
