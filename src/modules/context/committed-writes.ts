/**
 * What one request has committed to the database so far. A request that fails after a
 * commit has changed stored data all the same: whoever answers for the request as a whole
 * (an Idempotency-Key, a log line) must not take its failure for "nothing happened".
 */
export interface CommittedWrites {
  /** How many objects the request's committed transactions created, changed or deleted. */
  readonly count: number;
  /**
   * Records a transaction that committed changes to `objects` objects, right after its
   * commit. The first time, runs what onFirstCommit registered and waits for it, so that it
   * happens before the request writes anything else.
   */
  committed(objects: number): Promise<void>;
  /** Registers `callback` (which must not throw) to run once, right after the request's first commit. */
  onFirstCommit(callback: () => Promise<void>): void;
}

class WriteRecord implements CommittedWrites {
  private objects = 0;

  constructor(private readonly onCommit: () => void) {}

  private readonly firstCommitCallbacks: Array<() => Promise<void>> = [];
  // Shared by writers that commit at the same time (aliased batch fields): each waits for it.
  private firstCommitDone: Promise<unknown> | undefined;

  get count(): number {
    return this.objects;
  }

  async committed(objects: number): Promise<void> {
    if (objects <= 0) return;
    this.objects += objects;
    this.onCommit();
    this.firstCommitDone ??= Promise.all(this.firstCommitCallbacks.map((callback) => callback()));
    await this.firstCommitDone;
  }

  onFirstCommit(callback: () => Promise<void>): void {
    this.firstCommitCallbacks.push(callback);
  }
}

/** A fresh record, for one request; `onCommit` runs after each commit (readers of the change stream wake). */
export function committedWrites(onCommit: () => void = () => {}): CommittedWrites {
  return new WriteRecord(onCommit);
}
