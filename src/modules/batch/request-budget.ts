import { requestError } from '../../errors/request-errors.ts';
import type { Limits } from '../context/service-context.ts';

/** How much one request asks for, counted before anything runs, whatever the protocol. */
export interface RequestSize {
  /** Items of every batch operation of the request together (aliases included). */
  items: number;
  /** Every list element of the request's arguments: items, attributes, values, member groups, members, crosswalks. */
  values: number;
}

/**
 * Refuses, as a whole, a request over the batch limit or the values limit: the one place
 * these limits are applied, which every protocol calls before it runs a request.
 */
export function assertRequestSize(size: RequestSize, limits: Pick<Limits, 'MAX_BATCH_SIZE' | 'MAX_REQUEST_VALUES'>): void {
  if (size.items > limits.MAX_BATCH_SIZE) {
    throw requestError('BAD_REQUEST', `a request takes at most ${limits.MAX_BATCH_SIZE} batch items in all; this one has ${size.items}`, {
      reason: 'BATCH_TOO_LARGE',
      maxBatchSize: limits.MAX_BATCH_SIZE,
    });
  }
  if (size.values > limits.MAX_REQUEST_VALUES) {
    throw requestError(
      'BAD_REQUEST',
      `a request takes at most ${limits.MAX_REQUEST_VALUES} values (list elements) in all; this one has ${size.values}`,
      {
        reason: 'REQUEST_TOO_LARGE',
        maxRequestValues: limits.MAX_REQUEST_VALUES,
      },
    );
  }
}
