import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config/env.ts';
import type { Database } from '../db/client.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import type { Logger } from '../logger.ts';
import type { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import { readinessProblem } from './probes.ts';
import { buildRequestContext } from './request-context.ts';

export interface HttpService {
  /** Base URL the service listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops accepting requests and waits for the in-flight ones. */
  stop(): Promise<void>;
}

const methodNotAllowed =
  (allowed: string): RequestHandler =>
  (_req, res) => {
    res.set('Allow', allowed).status(405).json({ error: 'method not allowed' });
  };

/** Starts the HTTP server: /graphql, /health, /ready; JSON 404 and 405 for everything else. */
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
  const apollo = createApolloServer(httpServer, logger);
  await apollo.start();

  const deps = { db: database.db, logger, config, configurationCache };

  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.all('/health', methodNotAllowed('GET'));
  app.get('/ready', async (_req, res) => {
    const problem = await readinessProblem(database.db, expectedMigrations);
    res.status(problem ? 503 : 200).json(problem ? { status: 'unavailable', reason: problem } : { status: 'ready' });
  });
  app.all('/ready', methodNotAllowed('GET'));
  app.use('/graphql', (req, res, next) => {
    if (['GET', 'HEAD', 'POST', 'OPTIONS'].includes(req.method)) return next();
    methodNotAllowed('GET, POST')(req, res, next);
  });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => buildRequestContext(req.headers, deps) }),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) req.log.error({ err: error }, 'request failed');
    res.status(status).json({ error: status === 500 ? 'internal server error' : String(error.message ?? 'bad request') });
  };
  app.use(onError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  return { url: `http://${host}:${port}`, stop: () => apollo.stop() };
}
