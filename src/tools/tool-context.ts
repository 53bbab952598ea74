import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandLinePrincipal } from '../modules/access/principal.ts';
import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { openDatabase, type Db } from '../db/client.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { createServiceContext } from '../modules/context/create-service-context.ts';
import { createLogger } from '../logging/logger.ts';
import { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import { findTenantVersion } from '../modules/tenants/tenant-service.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A refusal of the tool itself: printed as one line, exit code 1. */
export class ToolFailure extends Error {}

/**
 * The command line, parsed strictly: an unknown or mistyped flag is an error, never ignored.
 * `--help` prints the usage and exits.
 */
export function commandLine<O extends Options>(usage: string, options: O, positionals: { min: number; max: number } = { min: 0, max: 0 }) {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, help: { type: 'boolean' } }, allowPositionals: positionals.max > 0, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]}\nusage: ${usage}`);
    process.exit(1);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  if (parsed.positionals.length < positionals.min || parsed.positionals.length > positionals.max) {
    console.error(`usage: ${usage}`);
    process.exit(1);
  }
  return parsed;
}

export interface ToolEnvironment {
  config: Config;
  db: Db;
  /** A context acting as the operator in an existing tenant; a ToolFailure when it does not exist. */
  tenantContext: (tenantId: string) => Promise<ServiceContext>;
}

/**
 * Runs a command-line tool's work on DATABASE_URL (which must be migrated: start the service
 * or run `npm run migrate` first). Exits with the work's code; 1 on failure.
 */
export async function runAsTool(work: (tool: ToolEnvironment) => Promise<number>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : String(error));
    process.exit(1);
  }
  const database = await openDatabase(config.DATABASE_URL);
  const logger = createLogger('warn');
  const configurationCache = new ConfigurationCache(database.db);
  const tenantContext = async (tenantId: string) => {
    if ((await findTenantVersion(database.db, tenantId)) === null) {
      throw new ToolFailure(`tenant ${tenantId} does not exist; provision it with: npm run tenant:create -- ${tenantId}`);
    }
    return createServiceContext(tenantId, commandLinePrincipal(), { db: database.db, logger, config, configurationCache });
  };
  let code = 1;
  try {
    code = await work({ config, db: database.db, tenantContext });
  } catch (error) {
    console.error(error instanceof ToolFailure ? error.message : `failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await database.close();
  }
  process.exit(code);
}
