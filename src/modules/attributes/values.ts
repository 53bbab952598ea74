// Typed attribute values: what callers may send for each value type, the canonical text the
// store keeps (so equality lookups and filters compare like with like), and the typed value
// reads give back.
import type { AttributeValueType } from '../configuration/model.ts';

export type TypedValue = string | number | boolean;
export type ValueCheck = { ok: true; text: string } | { ok: false; reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
// Values are indexed for equality lookups; PostgreSQL's index entries hold about 2.7 kB, and
// its text cannot hold NUL: both limits apply on every database, so behaviour is the same.
export const MAX_TEXT_BYTES = 2000;

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

/** Checks a value sent for an attribute of the given type and returns its canonical text. */
export function canonicalValue(valueType: AttributeValueType, raw: unknown): ValueCheck {
  switch (valueType) {
    case 'STRING':
      if (typeof raw !== 'string') return { ok: false, reason: 'expected a string' };
      if (raw.includes('\u0000')) return { ok: false, reason: 'a string cannot contain the NUL character' };
      return Buffer.byteLength(raw, 'utf8') > MAX_TEXT_BYTES
        ? { ok: false, reason: `longer than ${MAX_TEXT_BYTES} bytes (UTF-8)` }
        : { ok: true, text: raw };
    case 'INTEGER': {
      const number = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
      return typeof number === 'number' && Number.isSafeInteger(number)
        ? { ok: true, text: String(number) }
        : { ok: false, reason: 'expected a whole number' };
    }
    case 'FLOAT': {
      const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      return typeof number === 'number' && Number.isFinite(number)
        ? { ok: true, text: String(number) }
        : { ok: false, reason: 'expected a number' };
    }
    case 'BOOLEAN':
      if (raw === true || raw === 'true') return { ok: true, text: 'true' };
      if (raw === false || raw === 'false') return { ok: true, text: 'false' };
      return { ok: false, reason: 'expected true or false' };
    case 'DATE':
      return typeof raw === 'string' && validDate(raw) ? { ok: true, text: raw } : { ok: false, reason: 'expected a date as YYYY-MM-DD' };
    case 'TIMESTAMP': {
      if (typeof raw === 'number' && Number.isSafeInteger(raw)) return { ok: true, text: String(raw) };
      if (typeof raw === 'string' && /^-?\d{1,16}$/.test(raw)) return { ok: true, text: String(Number(raw)) };
      if (typeof raw === 'string' && ISO_DATE_TIME.test(raw) && !Number.isNaN(Date.parse(raw)))
        return { ok: true, text: String(Date.parse(raw)) };
      return { ok: false, reason: 'expected epoch milliseconds or an ISO-8601 date-time with a time zone' };
    }
  }
}

/** The typed value of stored canonical text, as reads return it. */
export function typedValue(valueType: AttributeValueType, text: string): TypedValue {
  switch (valueType) {
    case 'INTEGER':
    case 'FLOAT':
    case 'TIMESTAMP':
      return Number(text);
    case 'BOOLEAN':
      return text === 'true';
    default:
      return text;
  }
}

/** Epoch milliseconds of a TIMESTAMP or DATE value's canonical text (dates at midnight UTC). */
export function epochMillisOf(valueType: AttributeValueType, text: string): bigint {
  return valueType === 'DATE' ? BigInt(Date.parse(`${text}T00:00:00Z`)) : BigInt(text);
}
