// Compare-and-set updates: a write names the updatedTime it read, and fails (StaleWrite)
// when another request changed the row since; the caller then works again from fresh state.
// Without it two concurrent updates could each delete the old values and insert their own,
// leaving both sets behind.

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
