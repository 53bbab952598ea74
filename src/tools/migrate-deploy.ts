// Applies pending migrations to DATABASE_URL without starting the service.
import { ConfigError, loadConfig } from '../config/env.ts';
import { createAdapterFactory } from '../db/adapter.ts';
import { providerOf } from '../config/database-url.ts';
import { applyMigrations } from '../db/migrations.ts';

try {
  const { DATABASE_URL } = loadConfig();
  const applied = await applyMigrations(providerOf(DATABASE_URL), createAdapterFactory(DATABASE_URL));
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
} catch (error) {
  console.error(
    error instanceof ConfigError ? `configuration error: ${error.message}` : `migration failed: ${(error as Error).message.split('\n')[0]}`,
  );
  process.exit(1);
}
