import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { openDatabase } from '../db/client.ts';
import type { RequestContext } from '../graphql/context.ts';
import { createRequestContext } from '../http/request-context.ts';
import { createLogger } from '../logger.ts';
import { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';

/** The value following `--name` in the command line, if any. */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Runs a command-line tool's work in a tenant's context on DATABASE_URL (which must be
 * migrated: start the service or run `npm run migrate` first). Exits 1 on failure.
 */
export async function runAsTool(work: (ctx: RequestContext, config: Config) => Promise<number>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : String(error));
    process.exit(1);
  }
  const tenantId = option('tenant') ?? config.DEFAULT_TENANT;
  if (!tenantId) {
    console.error('name a tenant with --tenant or DEFAULT_TENANT');
    process.exit(1);
  }
  const database = await openDatabase(config.DATABASE_URL);
  const logger = createLogger('warn');
  const ctx = createRequestContext(tenantId, 'command-line', { db: database.db, logger, config, configurationCache: new ConfigurationCache(database.db) });
  let code = 1;
  try {
    code = await work(ctx, config);
  } catch (error) {
    console.error(`failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await database.close();
  }
  process.exit(code);
}
