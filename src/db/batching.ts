import DataLoader from 'dataloader';

/**
 * Most keys one batched lookup sends in a single statement. Prisma splits any statement
 * with more than 999 bind parameters on SQLite by itself; staying below that keeps one
 * statement per batch, and far below PostgreSQL's limit (65,535). Larger batches are split
 * into several statements here, visibly.
 */
export const MAX_KEYS_PER_QUERY = 900;

/** The items in runs of at most `size` (one statement's worth of keys each), in order. */
export function chunked<T>(items: readonly T[], size = MAX_KEYS_PER_QUERY): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

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

/**
 * A per-request DataLoader of the parts of many owners (values, crosswalks, members): one
 * statement for a whole batch of owners, each answered with its own rows, in their order.
 */
export function partsLoader<Row>(load: (ownerIds: string[]) => Promise<Row[]>, ownerOf: (row: Row) => string): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(
    async (ownerIds) => {
      const byOwner = groupBy(await load([...ownerIds]), ownerOf);
      return ownerIds.map((id) => byOwner.get(id) ?? []);
    },
    { maxBatchSize: MAX_KEYS_PER_QUERY },
  );
}

/** One string for a composite key (NUL never occurs in stored text), for maps and DataLoader caches. */
export const compositeKey = (...parts: string[]) => parts.join('\u0000');
