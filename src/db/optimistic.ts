// Compare-and-set updates: a write names the updatedTime it read, and fails (StaleWrite)
// when another request changed the row since; the caller then works again from fresh state.
// Without it two concurrent updates could each delete the old values and insert their own,
// leaving both sets behind.
import { insertTables, type TableRows } from './bulk-insert.ts';
import { recordChanges, type ChangeEntry } from './change-log.ts';
import type { Db, DbTransaction } from './client.ts';
import type { Prisma } from './generated/postgresql/client.ts';

export class StaleWrite extends Error {
  constructor() {
    super('the row changed since it was read');
  }
}

/** The updatedTime of a new revision: now, but always later than the one it replaces. */
export function nextUpdatedTime(previous: bigint): bigint {
  const now = BigInt(Date.now());
  return now > previous ? now : previous + 1n;
}

/** Runs `attempt` until it does not meet a StaleWrite, at most `attempts` times; null when it always did. */
export async function retryStale<T>(attempt: () => Promise<T>, attempts = 10): Promise<T | null> {
  for (let round = 0; round < attempts; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleWrite)) throw error;
    }
  }
  return null;
}

/** A row as it was read: the revision applies only while it is still at that updatedTime. */
interface ReadRow {
  tenantId: string;
  id: string;
  updatedTime: bigint;
}

/** The new columns of the revised row, by the table it is in. */
type Claim =
  | { table: 'Entity'; row: ReadRow; data: Prisma.EntityUpdateManyMutationInput }
  | { table: 'Interaction'; row: ReadRow; data: Prisma.InteractionUpdateManyMutationInput };

/** The compare-and-set update: it changes no row when the row changed since it was read. */
function claimRow(tx: DbTransaction, { table, row, data }: Claim) {
  const where = { tenantId: row.tenantId, id: row.id, updatedTime: row.updatedTime };
  // A soft delete leaves updatedTime alone: an interaction soft-deleted since it was read is changed too.
  return table === 'Entity'
    ? tx.entity.updateMany({ where, data })
    : tx.interaction.updateMany({ where: { ...where, deletedTime: null }, data });
}

/** A new revision of a row and of the parts it owns, written as one compare-and-set. */
export interface Revision {
  claim: Claim;
  /** Removes the parts the revision replaces, in order. */
  remove: Array<(tx: DbTransaction) => Promise<unknown>>;
  insert: TableRows;
  /** Whether a failed write lost a race with a concurrent request (a key taken, a referenced row gone). */
  lostRace: (error: unknown) => boolean;
  /** The change stream's entry for the revision, and who made it. */
  change: { entry: ChangeEntry; actor: string };
}

/**
 * Writes the revision in one transaction: true when written, false when it lost a race.
 * Throws StaleWrite when the row changed since it was read.
 */
export async function writeRevision(db: Db, revision: Revision): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      if ((await claimRow(tx, revision.claim)).count !== 1) throw new StaleWrite();
      for (const remove of revision.remove) await remove(tx);
      for (const statement of insertTables(tx, revision.insert)) await statement;
      await recordChanges(tx, revision.claim.row.tenantId, revision.change.actor, [revision.change.entry]);
    });
    return true;
  } catch (error) {
    if (revision.lostRace(error)) return false;
    throw error;
  }
}
