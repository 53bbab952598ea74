// Typed attribute values: what callers may send for each value type, the canonical text the
// store keeps (so equality lookups and filters compare like with like), and the typed value
// reads give back.
import type { AttributeValueType } from '../configuration/model.ts';
import { textFault } from '../../protocol/text-rules.ts';

export type TypedValue = string | number | boolean;
export type ValueCheck = { ok: true; text: string } | { ok: false; reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date alone is midnight UTC; a date-time must say its zone, or it would mean the server's.
const ISO_8601 = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2})))?$/;
const WHOLE_NUMBER = /^[+-]?\d+$/;
const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_MILLIS = /^-?\d{1,16}$/;
// The range of a JavaScript Date (±100 million days around 1970): every time read back is the one sent.
const MAX_EPOCH_MILLIS = 8_640_000_000_000_000n;
// Values are indexed for equality lookups; PostgreSQL's index entries hold about 2.7 kB, and
// its text cannot hold NUL (textFault): both limits apply on every database, so behaviour is the same.
export const MAX_TEXT_BYTES = 2000;

/** A real calendar date: not rolled over (2012-02-30 is not March 1st). */
function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // Date.UTC reads years 0 to 99 as 1900 to 1999: the year is set on its own.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Epoch milliseconds of a point in time as callers send it: whole milliseconds (a number, its
 * digits, or the bigint an EpochMillis argument became) or ISO-8601 (a date alone is midnight
 * UTC, a date-time needs its zone); null for anything else. The EpochMillis scalar, TIMESTAMP
 * attributes and configuration documents read time the same way.
 */
export function epochMillisFrom(value: unknown): bigint | null {
  const millis =
    typeof value === 'string'
      ? millisOfText(value.trim())
      : typeof value === 'number' && Number.isSafeInteger(value)
        ? BigInt(value)
        : typeof value === 'bigint'
          ? value
          : null;
  return millis !== null && millis <= MAX_EPOCH_MILLIS && millis >= -MAX_EPOCH_MILLIS ? millis : null;
}

function millisOfText(text: string): bigint | null {
  if (EPOCH_MILLIS.test(text)) return BigInt(text);
  const match = ISO_8601.exec(text);
  // Date.parse rolls 2024-02-30 over to March and 24:00 to the next day: such times are refused.
  if (!match || !validDate(match[1]!)) return null;
  const [hours, minutes, seconds, zoneHours, zoneMinutes] = [match[2], match[3], match[4], match[6], match[7]].map((part) =>
    Number(part ?? 0),
  );
  if (hours! > 23 || minutes! > 59 || seconds! > 59 || zoneHours! > 23 || zoneMinutes! > 59) return null;
  const millis = Date.parse(match[2] === undefined ? `${text}T00:00:00Z` : text);
  return Number.isNaN(millis) ? null : BigInt(millis);
}

/**
 * Whether a value sent for an attribute counts as no value at all: an empty or blank string
 * (what a CSV export writes for an empty cell). It is left out, so it never satisfies a
 * required attribute, whatever the attribute's type.
 */
export const isBlankValue = (raw: unknown): boolean => typeof raw === 'string' && raw.trim() === '';

/**
 * Checks a value sent for an attribute of the given type and returns its canonical text.
 * The rules, the same for every object, update, filter and property mapping:
 * - STRING: a string as given (not trimmed), without NUL or unpaired surrogates (textFault); a number (up to 2^53, where JSON numbers are exact) or boolean as its JSON text.
 * - INTEGER: a whole number, or its decimal digits as a string ("3", "-12", "+7").
 * - FLOAT: a number, or its decimal notation as a string ("2.5", "1e3"); not hex, NaN or Infinity.
 * - BOOLEAN: true or false, or "true" / "false" in any letter case.
 * - DATE: "YYYY-MM-DD", a real calendar date.
 * - TIMESTAMP: as the EpochMillis scalar (epochMillisFrom).
 * Strings for the non-STRING types may carry surrounding blanks; blank values are no values (isBlankValue).
 */
export function canonicalValue(valueType: AttributeValueType, raw: unknown): ValueCheck {
  const text = typeof raw === 'string' ? raw.trim() : null;
  switch (valueType) {
    case 'STRING': {
      // Beyond 2^53 a JSON number has already lost digits: its text would not be the one sent.
      const exactNumber = typeof raw === 'number' && Math.abs(raw) <= Number.MAX_SAFE_INTEGER;
      const value = exactNumber || typeof raw === 'boolean' ? String(raw) : raw;
      if (typeof value !== 'string') return { ok: false, reason: 'expected a string' };
      const fault = textFault(value);
      if (fault) return { ok: false, reason: fault };
      return Buffer.byteLength(value, 'utf8') > MAX_TEXT_BYTES
        ? { ok: false, reason: `longer than ${MAX_TEXT_BYTES} bytes (UTF-8)` }
        : { ok: true, text: value };
    }
    case 'INTEGER': {
      const number = text !== null && WHOLE_NUMBER.test(text) ? Number(text) : raw;
      return typeof number === 'number' && Number.isSafeInteger(number)
        ? { ok: true, text: String(number) }
        : { ok: false, reason: `expected a whole number between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` };
    }
    case 'FLOAT': {
      const number = text !== null && DECIMAL_NUMBER.test(text) ? Number(text) : raw;
      return typeof number === 'number' && Number.isFinite(number)
        ? { ok: true, text: String(number) }
        : { ok: false, reason: 'expected a number in decimal notation' };
    }
    case 'BOOLEAN': {
      const value = text?.toLowerCase() ?? raw;
      if (value === true || value === 'true') return { ok: true, text: 'true' };
      if (value === false || value === 'false') return { ok: true, text: 'false' };
      return { ok: false, reason: 'expected true or false' };
    }
    case 'DATE':
      return text !== null && validDate(text) ? { ok: true, text } : { ok: false, reason: 'expected a date as YYYY-MM-DD' };
    case 'TIMESTAMP': {
      const millis = epochMillisFrom(raw);
      return millis === null
        ? { ok: false, reason: 'expected epoch milliseconds or an ISO-8601 date or date-time with a time zone' }
        : { ok: true, text: String(millis) };
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
