/**
 * The number of list elements in a value, at every depth (a request argument as the caller
 * sent it): what MAX_REQUEST_VALUES counts, and what a client sizing its batches counts too.
 * Iterative: a caller nesting lists 100,000 deep gets a count, not a stack overflow.
 */
export function countListElements(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      count += next.length;
      for (const element of next) pending.push(element);
    } else if (next && typeof next === 'object') {
      for (const field of Object.values(next)) pending.push(field);
    }
  }
  return count;
}
