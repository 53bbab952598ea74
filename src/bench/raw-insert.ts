// The baseline: the same rows createInteractions stores, inserted by the raw driver in one
// transaction per batch with one multi-row INSERT per table.
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '../db/adapter.ts';
import type { Provider } from '../config/database-url.ts';

export type Row = Record<string, string | number | bigint>;
export interface RowBatch {
  table: string;
  rows: Row[];
}

export interface RawInserter {
  insert(batches: RowBatch[]): Promise<void>;
  close(): Promise<void>;
}

const quoted = (name: string) => `"${name}"`;

export async function openRawInserter(provider: Provider, url: string): Promise<RawInserter> {
  if (provider === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    db.pragma('journal_mode = WAL');
    const statements = new Map<string, Database.Statement>();
    const statementFor = (table: string, columns: string[], count: number) => {
      const key = `${table}:${count}`;
      let statement = statements.get(key);
      if (!statement) {
        const values = Array.from({ length: count }, () => `(${columns.map(() => '?').join(',')})`).join(',');
        statement = db.prepare(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(',')}) VALUES ${values}`);
        statements.set(key, statement);
      }
      return statement;
    };
    const run = db.transaction((batches: RowBatch[]) => {
      for (const { table, rows } of batches) {
        const columns = Object.keys(rows[0]!);
        statementFor(table, columns, rows.length).run(rows.flatMap((row) => columns.map((column) => row[column]!)));
      }
    });
    return {
      insert: async (batches) => {
        run(batches);
      },
      close: async () => {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(batches) {
      await client.query('BEGIN');
      for (const { table, rows } of batches) {
        const columns = Object.keys(rows[0]!);
        const values = rows
          .map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(',')})`)
          .join(',');
        await client.query(
          `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(',')}) VALUES ${values}`,
          rows.flatMap((row) => columns.map((column) => String(row[column]!))),
        );
      }
      await client.query('COMMIT');
    },
    close: () => client.end(),
  };
}
