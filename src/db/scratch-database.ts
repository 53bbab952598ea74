import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Provider } from '../config/database-url.ts';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database: an in-memory or temporary SQLite file, or a database created on
 * the PostgreSQL server behind `postgresServerUrl`. Used by tests and migration tooling.
 */
export async function createScratchDatabase(
  provider: Provider,
  options: { postgresServerUrl: string; sqliteDir?: string; prefix?: string },
): Promise<ScratchDatabase> {
  const name = `${options.prefix ?? 'scratch'}_${randomBytes(6).toString('hex')}`;
  if (provider === 'sqlite') {
    if (!options.sqliteDir) return { url: 'file::memory:', drop: async () => {} };
    const { rm } = await import('node:fs/promises');
    const file = `${options.sqliteDir}/${name}.db`;
    return {
      url: `file:${file}`,
      drop: async () => {
        await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(file + suffix, { force: true })));
      },
    };
  }
  const admin = new pg.Client({ connectionString: options.postgresServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(options.postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: options.postgresServerUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
