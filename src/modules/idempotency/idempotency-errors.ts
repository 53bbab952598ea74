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
