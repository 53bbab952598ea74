// Driver transactions (creates' writes run on Prisma's driver adapter, past its client's
// interactive transactions) keep what a transaction promises: all or nothing, a connection
// usable after a failure, their timeouts, one writer at a time beside Prisma's own
// transactions, constraint errors recognised, every statement seen by the query listeners.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import {
  inDriverTransaction,
  TransactionClosed,
  TransactionStartTimedOut,
  TransactionTimedOut,
  type DriverTransaction,
} from '../src/db/driver-transactions.ts';
import { isDatabaseUnavailable, isForeignKeyViolation, isTransactionTimeout, isUniqueViolation } from '../src/db/errors.ts';
import type { BoundStatement } from '../src/db/bound-statement.ts';
import type { ScratchDatabase } from '../src/db/scratch-database.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { createTestDatabase } from './helpers/test-service.ts';

const LONG = { timeoutMs: 10_000, maxWaitMs: 10_000 };

describeEachDatabase.sequential('driver transactions', (provider) => {
  let scratch: ScratchDatabase;
  let database: Database;
  const placeholder = (at: number) => (provider === 'postgresql' ? `$${at}` : '?');
  const insert = (id: string, name: string): BoundStatement => ({
    text: `INSERT INTO "Pet" ("id", "name") VALUES (${placeholder(1)}, ${placeholder(2)})`,
    values: [id, name],
  });
  const names = async () =>
    (await database.db.$queryRawUnsafe<Array<{ name: string }>>('SELECT "name" FROM "Pet" ORDER BY "name"')).map((row) => row.name);
  const clear = () => database.db.$executeRawUnsafe('DELETE FROM "Pet"');

  beforeAll(async () => {
    scratch = await createTestDatabase(provider);
    database = await openDatabase(scratch.url);
    await database.db.$executeRawUnsafe('CREATE TABLE "Pet" ("id" TEXT PRIMARY KEY, "name" TEXT NOT NULL)');
    await database.db.$executeRawUnsafe('CREATE TABLE "Clock" ("at" BIGINT NOT NULL)');
    // A reference checked at COMMIT: what makes a COMMIT fail on both databases.
    await database.db.$executeRawUnsafe(
      'CREATE TABLE "Tag" ("petId" TEXT NOT NULL REFERENCES "Pet" ("id") DEFERRABLE INITIALLY DEFERRED, "tag" TEXT NOT NULL)',
    );
  });

  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('commits every statement at once, each seen by the query listeners between BEGIN and COMMIT', async () => {
    await clear();
    const seen: string[] = [];
    const stop = database.onQuery((sql) => seen.push(sql));
    const rows = await inDriverTransaction(database.db, LONG, async (tx) => {
      await tx.execute(insert('1', 'Ann'));
      await tx.execute(insert('2', 'Bob'));
      return tx.query<{ name: string }>({ text: 'SELECT "name" FROM "Pet" ORDER BY "name"', values: [] });
    });
    stop();
    expect(rows).toEqual([{ name: 'Ann' }, { name: 'Bob' }]);
    expect(await names()).toEqual(['Ann', 'Bob']);
    expect(seen.map((sql) => sql.split(' ')[0])).toEqual(['BEGIN', 'INSERT', 'INSERT', 'SELECT', 'COMMIT']);
  });

  it('rolls back everything when its work fails, rethrows the error, and leaves the connection usable', async () => {
    await clear();
    const failure = new Error('the work failed');
    await expect(
      inDriverTransaction(database.db, LONG, async (tx) => {
        await tx.execute(insert('1', 'Ann'));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await names()).toEqual([]);
    // A constraint the database refuses: recognised as the unique violation it is, nothing kept.
    const duplicate = await inDriverTransaction(database.db, LONG, async (tx) => {
      await tx.execute(insert('1', 'Ann'));
      await tx.execute(insert('1', 'Ann again'));
    }).catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(await names()).toEqual([]);
    await inDriverTransaction(database.db, LONG, (tx) => tx.execute(insert('2', 'Bob')));
    await database.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(insert('3', 'Cy').text, ...insert('3', 'Cy').values);
    });
    expect(await names()).toEqual(['Bob', 'Cy']);
  });

  it('rolls back a transaction whose COMMIT the database refuses, and leaves the connection usable', async () => {
    await clear();
    const seen: string[] = [];
    const stop = database.onQuery((sql) => seen.push(sql.split(' ')[0]!));
    const refused = await inDriverTransaction(database.db, LONG, async (tx) => {
      await tx.execute(insert('1', 'Ann'));
      await tx.execute({ text: `INSERT INTO "Tag" ("petId", "tag") VALUES (${placeholder(1)}, 'stray')`, values: ['nobody'] });
    }).catch((error: unknown) => error);
    stop();
    // Both statements ran; the database refused the COMMIT, and the transaction was rolled back.
    expect(isForeignKeyViolation(refused)).toBe(true);
    expect(seen).toEqual(['BEGIN', 'INSERT', 'INSERT', 'COMMIT', 'ROLLBACK']);
    expect(await names()).toEqual([]);
    await inDriverTransaction(database.db, LONG, (tx) => tx.execute(insert('2', 'Bob')));
    expect(await names()).toEqual(['Bob']);
  });

  it('refuses a statement after its timeout and rolls back what came before', async () => {
    await clear();
    const late = await inDriverTransaction(database.db, { timeoutMs: 50, maxWaitMs: 1_000 }, async (tx) => {
      await tx.execute(insert('1', 'Ann'));
      await new Promise((resolve) => setTimeout(resolve, 120));
      await tx.execute(insert('2', 'Bob'));
    }).catch((error: unknown) => error);
    expect(late).toBeInstanceOf(TransactionTimedOut);
    expect(isTransactionTimeout(late)).toBe(true);
    expect(await names()).toEqual([]);
  });

  it('waits its turn behind a write transaction of Prisma’s own, and gives up past its wait as a busy database', async () => {
    await clear();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const started = new Promise<void>((resolve) => (holding = resolve));
    const prisma = database.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(insert('1', 'Ann').text, ...insert('1', 'Ann').values);
        holding();
        await held;
      },
      { timeout: 10_000 },
    );
    await started;
    // On SQLite Prisma's transaction holds the connection's lock; on PostgreSQL the row's lock.
    const gaveUp =
      provider === 'sqlite'
        ? await inDriverTransaction(database.db, { timeoutMs: 1_000, maxWaitMs: 50 }, (tx) => tx.execute(insert('2', 'Bob'))).catch(
            (error: unknown) => error,
          )
        : undefined;
    const queued = inDriverTransaction(database.db, LONG, async (tx) => {
      await tx.execute(insert('1', 'Ann twice'));
    }).catch((error: unknown) => ({ error, settledAt: performance.now() }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const releasedAt = performance.now();
    release();
    await prisma;
    // The one queued behind Prisma's transaction ran after it had committed: its key is taken.
    const { error, settledAt } = (await queued) ?? {};
    expect(isUniqueViolation(error)).toBe(true);
    expect(settledAt).toBeGreaterThan(releasedAt);
    if (provider === 'sqlite') {
      expect(gaveUp).toBeInstanceOf(TransactionStartTimedOut);
      expect(isDatabaseUnavailable(gaveUp)).toBe(true);
    }
    // The transaction that started after its caller gave up was rolled back, not left open.
    await inDriverTransaction(database.db, LONG, (tx) => tx.execute(insert('3', 'Cy')));
    expect(await names()).toEqual(['Ann', 'Cy']);
  });
  it('refuses a statement sent after the transaction ended, which its work did not wait for', async () => {
    await clear();
    let kept!: DriverTransaction;
    await inDriverTransaction(database.db, LONG, async (tx) => {
      kept = tx;
      await tx.execute(insert('1', 'Ann'));
    });
    await expect(kept.execute(insert('2', 'Bob'))).rejects.toBeInstanceOf(TransactionClosed);
    expect(await names()).toEqual(['Ann']);
  });

  it('stores a 64-bit integer exactly', async () => {
    const at = 2n ** 60n + 1n;
    await inDriverTransaction(database.db, LONG, (tx) =>
      tx.execute({ text: `INSERT INTO "Clock" ("at") VALUES (${placeholder(1)})`, values: [at] }),
    );
    const [stored] = await database.db.$queryRawUnsafe<Array<{ at: bigint }>>('SELECT "at" FROM "Clock"');
    expect(String(stored!.at)).toBe(String(at));
  });
  it('runs on the client’s new connection after Prisma disconnected the old one', async () => {
    await clear();
    await database.db.$disconnect();
    await inDriverTransaction(database.db, LONG, (tx) => tx.execute(insert('1', 'Ann')));
    expect(await names()).toEqual(['Ann']);
  });
});
