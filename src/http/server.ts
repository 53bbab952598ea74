import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { exampleAppEnabled, listenHost, type Config } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import { errorSerializer, type Logger } from '../logging/logger.ts';
import type { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import { authenticateRequest } from './authenticate-request.ts';
import { drainableServer } from './connection-drain.ts';
import { createAuthenticator } from './authentication.ts';
import { corsMiddleware } from './cors.ts';
import { errorHandler, methodNotAllowed, noSuchRoute } from './error-response.ts';
import { exampleAppRouter } from './example-app.ts';
import { graphqlContext } from './graphql-context.ts';
import { metricsRouter } from './metrics-route.ts';
import { playgroundRouter } from './playground/routes.ts';
import { readinessProblem } from './probes.ts';
import { createRateLimit } from './rate-limit.ts';
import { reltioRouter } from './reltio/routes.ts';
import { mxoRouter } from './mxo/routes.ts';
import { noteCaller, noteRequestError, observeRequests, requestIdFor } from './request-observability.ts';
import { serviceMetricsFor } from './service-metrics.ts';
import { serveSubscriptions } from './subscriptions.ts';
import type { ChangeFeed } from '../modules/changes/change-feed.ts';

export interface HttpService {
  /** Base URL the service listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Refuses new connections (then calls `refusing`), answers every request already received, then stops. */
  stop(refusing?: () => void): Promise<void>;
  /** Requests received and not yet answered. */
  requestsInFlight(): number;
}

/**
 * Starts the HTTP server: /graphql (and its subscriptions over WebSocket) and the Reltio facade (/services/reltio) behind CORS,
 * authentication, the rate limit and the body limit, in that order (a caller without a
 * credential costs no body parsing), both executing their operations in the one Apollo
 * server; /health and /ready; the playground for browsers (/playground, and /graphql asking
 * for HTML). Errors in the GraphQL error shape, or in Reltio's under
 * /services/reltio.
 */
export async function startHttpServer(
  config: Config,
  database: Database,
  configurationCache: ConfigurationCache,
  changeFeed: ChangeFeed,
  expectedMigrations: string[],
  logger: Logger,
): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer into an ETag, a cost that grows with the answer: GraphQL
  // and REST answers are POSTs or reads of changing data that no client revalidates.
  // Static files (playground, app) keep theirs: express.static sets its own.
  app.set('etag', false);
  // Idle keep-alive connections stay open longer than clients and load balancers keep theirs
  // (Node's fetch 4 s, common balancers 60 s): a server that closes first races a client
  // sending its next request on that socket, which then fails with ECONNRESET.
  const httpServer: Server = createServer({ keepAliveTimeout: 65_000 }, app);
  const connections = drainableServer(httpServer);
  const { apollo, schema, formatError } = createApolloServer(httpServer, config, logger);
  await apollo.start();

  const deps = { db: database.db, logger, config, configurationCache, changeFeed };
  const authenticator = createAuthenticator(config, database.db, logger);
  const rateLimit = createRateLimit(config, logger);

  const cors = corsMiddleware(config);
  const metrics = serviceMetricsFor(database);
  const subscriptions = serveSubscriptions({
    httpServer,
    apollo,
    schema,
    formatError,
    authenticator,
    rateLimit,
    deps,
    config,
    logger,
    metrics,
  });

  // First: every answer carries X-Request-Id, every log line of the request its fields.
  app.use(observeRequests(metrics));
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdFor,
      serializers: { err: errorSerializer },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    }),
  );
  if (cors) app.use(cors);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.all('/health', methodNotAllowed('GET'));
  app.get('/ready', async (_req, res) => {
    const problem = await readinessProblem(database.db, expectedMigrations);
    res.status(problem ? 503 : 200).json(problem ? { status: 'unavailable', reason: problem } : { status: 'ready' });
  });
  app.all('/ready', methodNotAllowed('GET'));
  const metricsRoutes = metricsRouter(config, metrics);
  if (metricsRoutes) app.use(metricsRoutes);

  // Every route that executes GraphQL operations passes the same checks before they run.
  const guard = (pathTenant?: (req: Request) => string | undefined): RequestHandler[] => [
    authenticateRequest(authenticator, config, pathTenant),
    noteCaller,
    ...(rateLimit ? [rateLimit.middleware] : []),
    express.json({ limit: config.MAX_BODY_BYTES }),
  ];
  const context = graphqlContext(deps);
  // Before /graphql's checks: a browser opening /graphql gets the playground's page.
  const playground = playgroundRouter(config, logger);
  if (playground) app.use(playground);
  app.use('/graphql', (req, res, next) => {
    if (['GET', 'HEAD', 'POST'].includes(req.method)) return next();
    methodNotAllowed('GET, POST')(req, res, next);
  });
  app.use('/graphql', ...guard(), expressMiddleware(apollo, { context }));
  app.use('/services/reltio', reltioRouter({ apollo, context, guard }));
  app.use('/one/oauth2/rt/api/2.0', mxoRouter({ apollo, context, guard, maxBodyBytes: config.MAX_BODY_BYTES }));
  if (exampleAppEnabled(config)) app.use('/app', exampleAppRouter());
  app.use(noSuchRoute);
  app.use(noteRequestError);
  app.use(errorHandler());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, listenHost(config), () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const listening = listenHost(config);
  const host = listening === '0.0.0.0' || listening === '::' ? '127.0.0.1' : listening;
  return {
    url: `http://${host}:${port}`,
    requestsInFlight: () => connections.requestsInFlight(),
    stop: async (refusing) => {
      // WebSocket connections are told to go (their clients reconnect elsewhere): they never end by themselves.
      await subscriptions.stop();
      // Apollo's own drain would close connections whose requests are not read yet.
      await connections.drain(refusing);
      await apollo.stop();
      await rateLimit?.close();
    },
  };
}
