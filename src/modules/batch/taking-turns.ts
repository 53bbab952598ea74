// A large batch is worked through in slices, so that no transaction, statement or stretch of
// computation holds the database or the event loop for long: other requests get their turn
// between slices. It matters most on SQLite, whose driver runs every statement synchronously
// and lets no other transaction begin before one ends.
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Inputs prepared between two turns: a full input (about a hundred values and members)
 * takes a millisecond or two, so a turn stays short.
 */
export const INPUTS_PER_TURN = 50;

/** Lets whatever is waiting on the event loop (other requests' I/O, timers) run before going on. */
export const giveOthersATurn = (): Promise<void> => nextTurn();

/** Consecutive slices of `items`, each of weight at most `budget`; an item heavier alone makes a slice of its own. */
export function slicesByWeight<T>(items: readonly T[], weightOf: (item: T) => number, budget: number): T[][] {
  const slices: T[][] = [];
  let slice: T[] = [];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weightOf(item);
    if (slice.length && weight + itemWeight > budget) {
      slices.push(slice);
      slice = [];
      weight = 0;
    }
    slice.push(item);
    weight += itemWeight;
  }
  if (slice.length) slices.push(slice);
  return slices;
}

/** Calls `work` on each item in order, giving others a turn after every `perTurn` items. */
export async function forEachTakingTurns<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  perTurn = INPUTS_PER_TURN,
): Promise<void> {
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % perTurn === 0) await giveOthersATurn();
    work(item, index);
  }
}
