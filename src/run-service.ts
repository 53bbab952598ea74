import type { Config } from './config/env.ts';
import { ConfigError } from './config/env.ts';
import type { Logger } from './logging/logger.ts';
import type { Tracing } from './observability/tracing/start-tracing.ts';
import { startService } from './service.ts';

/**
 * Starts the service and stops it on SIGTERM/SIGINT: requests already received are answered,
 * then the database is closed, then the spans still buffered are sent. A start that fails is
 * one line for the operator and exit 1.
 */
export async function runService(config: Config, logger: Logger, tracing: Tracing | undefined): Promise<void> {
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
      // The last requests' spans are sent now or never; a collector that does not answer cannot hold up the exit.
      if (tracing && !(await tracing.shutdown())) logger.warn('stopped waiting for the trace collector: the last spans may be lost');
      logger.info('stopped');
      // The exporter's retries of spans it gave up on would otherwise keep the process alive for seconds.
      if (tracing) process.exit(0);
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
}
