import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { JSONParser } from '@streamparser/json';
import type { Row } from '../rows.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A record of a rejects file ({line, errors, input} or {line, errors, text}) is loaded as the
 * row it holds, so that a fixed rejects file loads with the same command as the original.
 */
function rowOf(value: unknown, number: number, line: number | undefined, text?: string): Row {
  if (isObject(value) && Array.isArray(value.errors)) {
    if (isObject(value.input)) return rowOf(value.input, number, line);
    if (typeof value.text === 'string') return parsedLine(value.text, number, line);
  }
  if (!isObject(value)) {
    return {
      number,
      line,
      original: text === undefined ? { form: 'text', text: JSON.stringify(value) } : { form: 'text', text },
      unreadable: `a row must be a JSON object (an input), not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
    };
  }
  return { number, line, original: { form: 'json', value }, input: value };
}

function parsedLine(text: string, number: number, line: number | undefined): Row {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { number, line, original: { form: 'text', text }, unreadable: `not JSON: ${(error as Error).message}` };
  }
  return rowOf(value, number, line, text);
}

/** NDJSON: one input per line; blank lines are no rows. */
export async function* ndjsonRows(content: Readable): AsyncGenerator<Row> {
  let line = 0;
  let number = 0;
  for await (const read of createInterface({ input: content, crlfDelay: Infinity })) {
    line += 1;
    // A byte-order mark, as some editors write at the start of a file, is no part of the first row.
    const text = line === 1 ? read.replace(/^\ufeff/, '') : read;
    if (!text.trim()) continue;
    number += 1;
    yield parsedLine(text, number, line);
  }
}

/** A JSON array of inputs, read item by item: the array is never held whole. */
export async function* jsonArrayRows(content: Readable): AsyncGenerator<Row> {
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  let ready: unknown[] = [];
  parser.onValue = ({ value }) => ready.push(value);
  let number = 0;
  for await (const chunk of content) {
    let broken: Error | undefined;
    try {
      parser.write(chunk as Buffer);
    } catch (error) {
      broken = error as Error;
    }
    // The items before the break are rows like any other.
    const values = ready;
    ready = [];
    for (const value of values) {
      number += 1;
      yield rowOf(value, number, undefined);
    }
    if (broken) throw new Error(`the file is not a JSON array of inputs after item ${number}: ${broken.message}`, { cause: broken });
  }
  if (!parser.isEnded) throw new Error(`the JSON array ends before its closing ] (after item ${number})`);
}
