import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from './item-result.ts';
import type { BatchItem } from './malformed-item.ts';
/** Options of a batch create (Reltio's returnObjects, options=sendHidden, Source-System, crosswalkValue). */
export interface CreateOptions {
  returnObjects: boolean;
  includeHidden: boolean;
  /** Source name or URI of the request; the tenant's default source when absent. */
  source?: string | null;
  allOrNothing: boolean;
  /** The crosswalk value of a single-item request that gives no crosswalk. */
  crosswalkValue?: string | null;
}

type GivenOptions = Partial<{ [K in keyof CreateOptions]: CreateOptions[K] | null }> | null | undefined;

/** Batch-create options with their defaults; the Source-System header fills in a missing source. */
export function createOptions(options: GivenOptions, sourceSystem: string | null): CreateOptions {
  return {
    returnObjects: options?.returnObjects ?? true,
    includeHidden: options?.includeHidden ?? false,
    source: options?.source ?? sourceSystem,
    allOrNothing: options?.allOrNothing ?? false,
    crosswalkValue: options?.crosswalkValue ?? null,
  };
}

/** Creates a batch of objects of one kind, with a result per input in input order. */
export type CreateBatch<Input, Model> = (
  ctx: ServiceContext,
  inputs: ReadonlyArray<BatchItem<Input>>,
  options: CreateOptions,
) => Promise<Array<ItemOutcome<Model>>>;
