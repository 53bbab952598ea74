import { createHash } from 'node:crypto';

/** What a request asked for, as far as its Idempotency-Key is concerned. */
export interface AskedRequest {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  /** The Source-System header: the same body spoken for another source is another request. */
  sourceSystem: string | null;
  /** The caller's subject: another caller reusing a key gets a conflict, never someone else's answer. */
  subject: string;
}

/** A value still to write, or text to write as it is (brackets, commas, keys). */
type Pending = { value: unknown } | string;

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * JSON with object keys in sorted order, so that the same request hashes the same however
 * its client happened to order the variables' fields. Written from an explicit stack, not by
 * recursion: variables may nest as deep as the body limit allows (hundreds of thousands of
 * levels), far deeper than the call stack goes.
 */
function canonicalJson(root: unknown): string {
  const parts: string[] = [];
  const pending: Pending[] = [{ value: root }];
  // Pushed in reverse, so that they are popped (written) in order.
  const pushAll = (open: string, items: Pending[][], close: string) => {
    pending.push(close);
    for (let at = items.length - 1; at >= 0; at--) {
      pending.push(...items[at]!.reverse());
      if (at > 0) pending.push(',');
    }
    parts.push(open);
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const { value } = next;
    if (Array.isArray(value)) {
      pushAll(
        '[',
        value.map((item: unknown) => [{ value: item }]),
        ']',
      );
    } else if (value !== null && typeof value === 'object') {
      const fields = Object.entries(value as Record<string, unknown>)
        .filter(([, field]) => field !== undefined)
        .sort(byKey);
      pushAll(
        '{',
        fields.map(([key, field]) => [`${JSON.stringify(key)}:`, { value: field }]),
        '}',
      );
    } else {
      parts.push(JSON.stringify(value) ?? 'null');
    }
  }
  return parts.join('');
}

/** SHA-256 (hex) of the request's canonical form: equal exactly when two requests ask for the same thing. */
export function requestHash(request: AskedRequest): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
