// Faults injected into a test service's database, as triggers: the failure happens inside the
// service's own statement and transaction, exactly where a real one would.
import { randomBytes } from 'node:crypto';
import type { TestService } from './test-service.ts';

/**
 * How the statement fails: as a race lost to another request (a unique key taken), which
 * writers answer item by item, or as a fault of the database (here a NOT NULL violation),
 * which fails the request, or (PostgreSQL only) as the connection lost (SQLSTATE 57P01, what a
 * terminated backend reports), which the service answers 503.
 */
export type Failure = 'lostRace' | 'fault' | 'unavailable';

export interface InjectedFault {
  table: string;
  on: 'INSERT' | 'UPDATE';
  /** SQL over the written row (NEW), true for this test's rows only: tests share the database. */
  when: string;
  failure: Failure;
}

// A table whose row 0 exists: inserting it again is a unique violation, inserting a row without its note a NOT NULL one.
const GUARD = 'TestFaultGuard';
const failingStatement = (failure: Failure) => {
  if (failure === 'unavailable') return `RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01'`;
  return failure === 'lostRace'
    ? `INSERT INTO "${GUARD}" ("id", "note") VALUES (0, 'taken')`
    : `INSERT INTO "${GUARD}" ("id", "note") VALUES (1, NULL)`;
};

const guards = new WeakMap<TestService, Promise<void>>();
// Once per service: concurrent CREATE TABLE IF NOT EXISTS can still collide on PostgreSQL.
function guardTable(service: TestService): Promise<void> {
  let made = guards.get(service);
  if (!made) {
    const { db } = service.database;
    made = (async () => {
      await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "${GUARD}" ("id" INTEGER PRIMARY KEY, "note" TEXT NOT NULL)`);
      await db.$executeRawUnsafe(`INSERT INTO "${GUARD}" ("id", "note") VALUES (0, 'taken') ON CONFLICT DO NOTHING`);
    })();
    guards.set(service, made);
  }
  return made;
}

/** Makes the service's database fail the writes the fault describes; returns what takes it away again. */
export async function injectFault(service: TestService, fault: InjectedFault): Promise<() => Promise<void>> {
  await guardTable(service);
  const { db, provider } = service.database;
  const name = `test_fault_${randomBytes(6).toString('hex')}`;
  const { table, on, when, failure } = fault;
  if (provider === 'sqlite') {
    if (failure === 'unavailable') throw new Error('an unavailable database is injected on PostgreSQL only');
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "${name}" BEFORE ${on} ON "${table}" FOR EACH ROW WHEN ${when} BEGIN ${failingStatement(failure)}; END`,
    );
    return async () => void (await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}"`));
  }
  // PostgreSQL takes no subquery in a trigger's WHEN: the function tests the condition itself.
  await db.$executeRawUnsafe(
    `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ${when} THEN ${failingStatement(failure)}; END IF; RETURN NEW; END $$`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE ${on} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}" ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${name}"()`);
  };
}
