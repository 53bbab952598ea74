import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { createAdapterFactory, sqliteFilePath } from '../src/db/adapter.ts';
import { applyMigrations, committedMigrationNames } from '../src/db/migrations.ts';
import { createScratchDatabase, type ScratchDatabase } from '../src/db/scratch-database.ts';
import type { Provider } from '../src/config/database-url.ts';
import { describeEachDatabase, testPostgresUrl } from './helpers/databases.ts';
import { startTestService } from './helpers/test-service.ts';

async function appliedMigrationRows(provider: Provider, url: string): Promise<string[]> {
  const sql = 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name';
  if (provider === 'sqlite') {
    const db = new Database(sqliteFilePath(url), { readonly: true });
    try {
      return (db.prepare(sql).all() as Array<{ migration_name: string }>).map((row) => row.migration_name);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ migration_name: string }>(sql)).rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

async function deleteMigrationRecord(provider: Provider, url: string, name: string): Promise<void> {
  const sql = `DELETE FROM "_prisma_migrations" WHERE migration_name = '${name}'`;
  if (provider === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

describeEachDatabase.sequential('migrations', (provider) => {
  const created: ScratchDatabase[] = [];
  afterEach(async () => {
    await Promise.all(created.splice(0).map((database) => database.drop()));
  });
  const emptyDatabase = async () => {
    const database = await createScratchDatabase(provider, {
      postgresServerUrl: testPostgresUrl,
      sqliteDir: mkdtempSync(join(tmpdir(), 'interactions-migrations-')),
      prefix: 'test_migrations',
    });
    created.push(database);
    return database;
  };

  it('applies every committed migration to an empty database once, recording them as the Prisma CLI does', async () => {
    const database = await emptyDatabase();
    const names = committedMigrationNames(provider);
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(provider, createAdapterFactory(database.url))).toEqual(names);
    expect(await appliedMigrationRows(provider, database.url)).toEqual(names);
    expect(await applyMigrations(provider, createAdapterFactory(database.url))).toEqual([]);
    expect(await appliedMigrationRows(provider, database.url)).toEqual(names);
  });

  it('migrates on start-up, applies nothing on restart, and is not ready while a migration is missing', async () => {
    const database = await emptyDatabase();
    const first = await startTestService(provider, { DATABASE_URL: database.url });
    await first.stop();
    const afterFirst = await appliedMigrationRows(provider, database.url);
    expect(afterFirst).toEqual(committedMigrationNames(provider));

    const second = await startTestService(provider, { DATABASE_URL: database.url });
    try {
      expect(await appliedMigrationRows(provider, database.url)).toEqual(afterFirst);
      expect((await fetch(`${second.url}/ready`)).status).toBe(200);
      await deleteMigrationRecord(provider, database.url, afterFirst.at(-1)!);
      const notReady = await fetch(`${second.url}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'unavailable', reason: `migrations not applied: ${afterFirst.at(-1)}` });
    } finally {
      await second.stop();
    }
  });
});
