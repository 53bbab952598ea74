import { requestError } from '../../errors/request-errors.ts';

/** 409: the key answered another request (another body, source or caller) within its retention. */
export const keyReused = (retentionSeconds: number) =>
  requestError(
    'CONFLICT',
    `this Idempotency-Key was used for a different request within the last ${retentionSeconds} seconds: send a new request with a new key`,
    { reason: 'IDEMPOTENCY_KEY_REUSED' },
  );

/** 409: the first request with the key is still running after the longest wait; retrying later gets its answer. */
export const keyInUse = (waitSeconds: number) =>
  requestError(
    'CONFLICT',
    `a request with this Idempotency-Key is still running after ${waitSeconds} seconds: retry later to get its answer`,
    { reason: 'IDEMPOTENCY_KEY_IN_USE' },
    { 'Retry-After': '1' },
  );

/** 409: more requests of this process already wait for the key's answer than may; retrying later gets it. */
export const keyBusy = (maxWaiters: number) =>
  requestError(
    'CONFLICT',
    `${maxWaiters} requests with this Idempotency-Key are already waiting for the answer of the first one: retry later to get it`,
    { reason: 'IDEMPOTENCY_KEY_IN_USE' },
    { 'Retry-After': '1' },
  );

// What a loader does when the first request wrote but its answer cannot be given again.
const CHECK_BEFORE_RESENDING =
  'it is not run again: check what was stored (by crosswalk, or by listing) and send what is missing under a new key';

/** 409: the first request with the key wrote, then stopped before its answer was kept (its process died or failed). */
export const outcomeUnknown = () =>
  requestError(
    'CONFLICT',
    `the request first sent with this Idempotency-Key wrote data but ended without an answer; ${CHECK_BEFORE_RESENDING}`,
    {
      reason: 'IDEMPOTENCY_OUTCOME_UNKNOWN',
    },
  );

/** 409: the first request with the key wrote, and its answer was over the size the service keeps for retries. */
export const answerNotKept = (maxStoredBytes: number) =>
  requestError(
    'CONFLICT',
    `the request first sent with this Idempotency-Key wrote data, but its answer was larger than the ${maxStoredBytes} bytes kept for retries; ${CHECK_BEFORE_RESENDING} (returnObjects: false keeps answers small)`,
    { reason: 'IDEMPOTENCY_ANSWER_NOT_KEPT', maxStoredBytes },
  );
