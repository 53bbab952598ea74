import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { introspectionEnabled, type Config } from '../config/env.ts';
import { clipMessage } from '../errors/quote.ts';
import type { Logger } from '../logging/logger.ts';
import { accessControlPlugin } from './access-control.ts';
import { idempotencyPlugin } from './idempotency.ts';
import { batchItemsPlugin } from './batch-items.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { armorProtection, parseOptions, requestLimitsPlugin } from './request-limits.ts';
import { resolvers } from './resolvers.ts';
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

// A fault of the service is a 500, not a 200 with an error in the body (MXO status codes).
const internalErrorsAreServerErrors: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) response.http.status = 500;
      },
    };
  },
};

/** The Apollo server over schema.graphql, with access control and request limits, draining `httpServer` when stopped. */
export function createApolloServer(httpServer: Server, config: Config, logger: Logger): ApolloServer<ServiceContext> {
  const armor = armorProtection(config);
  return new ApolloServer<ServiceContext>({
    typeDefs,
    resolvers,
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
      ...armor.plugins,
      accessControlPlugin(logger),
      requestLimitsPlugin(config),
      // After the checks above: a request they refuse never claims its Idempotency-Key.
      idempotencyPlugin(config),
      batchItemsPlugin(introspectionEnabled(config)),
      internalErrorsAreServerErrors,
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CALLER_FACING_CODES.has(code)) return { ...formatted, message: clipMessage(formatted.message) };
      logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error while resolving');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
