import pg from 'pg';

/** PostgreSQL's plan for a statement the service sent, with the parameters it sent. */
export async function explain(databaseUrl: string, sql: string, paramsJson: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const params = JSON.parse(paramsJson) as unknown[];
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${sql}`,
      params.map((value) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : value)),
    );
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/** Runs SQL on the database directly (seeding large tables for plan tests). */
export async function execute(databaseUrl: string, statements: Array<[string, unknown[]]>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [sql, params] of statements) await client.query(sql, params);
  } finally {
    await client.end();
  }
}
