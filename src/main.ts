import { ConfigError, loadConfig, tracingSettings } from './config/env.ts';
import { isDatabaseUnavailable } from './db/errors.ts';
import { createLogger } from './logging/logger.ts';

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

// Tracing patches node:http as modules load it, so it starts before the service's modules are
// imported (hence the dynamic imports); without it, none of OpenTelemetry's SDK is loaded.
const traces = tracingSettings(config);
const tracing = traces ? await (await import('./observability/tracing/start-tracing.ts')).startTracing(traces, logger) : undefined;
if (traces) logger.info({ exporter: traces.exporter, sampler: traces.sampler }, 'tracing: spans are sent to the configured exporter');
const { runService } = await import('./run-service.ts');
await runService(config, logger, tracing);
