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

// JSON with object keys in sorted order, so that the same request hashes the same however
// its client happened to order the variables' fields.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of the request's canonical form: equal exactly when two requests ask for the same thing. */
export function requestHash(request: AskedRequest): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
