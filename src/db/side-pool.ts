import pg from 'pg';
import type { Logger } from '../logging/logger.ts';

/**
 * A small pg pool beside Prisma's, for libraries that speak to PostgreSQL themselves (the
 * rate limiter). A dropped connection is logged and replaced, never an unhandled 'error'.
 */
export function createSidePool(databaseUrl: string, logger: Logger, max = 2): pg.Pool {
  // Short timeouts: its callers fall back to something else rather than wait on a sick database.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 2_000,
    query_timeout: 2_000,
  });
  pool.on('error', (error) => logger.warn({ err: error }, 'an idle side-pool connection to PostgreSQL failed'));
  return pool;
}
