import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../db/client.ts';
import { isRunning, type KeyRow } from './claim-state.ts';

// Between two looks at a key another request holds: the row is the only signal, since that
// request may run in another API process. Short at first, as most requests answer quickly,
// then longer, so that a long wait costs a few dozen statements rather than a thousand.
export const FIRST_LOOK_MS = 25;
const LONGEST_LOOK_MS = 1000;

/** The pause after `interval`: doubling, up to a second. */
export const nextLook = (interval: number) => Math.min(interval * 2, LONGEST_LOOK_MS);

/**
 * The most requests of one process waiting for the answer of one key. They cost no
 * statements (one look serves them all) but each holds a connection and its body in memory.
 */
export const MAX_WAITERS_PER_KEY = 64;

interface Watch {
  waiters: number;
  /** The key's row once no request runs under it any more (null: the key was given up). */
  settled: Promise<KeyRow | null>;
}

/**
 * The keys requests of this process wait on. All requests waiting for one key share one
 * look at its row, however many they are, so a crowd of retries costs what one does.
 */
export class KeyWatches {
  private readonly watches = new Map<string, Watch>();

  constructor(readonly maxWaiters = MAX_WAITERS_PER_KEY) {}

  /** Whether the key already has as many waiters as it may. */
  full(tenantId: string, key: string): boolean {
    return (this.watches.get(watchId(tenantId, key))?.waiters ?? 0) >= this.maxWaiters;
  }

  /**
   * Waits until no request runs under the key any more, at most until `giveUpAt`: the row
   * then, null when the key was given up, undefined when the wait ran out first.
   */
  async untilSettled(db: Db, tenantId: string, key: string, giveUpAt: number): Promise<KeyRow | null | undefined> {
    const left = giveUpAt - Date.now();
    if (left <= 0) return undefined;
    const watch = this.watch(db, tenantId, key);
    watch.waiters += 1;
    const deadline = new AbortController();
    try {
      return await Promise.race([watch.settled, sleep(left, undefined, { signal: deadline.signal })]);
    } finally {
      watch.waiters -= 1;
      deadline.abort();
    }
  }

  private watch(db: Db, tenantId: string, key: string): Watch {
    const id = watchId(tenantId, key);
    const existing = this.watches.get(id);
    if (existing) return existing;
    const watch: Watch = { waiters: 0, settled: Promise.resolve(null) };
    watch.settled = lookUntilSettled(db, tenantId, key, watch).finally(() => {
      if (this.watches.get(id) === watch) this.watches.delete(id);
    });
    this.watches.set(id, watch);
    return watch;
  }
}

const watchId = (tenantId: string, key: string) => JSON.stringify([tenantId, key]);

async function lookUntilSettled(db: Db, tenantId: string, key: string, watch: Watch): Promise<KeyRow | null> {
  for (let interval = FIRST_LOOK_MS; ; interval = nextLook(interval)) {
    await sleep(interval);
    // Every waiter gave up: nobody needs the answer any more.
    if (watch.waiters === 0) return null;
    const row = await db.idempotentRequest.findUnique({ where: { tenantId_key: { tenantId, key } } });
    if (!row || !isRunning(row, BigInt(Date.now()))) return row;
  }
}
