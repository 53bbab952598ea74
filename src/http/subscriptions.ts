import type { IncomingHttpHeaders, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/env.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { requestError } from '../errors/request-errors.ts';
import { parseOptions } from '../graphql/request-limits.ts';
import { subscriptionErrors } from '../graphql/subscription-check.ts';
import type { Logger } from '../logging/logger.ts';
import { createServiceContext, type ContextDependencies } from '../modules/context/create-service-context.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-id.ts';
import type { Authenticated, Authenticator } from './authentication.ts';
import type { RateLimit } from './rate-limit.ts';

// A connection may follow several selections of the stream, not an unbounded number.
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
// Close codes of the WebSocket protocol's private range, named like the HTTP statuses they stand for.
const CLOSE_UNAUTHENTICATED = 4401;
const CLOSE_FORBIDDEN = CloseCode.Forbidden;
const CLOSE_BAD_REQUEST = CloseCode.BadRequest;
const CLOSE_TRY_AGAIN_LATER = 1013;
const CLOSE_GOING_AWAY = 1001;

interface Connection {
  id: string;
  authenticated: Authenticated;
  subscriptions: Set<string>;
  logger: Logger;
}

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
    if (code === 'BAD_REQUEST') return { code: CLOSE_BAD_REQUEST, reason };
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
  authenticator: Authenticator;
  rateLimit: RateLimit | null;
  deps: ContextDependencies;
  config: Config;
  logger: Logger;
}): SubscriptionServer {
  const { apollo, schema, authenticator, rateLimit, deps, config, logger } = options;
  const webSockets = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: config.MAX_BODY_BYTES,
    // A page of another origin may not act with this browser's reach (the development mode's
    // admin on loopback, say): the same origins as CORS.
    verifyClient: ({ origin, req }: { origin?: string; req: { headers: IncomingHttpHeaders } }) =>
      originAllowed(config, origin || undefined, req.headers.host),
  });
  const server = useServer<Record<string, unknown>, { connection: Connection }>(
    {
      schema,
      // Never a message of an internal error in a close reason.
      isProd: true,
      onConnect: async (ctx) => {
        // The upgrade request's X-Request-Id, when sane, names the connection in the logs.
        const id = requestIdOf(ctx.extra.request.headers[REQUEST_ID_HEADER]);
        try {
          const authenticated = await authenticator(credentialHeaders(ctx.extra.request.headers, ctx.connectionParams));
          const connectionLogger = logger.child({
            connectionId: id,
            tenantId: authenticated.tenantId,
            caller: authenticated.principal.subject,
          });
          ctx.extra.connection = { id, authenticated, subscriptions: new Set(), logger: connectionLogger };
          connectionLogger.info('websocket connection opened');
          return true;
        } catch (error) {
          const { code, reason, fault } = refusalOf(error);
          if (fault) logger.error({ err: error, connectionId: id }, 'websocket connection failed');
          else logger.info({ connectionId: id, code, reason }, 'websocket connection refused');
          ctx.extra.socket.close(code, reason);
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = ctx.extra.connection!;
        if (connection.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION)
          return [requestError('BAD_REQUEST', `at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`)];
        const spent = await rateLimit?.refusal(connection.authenticated.principal.rateLimitKey);
        if (spent) return [spent];
        const { principal, tenantId } = connection.authenticated;
        const context = createServiceContext(tenantId, principal, deps, { logger: connection.logger });
        const errors = await subscriptionErrors(apollo, context, payload);
        if (errors.length) return errors;
        connection.subscriptions.add(id);
        return {
          schema,
          document: parse(payload.query, parseOptions(config)),
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: context,
        };
      },
      onComplete: (ctx, id) => {
        ctx.extra.connection?.subscriptions.delete(id);
      },
      onClose: (ctx, code, reason) => {
        ctx.extra.connection?.logger.info({ code, reason }, 'websocket connection closed');
      },
    },
    webSockets,
  );
  return {
    stop: async () => {
      for (const socket of webSockets.clients) socket.close(CLOSE_GOING_AWAY, 'the service is shutting down');
      await server.dispose();
    },
  };
}
