/**
 * Most keys one batched lookup sends in a single statement. Prisma splits any statement
 * with more than 999 bind parameters on SQLite by itself; staying below that keeps one
 * statement per batch, and far below PostgreSQL's limit (65,535). Larger batches are split
 * into several statements here, visibly.
 */
export const MAX_KEYS_PER_QUERY = 900;

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** One string for a composite key (NUL never occurs in stored text), for maps and DataLoader caches. */
export const compositeKey = (...parts: string[]) => parts.join('\u0000');
