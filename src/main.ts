import { ConfigError, loadConfig } from './config/env.ts';
import { isDatabaseUnavailable } from './db/errors.ts';
import { createLogger } from './logging/logger.ts';
import { startService } from './service.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`configuration error: ${error.message}`);
  process.exit(1);
}

const logger = createLogger(config.LOG_LEVEL);
// A lost database connection can surface as a promise nobody awaits any more (a driver's
// cleanup after the request it served has failed): the service outlives it and the pool
// reconnects. Anything else unhandled is a bug whose state nobody knows: logged, then exit.
process.on('unhandledRejection', (reason) => {
  if (isDatabaseUnavailable(reason)) {
    logger.warn({ err: reason }, 'database connection lost outside a request; carrying on');
    return;
  }
  logger.fatal({ err: reason }, 'unhandled rejection: exiting');
  process.exit(1);
});
try {
  const service = await startService(config, logger);
  const timeoutSeconds = config.SHUTDOWN_TIMEOUT_SECONDS;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Requests still running after this long are abandoned rather than blocking a deploy.
    setTimeout(() => {
      const abandoned = service.requestsInFlight();
      logger.error(
        { signal, requestsInFlight: abandoned, timeoutSeconds },
        `not stopped ${timeoutSeconds} s after ${signal} (SHUTDOWN_TIMEOUT_SECONDS): exiting, abandoning ${abandoned} requests still running`,
      );
      process.exit(1);
    }, timeoutSeconds * 1000).unref();
    try {
      // Logged once new connections are refused: the requests counted are all it will answer.
      await service.stop(() => logger.info({ signal, requestsInFlight: service.requestsInFlight() }, 'shutting down: draining requests'));
    } catch (error) {
      logger.error({ err: error }, 'could not stop cleanly');
      process.exit(1);
    }
    logger.info('stopped');
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
    process.exit(1);
  }
  // Start-up failures are operator problems (port taken, database unreachable): one line, no stack.
  const err = error as NodeJS.ErrnoException;
  const reason = err.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use` : (err.message ?? String(error)).split('\n')[0];
  logger.fatal({ code: err.code }, `cannot start: ${reason}`);
  console.error(`cannot start: ${reason}`);
  process.exit(1);
}
