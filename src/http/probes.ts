import type { Db } from '../db/client.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';

/**
 * Readiness: the database answers and every committed migration has been applied. Returns
 * the problem, or null when ready. Asked again on every probe: a database back after an
 * outage makes the service ready again without a restart.
 */
export async function readinessProblem(db: Db, expectedMigrations: string[]): Promise<string | null> {
  let rows: Array<{ migration_name: string }>;
  try {
    rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  } catch (error) {
    // The reason, never the driver's text: the probe is often reachable by more than operators.
    return isDatabaseUnavailable(error)
      ? 'database unavailable: no connection to it can be made or kept (requests are answered 503 until it is back)'
      : 'database check failed: the migrations table cannot be read';
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  const missing = expectedMigrations.filter((name) => !applied.has(name));
  return missing.length ? `migrations not applied: ${missing.join(', ')}` : null;
}
