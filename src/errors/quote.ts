/** Longest part of a caller's value that a message repeats: errors must not echo megabytes back. */
export const QUOTED_PREFIX_LENGTH = 60;

/** A value as JSON for a message, cut to a short prefix (with its full length) when long. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= QUOTED_PREFIX_LENGTH) return typeof value === 'string' ? JSON.stringify(value) : text;
  return `${JSON.stringify(text.slice(0, QUOTED_PREFIX_LENGTH))}… (${text.length} characters)`;
}

/** A text as it is when short, else its prefix and length: for values named inside a sentence (a crosswalk value). */
export function clip(text: string): string {
  return text.length <= QUOTED_PREFIX_LENGTH ? text : `${text.slice(0, QUOTED_PREFIX_LENGTH)}… (${text.length} characters)`;
}

// A quoted string longer than the prefix (closed, or cut open by the bound below), and an
// unquoted run longer than any URI of the service (names are at most 100 characters), such as
// a huge number literal.
const LONG_QUOTED = new RegExp(`"((?:[^"\\\\]|\\\\.){${QUOTED_PREFIX_LENGTH}})(?:[^"\\\\]|\\\\.)*(?:"|$)`, 'g');
const LONG_RUN = /([^\s"]{60})[^\s"]{240,}/g;
const MAX_MESSAGE_LENGTH = 1000;

/**
 * A message written elsewhere (graphql-js quotes the values it refuses whole) with every long
 * quoted string or unbroken run cut to its prefix, and the whole kept short.
 */
export function clipMessage(message: string): string {
  if (message.length <= QUOTED_PREFIX_LENGTH) return message;
  // Bounded first, so that clipping a huge message costs little.
  const bounded = message.length > 20 * MAX_MESSAGE_LENGTH ? message.slice(0, 20 * MAX_MESSAGE_LENGTH) : message;
  const clipped = bounded.replace(LONG_QUOTED, '"$1…"').replace(LONG_RUN, '$1…');
  return clipped.length > MAX_MESSAGE_LENGTH ? `${clipped.slice(0, MAX_MESSAGE_LENGTH)}…` : clipped;
}
