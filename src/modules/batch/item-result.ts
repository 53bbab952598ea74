import type { Problem } from '../../errors/catalog.ts';

/** The outcome of one item of a batch, at its index in the request. */
export interface ItemOutcome<T> {
  index: number;
  uri: string | null;
  object: T | null;
  errors: Problem[];
  warnings: Problem[];
}
