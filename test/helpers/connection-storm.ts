import pg from 'pg';

/** The pids of the database's connections that a terminate round ended. */
export interface StormReport {
  rounds: number;
  terminated: number;
}

/**
 * Terminates every connection to `database` (as a failover does) every `everyMs` for
 * `forMs`, from a connection of its own to the server behind `serverUrl` (another database).
 */
export async function terminateConnectionsRepeatedly(
  serverUrl: string,
  database: string,
  forMs: number,
  everyMs: number,
): Promise<StormReport> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const report: StormReport = { rounds: 0, terminated: 0 };
  try {
    const until = Date.now() + forMs;
    while (Date.now() < until) {
      const { rows } = await admin.query<{ terminated: boolean }>(
        'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      report.rounds += 1;
      report.terminated += rows.filter((row) => row.terminated).length;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  } finally {
    await admin.end();
  }
  return report;
}

/** The database name of a PostgreSQL URL. */
export const databaseNameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
