import type { Problem } from '../../errors/catalog.ts';
import { requestError } from '../../errors/request-errors.ts';

/** The outcome of one item of a batch, at its index in the request. */
export interface ItemOutcome<T> {
  index: number;
  uri: string | null;
  object: T | null;
  errors: Problem[];
  warnings: Problem[];
}

/** Refuses, as a whole, a batch larger than the configured maximum. */
export function assertBatchSize(size: number, max: number, what: string): void {
  if (size > max) {
    throw requestError('BAD_REQUEST', `a batch takes at most ${max} ${what}; this one has ${size}`, { reason: 'BATCH_TOO_LARGE', maxBatchSize: max });
  }
}
