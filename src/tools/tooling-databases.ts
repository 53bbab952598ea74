import { createAdapterFactory } from '../db/adapter.ts';
import type { Provider } from '../config/database-url.ts';

/** The PostgreSQL server where migration tooling creates its throw-away databases. */
export const postgresServerUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A connection the schema engine can diff schema texts with (it reads no data there). */
export function engineHost(provider: Provider) {
  return createAdapterFactory(provider === 'sqlite' ? 'file::memory:' : postgresServerUrl);
}
