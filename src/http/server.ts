import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { listenHost, type Config } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import { requestError } from '../errors/request-errors.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import { createAuthenticator, singleHeader, SOURCE_SYSTEM_HEADER, type Authenticated } from './authentication.ts';
import { corsMiddleware } from './cors.ts';
import { asRequestError, sendRequestError } from './error-response.ts';
import { readinessProblem } from './probes.ts';
import { createRateLimit } from './rate-limit.ts';
import { createServiceContext } from '../modules/context/create-service-context.ts';

export interface HttpService {
  /** Base URL the service listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops accepting requests and waits for the in-flight ones. */
  stop(): Promise<void>;
}

const methodNotAllowed =
  (allowed: string): RequestHandler =>
  (_req, res) => {
    sendRequestError(res, requestError('METHOD_NOT_ALLOWED', `method not allowed: use ${allowed}`, undefined, { Allow: allowed }));
  };

/**
 * Starts the HTTP server: /graphql behind CORS, authentication, the rate limit and the body
 * limit, in that order (a caller without a credential costs no body parsing); /health and
 * /ready; errors in the GraphQL error shape everywhere.
 */
export async function startHttpServer(
  config: Config,
  database: Database,
  configurationCache: ConfigurationCache,
  expectedMigrations: string[],
  logger: Logger,
): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const apollo = createApolloServer(httpServer, config, logger);
  await apollo.start();

  const deps = { db: database.db, logger, config, configurationCache };
  const authenticator = createAuthenticator(config, database.db, logger);
  const rateLimit = createRateLimit(config, logger);
  const cors = corsMiddleware(config);

  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
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

  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      const authenticated = await authenticator(req.headers);
      res.locals.authenticated = authenticated;
      if (authenticated.principal.credential === 'development') {
        res.setHeader(
          'X-Development-Mode',
          `requests without credentials act as admin of tenant ${config.DEMO_TENANT}; never use this mode in production`,
        );
      }
      next();
    } catch (error) {
      next(error);
    }
  };
  app.use('/graphql', (req, res, next) => {
    if (['GET', 'HEAD', 'POST'].includes(req.method)) return next();
    methodNotAllowed('GET, POST')(req, res, next);
  });
  app.use(
    '/graphql',
    authenticate,
    ...(rateLimit ? [rateLimit.middleware] : []),
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { principal, tenantId, configVersion } = res.locals.authenticated as Authenticated;
        return createServiceContext(tenantId, principal, deps, {
          sourceSystem: singleHeader(req.headers, SOURCE_SYSTEM_HEADER) ?? null,
          configVersion,
        });
      },
    }),
  );
  app.use((_req, res) => {
    sendRequestError(res, requestError('NOT_FOUND', 'no such route'));
  });
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const requestFailure = asRequestError(error);
    if (requestFailure.extensions.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error }, 'request failed');
    sendRequestError(res, requestFailure);
  };
  app.use(onError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, listenHost(config), () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const listening = listenHost(config);
  const host = listening === '0.0.0.0' || listening === '::' ? '127.0.0.1' : listening;
  return {
    url: `http://${host}:${port}`,
    stop: async () => {
      await apollo.stop();
      await rateLimit?.close();
    },
  };
}
