// The SQLite adapter as the service builds it (src/db/adapter.ts) prepares each statement text
// once and still answers each call with its own arguments, inside and outside transactions and
// after a statement failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { createAdapterFactory } from '../../src/db/adapter.ts';

const text = { scalarType: 'string', arity: 'scalar' } as const;
const query = (sql: string, ...args: string[]): SqlQuery => ({ sql, args, argTypes: args.map(() => text) });

let folder: string;
let adapter: SqlDriverAdapter;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'reused-statements-'));
  adapter = await createAdapterFactory(`file:${join(folder, 'reuse.db')}`).connect();
  await adapter.executeScript('CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT NOT NULL)');
});

afterEach(async () => {
  await adapter?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

it('prepares a text once and binds each call its own arguments, in and out of transactions', async () => {
  // Counts what reaches better-sqlite3 itself, beneath the adapter.
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  const prepared = (sql: string) => prepare.mock.calls.filter(([text]) => text === sql).length;
  try {
    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    const select = 'SELECT name FROM t WHERE id = ?';
    for (const [id, name] of [
      ['a', 'Ann'],
      ['b', 'Bob'],
    ])
      expect(await adapter.executeRaw(query(insert, id!, name!))).toBe(1);
    const transaction = await adapter.startTransaction();
    await transaction.executeRaw(query(insert, 'c', 'Cy'));
    await transaction.executeRaw(query('COMMIT'));
    await transaction.commit();
    for (const [id, name] of [
      ['a', 'Ann'],
      ['b', 'Bob'],
      ['c', 'Cy'],
    ])
      expect((await adapter.queryRaw(query(select, id!))).rows).toEqual([[name]]);
    // A failed statement (duplicate key) leaves its statement reusable.
    await expect(adapter.executeRaw(query(insert, 'a', 'Again'))).rejects.toBeDefined();
    expect(await adapter.executeRaw(query(insert, 'd', 'Di'))).toBe(1);
    expect(prepared(insert)).toBe(1);
    expect(prepared(select)).toBe(1);
  } finally {
    prepare.mockRestore();
  }
});
