// Multi-row INSERT statements for the write paths that store many rows at once. Prisma's
// createMany builds and maps an object per row in its query engine, which dominated ingest
// time; one parameterised statement per table, built here with the provider's placeholders and
// run in a driver transaction or through Prisma's client, does the same work at a fraction of the cost.
import type { Provider } from '../config/database-url.ts';
import { clientProvider, executeThroughPrisma, type BoundStatement } from './bound-statement.ts';
import type { Db, DbTransaction } from './client.ts';
import type { Prisma } from './generated/postgresql/client.ts';

/**
 * The tables written in bulk, with their rows as Prisma's generated model types describe
 * them: a renamed or missing column is a compile error, not a NULL.
 */
interface BulkTables {
  Entity: Prisma.EntityCreateManyInput;
  EntityCrosswalk: Prisma.EntityCrosswalkCreateManyInput;
  EntityAttributeValue: Prisma.EntityAttributeValueCreateManyInput;
  Interaction: Prisma.InteractionCreateManyInput;
  InteractionCrosswalk: Prisma.InteractionCrosswalkCreateManyInput;
  InteractionAttributeValue: Prisma.InteractionAttributeValueCreateManyInput;
  InteractionProperty: Prisma.InteractionPropertyCreateManyInput;
  InteractionMember: Prisma.InteractionMemberCreateManyInput;
}

// Columns no insert sets: a stored row starts live (see soft-delete.ts).
type LaterColumns = 'deletedTime';

/** Every column given (none left to a default but the later ones), each a value a statement can bind. */
type Row<Table extends keyof BulkTables> = {
  [Column in Exclude<keyof BulkTables[Table], LaterColumns>]-?: Exclude<BulkTables[Table][Column], undefined>;
};

/** The rows of one part (values, crosswalks, members) of several owners, each with its owner's keys. */
export function partRows<Owner, Part extends object, Keys extends object>(
  owners: readonly Owner[],
  partsOf: (owner: Owner) => readonly Part[],
  keysOf: (owner: Owner) => Keys,
): Array<Keys & Part> {
  return owners.flatMap((owner) => partsOf(owner).map((part) => ({ ...keysOf(owner), ...part })));
}

// Bind parameters per statement: below every provider's limit (SQLite 32,766, PostgreSQL 65,535).
const MAX_PARAMETERS = 30_000;

/** Rows for some of the bulk tables. */
export type TableRows = { [Table in keyof BulkTables]?: ReadonlyArray<Row<Table>> };

// Owners before what they own, so that every foreign key finds its row.
const INSERT_ORDER: ReadonlyArray<keyof BulkTables> = [
  'Entity',
  'EntityCrosswalk',
  'EntityAttributeValue',
  'Interaction',
  'InteractionCrosswalk',
  'InteractionAttributeValue',
  'InteractionProperty',
  'InteractionMember',
];

/** Statements inserting the rows of every table given, owners first; run them in one transaction, in order. */
export function insertStatements(provider: Provider, tables: TableRows): BoundStatement[] {
  return INSERT_ORDER.flatMap((table) => insertRows(provider, table, tables[table] ?? []));
}

/** insertStatements through Prisma's client (or transaction): run them in one transaction, in order. */
export function insertTables(db: Db | DbTransaction, tables: TableRows) {
  return insertStatements(clientProvider(db), tables).map((statement) => executeThroughPrisma(db, statement));
}

/** The PostgreSQL array type a column's values are bound as, from the first value that is not null. */
function arrayTypeOf(values: readonly unknown[]): string {
  const value = values.find((candidate) => candidate !== null);
  return typeof value === 'bigint'
    ? 'bigint[]'
    : typeof value === 'number'
      ? 'integer[]'
      : typeof value === 'boolean'
        ? 'boolean[]'
        : 'text[]';
}

/** A column of rows bound as one array, with the array's PostgreSQL type. */
interface ArrayColumn {
  name: string;
  type: string;
  values: unknown[];
}

function arrayColumns(rows: ReadonlyArray<Record<string, unknown>>): ArrayColumn[] {
  // A column null in every row is left out (its type cannot be told from its values; the
  // bulk tables' nullable columns have no default, so it is null all the same).
  return Object.keys(rows[0]!)
    .map((name) => ({ name, values: rows.map((row) => row[name] ?? null) }))
    .filter((column) => column.values.some((value) => value !== null))
    .map((column) => ({ ...column, type: arrayTypeOf(column.values) }));
}

/**
 * On PostgreSQL, one statement a table whatever the row count: each column bound as one
 * array and the rows made by unnest. PostgreSQL parses a few parameters instead of thousands,
 * and there is no parameter limit to split at. (One statement for all tables, an INSERT a
 * table in a WITH clause, measured no faster, and its tables' rows would not see each other.)
 */
function insertUnnested(table: keyof BulkTables, rows: ReadonlyArray<Record<string, unknown>>): BoundStatement {
  const columns = arrayColumns(rows);
  const text = `INSERT INTO "${table}" (${columns.map(({ name }) => `"${name}"`).join(', ')}) SELECT * FROM unnest(${columns
    .map(({ type }, index) => `$${index + 1}::${type}`)
    .join(', ')})`;
  // BigInts travel as text, which the cast reads back exactly.
  const values = columns.map(({ type, values }) =>
    type === 'bigint[]' ? values.map((value) => (value === null ? null : String(value as bigint))) : values,
  );
  return { text, values };
}

/** Statements inserting `rows` into `table`; run them in one transaction. */
function insertRows<Table extends keyof BulkTables>(provider: Provider, table: Table, rows: ReadonlyArray<Row<Table>>): BoundStatement[] {
  if (rows.length === 0) return [];
  if (provider === 'postgresql') return [insertUnnested(table, rows)];
  const columns = Object.keys(rows[0]!) as Array<keyof Row<Table> & string>;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `;
  const placeholders = `(${columns.map(() => '?').join(',')})`;
  const statements: BoundStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.flatMap((row) => columns.map((column) => row[column] ?? null));
    statements.push({ text: head + chunk.map(() => placeholders).join(','), values });
  }
  return statements;
}
