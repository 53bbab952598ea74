import { isUniqueViolation } from '../../db/errors.ts';

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
