import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

// Visible ASCII, no spaces, short: a caller's id goes into every log line and back into a
// header as it is, so anything else (control characters, huge values) is replaced.
const SANE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/** The caller's X-Request-Id when it is a sane token, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? undefined : header?.trim();
  return given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
