import { errorCatalog, type ErrorName } from '../errors/catalog.ts';
import type { ApiClient, SerializedVariables } from './api-client.ts';
import { LoadEntitiesDocument, LoadInteractionsDocument, type LoadedProblemFragment } from './generated/graphql.ts';
import { LoadStopped, withRetries, type RetryPolicy } from './retry.ts';
import type { LoadKind, Row, RowProblem } from './rows.ts';
import type { Sendable } from './batch.ts';

export type RowOutcome = { row: Row; status: 'created' | 'replayed' } | { row: Row; status: 'rejected'; problems: RowProblem[] };

export const loaderProblem = (name: ErrorName, message: string): RowProblem => ({
  code: errorCatalog[name].code,
  name,
  path: [],
  message,
});

interface ItemResult {
  index: number;
  status: 'OK' | 'FAILED';
  errors: LoadedProblemFragment[];
}

const CREATE_OPTIONS = '{"returnObjects":false}';

/** The variables of a batch, built from rows serialized when they were read. */
function batchVariables(kind: LoadKind, items: Sendable[]): SerializedVariables<unknown> {
  const list = `[${items.map((item) => item.json).join(',')}]`;
  return `{"${kind}":${list},"options":${CREATE_OPTIONS}}` as SerializedVariables<unknown>;
}

/** A 536 for an input identical to the stored interaction: the row was loaded before. */
const isReplay = (result: ItemResult) =>
  result.errors.length === 1 &&
  result.errors[0]!.code === errorCatalog.CROSSWALK_ALREADY_EXISTS.code &&
  result.errors[0]!.identicalToExisting === true;

const rowProblem = ({ code, name, path, message, existingUri }: LoadedProblemFragment): RowProblem => ({
  code,
  name,
  path,
  message,
  ...(existingUri ? { existingUri } : {}),
});

/** What an earlier run did with a batch's keys, and how a split is recorded before its halves go. */
export interface BatchKeys {
  /** Whether an earlier run may have sent requests under these keys. */
  resent: boolean;
  /** Keys an earlier run split rather than sent whole. */
  split: ReadonlySet<string>;
  recordSplit: (key: string) => void;
}

export interface BatchSenderSettings {
  api: ApiClient;
  kind: LoadKind;
  retry: RetryPolicy;
  /** Whether sending the row again is harmless when it was stored: its crosswalks or id attributes identify it. */
  identifiable: (row: Row) => boolean;
}

/**
 * Sends rows as one createInteractions (or createEntities) request under an Idempotency-Key
 * and says what became of each. Keys of the parts a batch is split into, or resent under,
 * derive from its own: a batch that was in flight when a load stopped is sent again, split
 * again the same way, under the same keys, so the service answers what it did the first time.
 */
export function batchSender({ api, kind, retry, identifiable }: BatchSenderSettings) {
  async function request(items: Sendable[], key: string) {
    const variables = batchVariables(kind, items);
    if (kind === 'entities') {
      const answer = await withRetries(() => api.request(LoadEntitiesDocument, variables as never, key), retry);
      return answer.ok ? { ok: true as const, results: answer.data.createEntities as ItemResult[] } : answer;
    }
    const answer = await withRetries(() => api.request(LoadInteractionsDocument, variables as never, key), retry);
    return answer.ok ? { ok: true as const, results: answer.data.createInteractions as ItemResult[] } : answer;
  }

  /** Sends again, under a new key, only the rows that are safe to send again; the others cannot be settled. */
  async function resendIdentifiable(items: Sendable[], key: string, why: string): Promise<RowOutcome[]> {
    const safe = kind === 'interactions' ? items.filter((item) => identifiable(item.row)) : [];
    const unsafe = items.filter((item) => !safe.includes(item));
    const outcomes: RowOutcome[] = unsafe.map(({ row }) => ({
      row,
      status: 'rejected',
      problems: [
        loaderProblem(
          'OUTCOME_UNKNOWN',
          `${why}; the row has no crosswalk or id attributes that would make sending it again safe: check whether it was stored before loading it again`,
        ),
      ],
    }));
    return [...outcomes, ...(safe.length ? await send(safe, `${key}.r`, { ...keys(), resent: false }) : [])];
  }

  const keys = (): BatchKeys => ({ resent: false, split: new Set(), recordSplit: () => {} });

  async function send(items: Sendable[], key: string, batch: BatchKeys): Promise<RowOutcome[]> {
    if (!items.length) return [];
    // One after the other: a split batch keeps its one place among the requests in flight.
    const halves = async () => {
      const middle = Math.ceil(items.length / 2);
      return [...(await send(items.slice(0, middle), `${key}.a`, batch)), ...(await send(items.slice(middle), `${key}.b`, batch))];
    };
    // An earlier run split this request: it was never stored whole, its halves may have been.
    if (batch.split.has(key)) return halves();
    const answer = await request(items, key);
    if (answer.ok) {
      const byIndex = new Map(answer.results.map((result) => [result.index, result]));
      return items.map(({ row }, index): RowOutcome => {
        const result = byIndex.get(index);
        if (!result)
          return {
            row,
            status: 'rejected',
            problems: [loaderProblem('OUTCOME_UNKNOWN', 'the service answered without a result for this row')],
          };
        if (result.status === 'OK') return { row, status: 'created' };
        if (isReplay(result)) return { row, status: 'replayed' };
        return { row, status: 'rejected', problems: result.errors.map(rowProblem) };
      });
    }
    const { failure } = answer;
    switch (failure.kind) {
      case 'too-large':
        // Sent whole by an earlier run, under limits that took it, it may be stored: only safe rows go again.
        if (batch.resent)
          return resendIdentifiable(items, key, `an earlier run sent it in a request now over the service's limits (${failure.message})`);
        if (items.length === 1)
          return [{ row: items[0]!.row, status: 'rejected', problems: [loaderProblem('ROW_TOO_LARGE', failure.message)] }];
        batch.recordSplit(key);
        return halves();
      case 'outcome-unknown':
        return resendIdentifiable(items, key, failure.message);
      default:
        throw new LoadStopped(failure.message);
    }
  }

  return {
    send,
    /** For a batch whose key the service no longer keeps: its first answer is gone. */
    sendExpired: (items: Sendable[], key: string) =>
      resendIdentifiable(items, key, 'it was sent by an interrupted load longer ago than the service keeps answers to Idempotency-Keys'),
  };
}
