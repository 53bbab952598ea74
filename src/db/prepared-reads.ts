// The hottest reads (rows by id lists for a page, the tenant's configuration version on every
// request) as hand-written SQL through the driver itself, each statement prepared once per
// connection: Prisma's query compiler, its row mapping and a `prepare` on every SQLite query
// cost more than the statements themselves. Same tables, same rows as the Prisma models; every
// statement still reaches the database's query listeners (metrics, statement counts) and, when
// traced, gets a span like Prisma's.
import Database from 'better-sqlite3';
import type pg from 'pg';
import type { Provider } from '../config/database-url.ts';
import { sqliteFilePath } from './adapter.ts';
import type { Db } from './client.ts';
import { observed, type QueryListener } from './observed-statement.ts';

/**
 * A read-only statement: `?` placeholders, and `IN IDS` where a list of text is bound as one
 * parameter (a JSON array through json_each on SQLite, a text[] on PostgreSQL), so that its
 * text, and so its preparation, is the same whatever the list's length.
 */
export interface ReadStatement<Row> {
  name: string;
  sql: string;
  /** Columns Prisma models as BigInt (which drivers give as numbers or text). */
  bigints: ReadonlySet<string>;
  /** The row type, for callers; never set. */
  row?: Row;
}

export function readStatement<Row>(name: string, sql: string, bigints: readonly string[] = []): ReadStatement<Row> {
  return { name, sql, bigints: new Set(bigints) };
}

export interface PreparedReads {
  all<Row>(statement: ReadStatement<Row>, parameters: readonly unknown[]): Promise<Row[]>;
  close(): void;
}

function shaped<Row>(statement: ReadStatement<Row>, rows: Array<Record<string, unknown>>): Row[] {
  for (const row of rows) {
    for (const column in row) {
      const value = row[column];
      if (statement.bigints.has(column)) row[column] = value === null ? null : BigInt(value as number | string | bigint);
      else if (typeof value === 'bigint') row[column] = Number(value);
    }
  }
  return rows as Row[];
}

/** A statement's text for the provider: its `IN IDS` lists and, on PostgreSQL, numbered placeholders. */
export function statementText(provider: Provider, sql: string): string {
  if (provider === 'sqlite') return sql.replaceAll('IN IDS', 'IN (SELECT value FROM json_each(?))');
  let index = 0;
  return sql.replaceAll('IN IDS', '= ANY(?::text[])').replaceAll('?', () => `$${++index}`);
}

/** A parameter as better-sqlite3 binds it in the prepared reads' notation: a list (IN IDS) as JSON, a boolean as 0 or 1. */
export const sqliteParameter = (value: unknown) =>
  Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? Number(value) : value;

/** A connection of its own beside Prisma's: under WAL it reads the last committed state, never waiting for a writer. */
function sqliteReads(databaseUrl: string, listeners: ReadonlySet<QueryListener>, db: Db): PreparedReads {
  const file = sqliteFilePath(databaseUrl);
  // An in-memory database is private to its connection: read it through Prisma's.
  if (file.endsWith(':memory:')) {
    return {
      all: async <Row>(statement: ReadStatement<Row>, parameters: readonly unknown[]) =>
        shaped(
          statement,
          await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
            statementText('sqlite', statement.sql),
            ...parameters.map(sqliteParameter),
          ),
        ),
      close: () => {},
    };
  }
  const connection = new Database(file, { fileMustExist: true, timeout: 10_000 });
  connection.pragma('query_only = ON');
  const prepared = new Map<string, Database.Statement>();
  return {
    async all<Row>(statement: ReadStatement<Row>, parameters: readonly unknown[]) {
      let found = prepared.get(statement.name);
      if (!found) prepared.set(statement.name, (found = connection.prepare(statementText('sqlite', statement.sql))));
      const bound = parameters.map(sqliteParameter);
      const rows = await observed(
        'sqlite',
        listeners,
        statement.sql,
        parameters,
      )(() => found.all(...bound) as Array<Record<string, unknown>>);
      return shaped(statement, rows);
    },
    close: () => connection.close(),
  };
}

/**
 * Through Prisma's own pool. Statements on fixed keys are named: PostgreSQL parses and plans
 * each once per connection. Statements on id lists are not: a named statement soon runs a
 * generic plan, made without the list's length and on the table statistics of that moment
 * (say, a sequential scan of a table still small then); planned per execution, each uses
 * what its list and the tables are now.
 */
function postgresReads(pool: pg.Pool, listeners: ReadonlySet<QueryListener>): PreparedReads {
  const texts = new Map<string, string>();
  const textOf = (statement: ReadStatement<unknown>) => {
    let text = texts.get(statement.name);
    if (text === undefined) texts.set(statement.name, (text = statementText('postgresql', statement.sql)));
    return text;
  };
  return {
    async all<Row>(statement: ReadStatement<Row>, parameters: readonly unknown[]) {
      const text = textOf(statement);
      const result = await observed(
        'postgresql',
        listeners,
        text,
        parameters,
      )(() =>
        pool.query<Record<string, unknown>>({
          name: statement.sql.includes('IN IDS') ? undefined : statement.name,
          text,
          values: [...parameters],
        }),
      );
      return shaped(statement, result.rows);
    },
    close: () => {},
  };
}

const registry = new WeakMap<Db, PreparedReads>();

/** Opens the prepared reads of a database opened by openDatabase, which closes them. */
export function openPreparedReads(
  db: Db,
  provider: Provider,
  databaseUrl: string,
  pool: pg.Pool | undefined,
  listeners: ReadonlySet<QueryListener>,
): PreparedReads {
  const reads = provider === 'postgresql' ? postgresReads(pool!, listeners) : sqliteReads(databaseUrl, listeners, db);
  registry.set(db, reads);
  return reads;
}

/** The prepared reads of the database `db` belongs to. */
export function preparedReads(db: Db): PreparedReads {
  const reads = registry.get(db);
  if (!reads) throw new Error('this client was not opened by openDatabase: it has no prepared reads');
  return reads;
}
