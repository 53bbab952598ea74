import { commandLinePrincipal } from '../modules/access/principal.ts';
import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { providerOf } from '../config/database-url.ts';
import { sqliteFilePath } from '../db/adapter.ts';
import { openDatabase, type Database, type Db } from '../db/client.ts';
import { awaitReadableSqliteFile, isSqliteBusy, SQLITE_WRITE_WAIT_MS, SqliteFileBusy } from '../db/sqlite-busy.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { createServiceContext } from '../modules/context/create-service-context.ts';
import { createLogger } from '../logging/logger.ts';
import { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import { findTenantVersion } from '../modules/tenants/tenant-service.ts';

/** A refusal of the tool itself: printed as one line, exit code 1. */
export class ToolFailure extends Error {}

export interface ToolEnvironment {
  config: Config;
  db: Db;
  /** A context acting as the operator in an existing tenant; a ToolFailure when it does not exist. */
  tenantContext: (tenantId: string) => Promise<ServiceContext>;
}

const WHILE_LOCKED = 'nothing was changed; try again when it is done';

/**
 * The tool's connection. On SQLite a tool runs beside the service (WAL: readers beside one
 * writer), waiting briefly for the service's writes; a file held for longer (a migration
 * under way, a long re-key) is reported rather than waited for at the driver's length.
 */
async function openToolDatabase(databaseUrl: string): Promise<Database> {
  if (providerOf(databaseUrl) !== 'sqlite') return openDatabase(databaseUrl);
  const file = sqliteFilePath(databaseUrl);
  if (!file.endsWith(':memory:')) awaitReadableSqliteFile(file, WHILE_LOCKED);
  const database = await openDatabase(databaseUrl);
  await database.db.$executeRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_WRITE_WAIT_MS}`);
  return database;
}

function describeFailure(error: unknown, databaseUrl: string): string {
  if (error instanceof ToolFailure || error instanceof SqliteFileBusy) return error.message;
  if (isSqliteBusy(error)) return new SqliteFileBusy(sqliteFilePath(databaseUrl), WHILE_LOCKED, SQLITE_WRITE_WAIT_MS).message;
  return `failed: ${(error as Error).message.split('\n')[0]}`;
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
  let database: Database;
  try {
    database = await openToolDatabase(config.DATABASE_URL);
  } catch (error) {
    console.error(describeFailure(error, config.DATABASE_URL));
    process.exit(1);
  }
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
    console.error(describeFailure(error, config.DATABASE_URL));
  } finally {
    await database.close();
  }
  process.exit(code);
}
