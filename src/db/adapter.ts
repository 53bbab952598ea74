// The one place that knows which database is behind DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { providerOf } from '../config/database-url.ts';

/** Absolute path of an SQLite file URL, relative paths taken from the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return resolve(databaseUrl.slice('file:'.length).replace(/\?.*$/, ''));
}

/**
 * A driver adapter factory for the database, creating the SQLite file's folder if needed. On
 * PostgreSQL it uses `pool` when given (see postgres-pool.ts), which its owner ends.
 */
export function createAdapterFactory(databaseUrl: string, pool?: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(databaseUrl) === 'postgresql') {
    return new PrismaPg(pool ?? { connectionString: databaseUrl });
  }
  const file = sqliteFilePath(databaseUrl);
  if (file.endsWith(':memory:')) return new PrismaBetterSqlite3({ url: ':memory:' });
  mkdirSync(dirname(file), { recursive: true });
  // A writer waits this long for another connection's write lock before failing.
  return new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
}
