// How long work that holds a tenant's configuration may take. A configuration change holds it
// exclusively for at most CONFIGURATION_TIMEOUT_SECONDS; writes prepared against it (creates,
// key backfill pages) hold it shared and may first wait for a change in progress to end.
import { TRANSACTION_START_WAIT_MS } from '../../db/configuration-guard.ts';
import type { Limits } from '../context/service-context.ts';

type Timeout = Pick<Limits, 'CONFIGURATION_TIMEOUT_SECONDS'>;

// A write's own work, after any wait for a configuration change: far more than a batch needs.
const WRITE_WORK_MS = 30_000;

/** The longest a configuration change may take before it is rolled back and refused. */
export const configurationTimeoutMs = (settings: Timeout) => Math.ceil(settings.CONFIGURATION_TIMEOUT_SECONDS * 1000);

/** The longest a write under the configuration may take: the wait for a change in progress, then its own work. */
export const writeTimeoutMs = (settings: Timeout) => configurationTimeoutMs(settings) + WRITE_WORK_MS;

/** Options of a write transaction outside the configuration guard (deletes): as long as a write may take, and as long a wait to start. */
export const writeTransactionOptions = (settings: Timeout) => ({ timeout: writeTimeoutMs(settings), maxWait: TRANSACTION_START_WAIT_MS });

/** A configuration change that ran past its deadline: it is rolled back and refused. */
export class DeadlinePassed extends Error {
  constructor() {
    super('the configuration change ran past its deadline');
  }
}

/**
 * When a configuration change must be done, checked between its steps (a re-key's pages,
 * the commit): on SQLite a transaction never yields to the timer that would end it, and on
 * PostgreSQL the check ends it before a step rather than in the middle of one.
 */
export class Deadline {
  readonly #at: number;

  constructor(timeoutMs: number) {
    this.#at = Date.now() + timeoutMs;
  }

  check(): void {
    if (Date.now() > this.#at) throw new DeadlinePassed();
  }
}
