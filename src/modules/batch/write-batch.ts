import { isUniqueViolation } from '../../db/errors.ts';
import { giveOthersATurn, slicesByWeight } from './taking-turns.ts';

/**
 * Most rows (objects and their values, members, crosswalks) one transaction of a batch
 * writes. A larger batch is written in several transactions, one after the other, each
 * item whole in one of them: on SQLite a transaction holds the one connection, and the
 * event loop while its statements run, so this bounds how long other requests wait for a
 * batch (about a quarter of a second a slice on two busy cores); on PostgreSQL it bounds
 * how long a transaction holds its locks and its connection.
 */
export const MAX_ROWS_PER_TRANSACTION = 2000;

/**
 * Writes independent items efficiently while keeping each atomic: all of them in one
 * transaction first and, only when a race with another request makes that fail (by default
 * a uniqueness violation), each on its own. Returns the items that lost the race; other
 * errors are thrown.
 */
export async function writeEachAtomically<T>(
  items: T[],
  write: (items: T[]) => Promise<void>,
  isLostRace: (error: unknown) => boolean = isUniqueViolation,
): Promise<Set<T>> {
  const lost = new Set<T>();
  if (items.length === 0) return lost;
  try {
    await write(items);
    return lost;
  } catch (error) {
    if (!isLostRace(error)) throw error;
    if (items.length === 1) return lost.add(items[0]!);
  }
  for (const item of items) {
    try {
      await write([item]);
    } catch (error) {
      if (!isLostRace(error)) throw error;
      lost.add(item);
    }
  }
  return lost;
}

/**
 * Writes the items, each atomically, in slices of at most MAX_ROWS_PER_TRANSACTION rows,
 * each slice its own transaction (or several, when it loses a race), with other requests'
 * turn between slices. Returns the items that lost a race; other errors are thrown, the
 * slices written before them staying written.
 */
export async function writeInSlices<T>(
  items: T[],
  rowsOf: (item: T) => number,
  write: (items: T[]) => Promise<void>,
  isLostRace: (error: unknown) => boolean = isUniqueViolation,
): Promise<Set<T>> {
  const lost = new Set<T>();
  for (const [index, slice] of slicesByWeight(items, rowsOf, MAX_ROWS_PER_TRANSACTION).entries()) {
    if (index > 0) await giveOthersATurn();
    for (const item of await writeEachAtomically(slice, write, isLostRace)) lost.add(item);
  }
  return lost;
}
