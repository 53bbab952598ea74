import type { Db } from '../db/client.ts';

/**
 * Readiness: the database answers and every committed migration has been applied. Returns
 * the problem, or null when ready.
 */
export async function readinessProblem(db: Db, expectedMigrations: string[]): Promise<string | null> {
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const missing = expectedMigrations.filter((name) => !applied.has(name));
    return missing.length ? `migrations not applied: ${missing.join(', ')}` : null;
  } catch {
    return 'database unreachable';
  }
}
