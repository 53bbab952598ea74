// Applies pending migrations to DATABASE_URL, then the data steps tenants still need (as
// start-up does), without starting the service.
import { ConfigError, loadConfig } from '../config/env.ts';
import { createAdapterFactory } from '../db/adapter.ts';
import { providerOf } from '../config/database-url.ts';
import { openDatabase } from '../db/client.ts';
import { applyMigrations } from '../db/migrations.ts';
import { createLogger } from '../logging/logger.ts';
import { applyDataSteps } from '../modules/configuration/data-steps.ts';
import { commandLine } from './command-line.ts';

commandLine({
  script: 'migrate',
  synopsis: '',
  help: `Applies pending migrations to DATABASE_URL, then the data steps tenants still need, as the
service does at start-up. On SQLite it needs the file to itself: stop the service first.

Exit codes: 0 migrated (or nothing to do), 1 failed, 64 a command line it does not take.`,
  options: {},
});

try {
  const config = loadConfig();
  const applied = await applyMigrations(providerOf(config.DATABASE_URL), createAdapterFactory(config.DATABASE_URL));
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  const database = await openDatabase(config.DATABASE_URL);
  try {
    // Warnings (interactions a step could not bring up to date) as JSON lines; the summary below.
    const steps = await applyDataSteps(database.db, createLogger('warn'), config);
    for (const { tenantId, step, summary } of steps) console.log(`tenant ${tenantId}: ${step}: ${summary}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError ? `configuration error: ${error.message}` : `migration failed: ${(error as Error).message.split('\n')[0]}`,
  );
  process.exit(1);
}
