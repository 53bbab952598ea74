// The one way a batch of items becomes per-index results: every kind of object (entities,
// interactions, and later callers such as a REST facade or a bulk loader) checks and plans
// its items its own way, then hands the planned items here to be written, each atomically
// or all or none, with its lost races explained in its own words.
import { isUniqueViolation } from '../../db/errors.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { retryStale } from '../../db/optimistic.ts';
import type { CommittedWrites } from '../context/committed-writes.ts';
import type { ItemOutcome } from './item-result.ts';
import { writeEachAtomically, writeInSlices } from './write-batch.ts';

/** A fresh outcome for the input at `index`: no URI, no object, no problems yet. */
export function newOutcome<T>(index: number): ItemOutcome<T> {
  return { index, uri: null, object: null, errors: [], warnings: [] };
}

/** Fresh outcomes for `count` inputs, in input order. */
export function newOutcomes<T>(count: number): ItemOutcome<T>[] {
  return Array.from({ length: count }, (_, index) => newOutcome<T>(index));
}

/** The outcome of a single-object operation (an update) that failed with `errors`. */
export function failedOutcome<T>(errors: Problem[]): ItemOutcome<T> {
  return { ...newOutcome<T>(0), errors };
}

/** What a kind of object tells the pipeline about its planned items. */
export interface BatchKind<Planned, Model> {
  /** Which kind of object, as BATCH_ABORTED names it ("entity", "interaction"). */
  noun: string;
  /** Position of the item's input in the request. */
  indexOf: (item: Planned) => number;
  /** Writes the items in one transaction; throws when any of them cannot be. */
  write: (items: Planned[]) => Promise<void>;
  /** Rows the item writes (itself, its values, members, crosswalks): what sizes a batch's transactions. */
  rowsOf: (item: Planned) => number;
  /** Whether a write failed because a concurrent request got there first (default: a unique key). */
  isLostRace?: (error: unknown) => boolean;
  /**
   * Adds to `results` why items lost their race. In an all-or-nothing batch an item may be
   * left without a reason: it then reports BATCH_ABORTED.
   */
  explainLostRaces: (lost: Planned[], results: ItemOutcome<Model>[], allOrNothing: boolean) => Promise<void>;
  uriOf: (item: Planned) => string;
  objectOf: (item: Planned, includeHidden: boolean) => Model;
}

export interface WriteOptions {
  allOrNothing: boolean;
  returnObjects: boolean;
  includeHidden: boolean;
}

/**
 * Writes the planned items and completes their results: URI and object for the written ones.
 * `results` already holds every input's problems; with `allOrNothing`, one problem anywhere
 * (before or during the write) means nothing is written and every valid item says why.
 * Items are written in slices of a bounded number of rows, each its own transaction (see
 * writeInSlices); an all-or-nothing batch is one transaction, whatever its size.
 * Each committed transaction is recorded in `writes` as it commits: a failure after it (a
 * later item's fault, an answer that cannot be built) leaves those items stored.
 */
export async function writeBatch<Planned, Model>(
  kind: BatchKind<Planned, Model>,
  planned: Planned[],
  results: ItemOutcome<Model>[],
  options: WriteOptions,
  writes: CommittedWrites,
): Promise<void> {
  const aborted = () => problem('BATCH_ABORTED', `not written: another ${kind.noun} of this all-or-nothing batch failed`);
  const abortValid = () => {
    for (const item of planned) {
      const result = results[kind.indexOf(item)]!;
      if (!result.errors.length) result.errors.push(aborted());
    }
  };
  if (options.allOrNothing && results.some((result) => result.errors.length)) return abortValid();

  const isLostRace = kind.isLostRace ?? isUniqueViolation;
  const write = async (items: Planned[]) => {
    await kind.write(items);
    await writes.committed(items.length);
  };
  const lost = options.allOrNothing
    ? (await writeEachAtomically([planned], (batches) => write(batches.flat()), isLostRace)).size
      ? new Set(planned)
      : new Set<Planned>()
    : await writeInSlices(planned, kind.rowsOf, write, isLostRace);
  if (lost.size) {
    await kind.explainLostRaces([...lost], results, options.allOrNothing);
    if (options.allOrNothing) abortValid();
  }
  for (const item of planned) {
    const result = results[kind.indexOf(item)]!;
    if (result.errors.length) continue;
    result.uri = kind.uriOf(item);
    if (options.returnObjects) result.object = kind.objectOf(item, options.includeHidden);
  }
}

/** An update of one stored object, as its caller asked for it. */
export interface UpdateRequest<Changes> {
  uri: string;
  changes: Changes;
  includeHidden: boolean;
}

/** How an update finds the object it changes. */
export interface StoredObject<Row> {
  /** Which kind of object, as OBJECT_NOT_FOUND names it ("entity", "interaction"). */
  noun: string;
  /** The object's id, or null when the URI is not one of this kind. */
  id: string | null;
  /** Forgets what is cached of the object, so that an attempt starts from it as it is now. */
  forget: (id: string) => void;
  load: (id: string) => Promise<Row | null>;
}

/**
 * Runs a compare-and-set update (`apply` throws StaleWrite when the object changed since it
 * was read) until it applies to the object as it is, each attempt from a fresh read; reports
 * OBJECT_NOT_FOUND, or CONCURRENT_UPDATE when others kept changing it.
 */
export async function updateStored<Row, Changes, Model>(
  request: UpdateRequest<Changes>,
  object: StoredObject<Row>,
  apply: (row: Row, request: UpdateRequest<Changes>) => Promise<ItemOutcome<Model>>,
): Promise<ItemOutcome<Model>> {
  const { id } = object;
  const outcome = await retryStale(async () => {
    if (id) object.forget(id);
    const row = id ? await object.load(id) : null;
    if (!row) return failedOutcome<Model>([problem('OBJECT_NOT_FOUND', `no ${object.noun} ${request.uri}`, ['uri'])]);
    return apply(row, request);
  });
  return (
    outcome ?? failedOutcome([problem('CONCURRENT_UPDATE', `${request.uri} kept changing under this update; nothing was changed`, ['uri'])])
  );
}
