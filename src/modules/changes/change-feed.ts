/**
 * This process's wake-ups for readers following a tenant's change stream. A reader reads the
 * stream from the database, then waits here for the tenant's next commit: one in this
 * process (reported by the request that committed it) or, on PostgreSQL, in any process (a
 * NOTIFY, see src/db/change-listener.ts). A reader also wakes after a bounded wait, so that a
 * lost notification (a listener reconnecting, a writer on another process of a SQLite file)
 * only delays it. Waking is only a hint to read again: the stream's order and completeness
 * come from the database, never from here.
 */
export class ChangeFeed {
  private readonly waiting = new Map<string, Set<() => void>>();

  /** `publish` tells the other processes of a commit here (PostgreSQL's NOTIFY), when there are any. */
  constructor(private readonly publish: (tenantId: string) => void = () => {}) {}

  /**
   * A wait for the tenant's next commit that ends then, after `maxWaitMs`, when `signal` aborts,
   * or when cancelled, whichever comes first. It counts from the call on: a commit between the
   * call and the await is not missed, so a reader starts it before it reads.
   */
  nextChange(tenantId: string, maxWaitMs: number, signal: AbortSignal): { woken: Promise<void>; cancel(): void } {
    let wake = () => {};
    const woken = new Promise<void>((resolve) => {
      let waiters = this.waiting.get(tenantId);
      if (!waiters) this.waiting.set(tenantId, (waiters = new Set()));
      const registered = waiters;
      wake = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        registered.delete(wake);
        if (!registered.size && this.waiting.get(tenantId) === registered) this.waiting.delete(tenantId);
        resolve();
      };
      const timer = setTimeout(wake, maxWaitMs);
      signal.addEventListener('abort', wake, { once: true });
      registered.add(wake);
      if (signal.aborted) wake();
    });
    return { woken, cancel: () => wake() };
  }

  /** A request of this process committed changes of the tenant: its readers here and elsewhere read again. */
  committedHere(tenantId: string): void {
    this.wake(tenantId);
    this.publish(tenantId);
  }

  /** Another process committed changes of the tenant. */
  committedElsewhere(tenantId: string): void {
    this.wake(tenantId);
  }

  private wake(tenantId: string): void {
    for (const wake of [...(this.waiting.get(tenantId) ?? [])]) wake();
  }

  /** Notifications may have been missed (a listener reconnected): every reader reads again. */
  wakeEveryone(): void {
    for (const waiters of [...this.waiting.values()]) for (const wake of [...waiters]) wake();
  }
}
