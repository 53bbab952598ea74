// The service's SQLite connection (openDatabase) prepares each statement text once and still
// answers each call with its own arguments, inside and outside transactions and after a
// statement failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, type Database as ServiceDatabase } from '../../src/db/client.ts';

const INSERT = 'INSERT INTO t (id, name) VALUES (?, ?)';
const SELECT = 'SELECT id, name FROM t WHERE id = ?';

let folder: string;
let database: ServiceDatabase;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'reused-statements-'));
  database = await openDatabase(`file:${join(folder, 'reuse.db')}`);
  await database.db.$executeRawUnsafe('CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT NOT NULL)');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await database?.close();
  rmSync(folder, { recursive: true, force: true });
});

it('prepares a text once and binds each call its own arguments, in and out of transactions, after a failure', async () => {
  // Counts what reaches better-sqlite3 itself, beneath Prisma and its adapter.
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  const prepared = (sql: string) => prepare.mock.calls.filter(([text]) => text === sql).length;
  const { db } = database;
  for (const [id, name] of [
    ['a', 'Ann'],
    ['b', 'Bob'],
  ])
    expect(await db.$executeRawUnsafe(INSERT, id, name)).toBe(1);
  await db.$transaction(async (tx) => {
    expect(await tx.$executeRawUnsafe(INSERT, 'c', 'Cy')).toBe(1);
  });
  for (const [id, name] of [
    ['a', 'Ann'],
    ['b', 'Bob'],
    ['c', 'Cy'],
  ])
    expect(await db.$queryRawUnsafe(SELECT, id)).toEqual([{ id, name }]);
  // A failed statement (a duplicate key) leaves its statement reusable.
  await expect(db.$executeRawUnsafe(INSERT, 'a', 'Again')).rejects.toThrow(/UNIQUE constraint failed/);
  expect(await db.$executeRawUnsafe(INSERT, 'd', 'Di')).toBe(1);
  expect(await db.$queryRawUnsafe(SELECT, 'd')).toEqual([{ id: 'd', name: 'Di' }]);
  expect(prepared(INSERT)).toBe(1);
  expect(prepared(SELECT)).toBe(1);
});
