import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { introspectionEnabled, tracingSettings, type Config } from '../config/env.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { databaseUnavailable } from '../db/unavailable.ts';
import { clipMessage } from '../errors/quote.ts';
import { answerOfError } from '../errors/request-errors.ts';
import type { Logger } from '../logging/logger.ts';
import { accessControlPlugin } from './access-control.ts';
import { idempotencyPlugin } from './idempotency.ts';
import { batchItemsPlugin } from './batch-items.ts';
import { countingBatchOutcomes, observabilityPlugin } from './observability-plugin.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { armorProtection, parseOptions, requestLimitsPlugin } from './request-limits.ts';
import { resolvers } from './resolvers.ts';
import { operationSpanPlugin, TracedApolloServer, withRootFieldSpans } from './tracing.ts';
import { subscriptionCheckPlugin } from './subscription-check.ts';
import { typeDefs } from './type-defs.ts';

// Codes whose messages are written for callers; anything else is an internal fault whose
// message (SQL, driver text) must not leave the process.
const CALLER_FACING_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

// What every request the database could not serve is answered, and recognised by (its reason).
const DATABASE_UNAVAILABLE = databaseUnavailable();

// A fault of the service is a 500, not a 200 with an error in the body (MXO status codes); a
// database that cannot be used now is a 503 with Retry-After, which callers retry later.
const internalErrorsAreServerErrors: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
          response.http.status = 500;
        } else if (errors?.some((error) => error.extensions?.reason === DATABASE_UNAVAILABLE.extensions.reason)) {
          response.http.status = 503;
          for (const [name, value] of answerOfError(DATABASE_UNAVAILABLE).headers) response.http.headers.set(name, value);
        }
      },
    };
  },
};

// Answers hold one tenant's data and are never to be kept by a shared cache, GET ones
// included: what Apollo's cache-control plugin said for uncacheable answers, set here without
// that plugin's hook on every field.
const answersAreNotStored: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export interface GraphQLService {
  apollo: ApolloServer<ServiceContext>;
  /** How an error reaches a caller (also over WebSocket): caller-facing messages kept, faults masked and logged. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The executable schema Apollo runs, which subscriptions (over WebSocket) run on too. */
  schema: GraphQLSchema;
}

/** The Apollo server over schema.graphql, with access control and request limits, draining `httpServer` when stopped. */
export function createApolloServer(httpServer: Server, config: Config, logger: Logger): GraphQLService {
  const armor = armorProtection(config);
  const tracing = tracingSettings(config) !== undefined;
  // Spans cost on every field they wrap: none at all when nobody collects them.
  const schema = countingBatchOutcomes(makeExecutableSchema({ typeDefs, resolvers: tracing ? withRootFieldSpans(resolvers) : resolvers }));
  // Messages written for callers are kept; any other fault is logged with its cause and masked.
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CALLER_FACING_CODES.has(code)) return { ...formatted, message: clipMessage(formatted.message) };
    const cause = unwrapResolverError(error);
    if (isDatabaseUnavailable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'the database is unavailable: answered 503');
      const { message, extensions } = answerOfError(DATABASE_UNAVAILABLE).error;
      return { message, path: formatted.path, extensions };
    }
    logger.error({ err: cause, path: formatted.path }, 'internal error while resolving');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
  const apollo = new (tracing ? TracedApolloServer : ApolloServer<ServiceContext>)({
    schema,
    introspection: introspectionEnabled(config),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: parseOptions(config),
    // main.ts owns shutdown: it drains HTTP, then closes the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads Sandbox from Apollo's CDN; browsers get the service's own playground (src/http/playground).
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache control by default, which hooks every field resolved; the schema
      // sets no cache hints, so all it did was say no-store (answersAreNotStored does).
      ApolloServerPluginCacheControlDisabled(),
      answersAreNotStored,
      // Before idempotency: the answer it keeps names the request that failed (whose lines hold the cause).
      observabilityPlugin(),
      ...(tracing ? [operationSpanPlugin()] : []),
      ...armor.plugins,
      accessControlPlugin(logger),
      requestLimitsPlugin(config),
      // After the checks above: a request they refuse never claims its Idempotency-Key.
      idempotencyPlugin(config),
      batchItemsPlugin(introspectionEnabled(config)),
      internalErrorsAreServerErrors,
      // Last: a subscription checked for the WebSocket stops only once every rule above has passed.
      subscriptionCheckPlugin,
    ],
    formatError,
  });
  return { apollo, schema, formatError };
}
