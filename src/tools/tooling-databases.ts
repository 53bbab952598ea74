import pg from 'pg';
import { createAdapterFactory } from '../db/adapter.ts';
import type { Provider } from '../config/database-url.ts';

/** The PostgreSQL server where migration tooling creates its throw-away databases. */
export const postgresServerUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A connection the schema engine can diff schema texts with (it reads no data there). */
export function engineHost(provider: Provider) {
  return createAdapterFactory(provider === 'sqlite' ? 'file::memory:' : postgresServerUrl);
}

/**
 * Stops a tool with one clear line when the PostgreSQL server it needs does not answer,
 * rather than with the schema engine's stack trace later on.
 */
export async function requirePostgresServer(tool: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `${tool} needs a PostgreSQL server (TEST_POSTGRES_URL, here ${postgresServerUrl}) and cannot reach it: ${(error as Error).message.split('\n')[0]}`,
    );
    process.exit(1);
  } finally {
    await client.end().catch(() => {});
  }
}
