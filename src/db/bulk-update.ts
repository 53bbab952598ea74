// Updates of one column of many rows, each row to its own value, in a few statements: one
// UPDATE ... FROM (VALUES ...) per chunk of rows, which SQLite and PostgreSQL both read
// (each names the columns of a VALUES list column1, column2), instead of one per row.
import { join, raw, sqltag as sql } from '@prisma/client/runtime/client';
import type { DbTransaction } from './client.ts';

/** The columns rewritten in bulk, by table. */
interface BulkColumns {
  Interaction: 'idKey';
  InteractionCrosswalk: 'value';
}

// Two bind parameters a row: far below every provider's limit (SQLite 32,766).
const ROWS_PER_STATEMENT = 10_000;

/** Sets `column` of each row of the tenant named by id to the row's value (null clears it). */
export async function setColumnById<Table extends keyof BulkColumns>(
  tx: DbTransaction,
  table: Table,
  column: BulkColumns[Table],
  tenantId: string,
  rows: ReadonlyArray<{ id: string; value: string | null }>,
): Promise<void> {
  const target = raw(`"${table}"`);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.$executeRaw(sql`UPDATE ${target} SET ${raw(`"${column}"`)} = v.column2
      FROM (VALUES ${join(chunk.map((row) => sql`(${row.id}, ${row.value})`))}) AS v
      WHERE ${target}."tenantId" = ${tenantId} AND ${target}."id" = v.column1`);
  }
}
