import { requestError } from '../../errors/request-errors.ts';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** Cursors are opaque to callers: base64url of the position they stand for. */
export const encodeCursor = (position: string) => Buffer.from(position, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!position || encodeCursor(position) !== cursor) throw requestError('BAD_REQUEST', 'the cursor is not one this service gave out');
  return position;
}

/** A page size from `first` / `last`, refused outside 0..MAX_PAGE_SIZE. */
export function pageSize(requested: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = requested ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw requestError('BAD_REQUEST', `a page holds 0 to ${MAX_PAGE_SIZE} items`);
  return size;
}
