import { ConfigError, loadConfig } from './config/env.ts';
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
try {
  const service = await startService(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // Requests still running after this long are abandoned rather than blocking a deploy.
    setTimeout(() => process.exit(1), 30_000).unref();
    await service.stop();
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
