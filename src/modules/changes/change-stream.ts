// Reading a tenant's change stream: a page at a time (the changes query), or following it as
// it grows (the changes subscription).
import { GraphQLError } from 'graphql';
import { changesBetween, oldestRetained, streamHead } from '../../db/change-queries.ts';
import { isDatabaseUnavailable } from '../../db/errors.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { pageSize } from '../paging/pagination.ts';
import type { ChangeModel, ChangePageModel, ChangeSelection } from './change-model.ts';
import { changeSelection, positionOfCursor } from './change-selection.ts';

export const DEFAULT_CHANGE_PAGE = 100;
// A follower reads this many entries at a time while it catches up.
const FOLLOW_PAGE = 500;
// The longest a follower waits without a wake-up before reading again: the bound on the delay
// a lost notification causes (see ChangeFeed).
export const FOLLOW_MAX_WAIT_MS = 5_000;

/** Why a follower stopped: the subscription's last result is this error. */
export interface StreamFailure {
  failure: GraphQLError;
}

export interface ChangeArgs {
  after?: string | null;
  objectTypes?: ReadonlyArray<'INTERACTION' | 'ENTITY'> | null;
  types?: readonly string[] | null;
}

const cursorExpired = (after: bigint, oldest: bigint) =>
  requestError(
    'BAD_REQUEST',
    `the changes after this cursor are no longer retained (the oldest kept is number ${oldest}, the cursor is at ${after}; see CHANGE_RETENTION_HOURS): read the current state, then follow from a new cursor`,
    { reason: 'CHANGE_CURSOR_EXPIRED' },
  );

/**
 * Up to `limit` selected entries after position `after`. Reads the head first: everything up
 * to it has committed (the stream has no gaps for readers), so the page ends there when it is
 * not full, and entries that did not match the selection are passed over for good.
 */
async function readAfter(ctx: ServiceContext, after: bigint, limit: number, selection: ChangeSelection): Promise<ChangePageModel> {
  const head = await streamHead(ctx.db, ctx.tenantId);
  if (after > head) throw requestError('BAD_REQUEST', 'the cursor is ahead of the change stream: it is not one this service gave out');
  if (after === head || limit === 0) return { changes: [], end: after, hasMore: after < head };
  const changes = await changesBetween(ctx.db, ctx.tenantId, after, head, limit, selection);
  // After the read: a purge that removed entries past the cursor before it would have left a hole.
  const oldest = await oldestRetained(ctx.db, ctx.tenantId, head);
  if (after + 1n < oldest) throw cursorExpired(after, oldest);
  const full = changes.length === limit;
  const end = full ? changes[changes.length - 1]!.seq : head;
  return { changes, end, hasMore: end < head };
}

/** A page of the stream (the changes query); from the oldest entry retained when `after` is null. */
export async function changePage(ctx: ServiceContext, args: ChangeArgs & { first?: number | null }): Promise<ChangePageModel> {
  const limit = pageSize(args.first, DEFAULT_CHANGE_PAGE);
  const selection = changeSelection(await ctx.configuration(), args.objectTypes, args.types);
  let after: bigint;
  if (args.after != null) after = positionOfCursor(args.after);
  else {
    const head = await streamHead(ctx.db, ctx.tenantId);
    after = (await oldestRetained(ctx.db, ctx.tenantId, head)) - 1n;
  }
  return readAfter(ctx, after, limit, selection);
}

/**
 * The stream from `after` (from now when null), then each change as it commits, until
 * `signal` aborts. Refusals (a bad cursor, an unknown type) are thrown before the first entry.
 */
export async function followChanges(
  ctx: ServiceContext,
  args: ChangeArgs,
  signal: AbortSignal,
): Promise<AsyncGenerator<ChangeModel | StreamFailure>> {
  const feed = ctx.changeFeed;
  if (!feed) throw new Error('following the change stream needs the change feed of a running service');
  const selection = changeSelection(await ctx.configuration(), args.objectTypes, args.types);
  let after = args.after != null ? positionOfCursor(args.after) : await streamHead(ctx.db, ctx.tenantId);
  const wait = () => feed.nextChange(ctx.tenantId, FOLLOW_MAX_WAIT_MS, signal);
  // Every wait starts before the read it follows: a commit in between wakes it at once.
  let next = wait();
  // Read here, not in the stream: a refused cursor fails the subscription rather than its stream.
  let page = await readAfter(ctx, after, FOLLOW_PAGE, selection).catch((error: unknown) => {
    next.cancel();
    throw error;
  });
  // A follower outlives a database outage: it reads again once woken or after the wait.
  const readFollowing = async (): Promise<ChangePageModel> => {
    try {
      return await readAfter(ctx, after, FOLLOW_PAGE, selection);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      ctx.logger.warn({ err: error }, 'a change-stream follower could not read: the database is unavailable; reading again shortly');
      return { changes: [], end: after, hasMore: false };
    }
  };
  async function* stream(): AsyncGenerator<ChangeModel | StreamFailure> {
    try {
      for (;;) {
        for (const change of page.changes) yield change;
        after = page.end;
        if (page.hasMore) next.cancel();
        await next.woken;
        if (signal.aborted) return;
        next = wait();
        try {
          page = await readFollowing();
        } catch (error) {
          // Delivered as the subscription's last result, then it completes (see the resolver).
          if (!(error instanceof GraphQLError)) ctx.logger.error({ err: error }, 'a change-stream follower failed');
          yield { failure: error instanceof GraphQLError ? error : requestError('INTERNAL_SERVER_ERROR', 'Internal server error') };
          return;
        }
      }
    } finally {
      next.cancel();
    }
  }
  return stream();
}

/**
 * followChanges for a subscriber: closing the iterator (the client unsubscribed or went away)
 * ends a wait for the next change at once rather than when it would have ended.
 */
export async function subscribeToChanges(
  ctx: ServiceContext,
  args: ChangeArgs,
): Promise<AsyncIterableIterator<ChangeModel | StreamFailure>> {
  const closed = new AbortController();
  const stream = await followChanges(ctx, args, closed.signal);
  const iterator: AsyncIterableIterator<ChangeModel | StreamFailure> = {
    [Symbol.asyncIterator]: () => iterator,
    next: () => stream.next(),
    return: (value?: unknown) => {
      closed.abort();
      return stream.return(value);
    },
    throw: (error?: unknown) => {
      closed.abort();
      return stream.throw(error);
    },
  };
  return iterator;
}
