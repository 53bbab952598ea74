// The states of a key's row (its free-text `state` column) and what each means for a request
// arriving with the key.

/** A request runs under the key and has written nothing yet: if it fails, or its process dies, the key is free again. */
export const PENDING = 'pending';
/** A request runs under the key and has committed writes: it must never run a second time. */
export const WRITING = 'writing';
/** The request answered: `response` holds the answer every retry gets. */
export const DONE = 'done';
/** The request wrote, then ended without an answer to keep (a fault outside its operation). */
export const UNKNOWN = 'unknown';
/** The request wrote, and its answer was larger than the service keeps. */
export const TOO_LARGE = 'too-large';

/** A key's row as far as deciding what a request arriving with the key gets. */
export interface KeyRow {
  requestHash: string;
  state: string;
  response: string | null;
  /** While running: when its lease runs out. Otherwise: when the key is forgotten. */
  expiresTime: bigint;
}

/** Whether a request holds the key now, renewing its lease: others wait for its answer. */
export const isRunning = (row: KeyRow, now: bigint) => (row.state === PENDING || row.state === WRITING) && row.expiresTime > now;

/**
 * Until when the key answers for its first request. A claim that wrote and whose lease ran
 * out (its process died) is kept a retention past its lease: running it again would write
 * everything a second time, so retries are refused (IDEMPOTENCY_OUTCOME_UNKNOWN) until then.
 */
export const keptUntil = (row: KeyRow, retentionMs: bigint) => (row.state === WRITING ? row.expiresTime + retentionMs : row.expiresTime);

/** The rows of a tenant's keys that answer for nothing any more (keptUntil passed), as a Prisma filter. */
export const forgottenRows = (tenantId: string, now: bigint, retentionMs: bigint) => ({
  tenantId,
  OR: [{ state: { not: WRITING }, expiresTime: { lt: now } }, { expiresTime: { lt: now - retentionMs } }],
});
