// Prisma's SQLite adapter prepares every statement it runs afresh (`client.prepare(sql).bind(args)`),
// which better-sqlite3 cannot reuse once bound: on a single create that is a twentieth of the
// request's CPU. This hands the adapter a connection whose statements are prepared once per
// text and run with each call's arguments, the same statements better-sqlite3 would have made.
// Only for the service's own connection (client.ts), which never changes the schema: after a
// change, a kept statement would describe its old columns to the adapter until it runs again.
import Database from 'better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

// Multi-row INSERTs differ in text by their number of rows: the texts kept are bounded.
const MAX_STATEMENTS = 256;

/** What the adapter uses of a prepared statement: bound once, then run or read. */
class StatementRun {
  #arguments: unknown[] = [];
  constructor(private readonly statement: Database.Statement) {}
  get reader(): boolean {
    return this.statement.reader;
  }
  bind(args: unknown[]): this {
    this.#arguments = args;
    return this;
  }
  run(): Database.RunResult {
    return this.statement.run(this.#arguments);
  }
  columns(): Database.ColumnDefinition[] {
    return this.statement.columns();
  }
  raw(): { all(): unknown[] } {
    return { all: () => this.statement.raw(true).all(this.#arguments) };
  }
}

/** A connection like `connection` whose prepare() keeps each text's statement (least recently used out first). */
function reusingStatements(connection: Database.Database): Database.Database {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else statement = connection.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    return new StatementRun(statement);
  };
  return new Proxy(connection, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The adapter with its connection reusing statements, or as it is if it does not hold one as this adapter version does. */
function withReusedStatements(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const holder = adapter as unknown as { client?: unknown };
  if (holder.client instanceof Database) holder.client = reusingStatements(holder.client);
  return adapter;
}

/** Prisma's SQLite adapter factory whose connections reuse their prepared statements. */
export function reusingStatementsOf(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withReusedStatements(await factory.connect()),
    connectToShadowDb: async () => withReusedStatements(await factory.connectToShadowDb()),
  };
}
