import { countListElements } from '../protocol/request-size.ts';
import type { Row } from './rows.ts';

/** A row ready to send: its input serialized once. */
export interface Sendable {
  row: Row;
  json: string;
  bytes: number;
  /** List elements it adds to a request (MAX_REQUEST_VALUES counts them): itself and its nested lists. */
  values: number;
}

/** Rows first..last of the file, sent as one request (unreadable rows ride along, unsent, to be settled with it). */
export interface Batch {
  first: number;
  last: number;
  rows: Row[];
  sendable: Sendable[];
  bytes: number;
  values: number;
  key: string;
  /** For a batch sent by an earlier run: when, and the range it must have to be the same request. */
  resent?: { sentAt: number; last: number };
}

/** What one request may carry, from the service's advertised limits. */
export interface BatchLimits {
  items: number;
  bytes: number;
  values: number;
}

export function sendable(row: Row): Sendable {
  const json = JSON.stringify(row.input);
  return { row, json, bytes: Buffer.byteLength(json) + 1, values: 1 + countListElements(row.input) };
}

export function newBatch(row: Row, key: string): Batch {
  return { first: row.number, last: row.number - 1, rows: [], sendable: [], bytes: 0, values: 0, key };
}

/** Whether `item` still fits: a batch always takes its first item, however large (the service then says). */
export function fits(batch: Batch, item: Sendable, limits: BatchLimits): boolean {
  if (!batch.sendable.length) return true;
  return batch.sendable.length < limits.items && batch.bytes + item.bytes <= limits.bytes && batch.values + item.values <= limits.values;
}

export function add(batch: Batch, row: Row, item?: Sendable): void {
  batch.rows.push(row);
  batch.last = row.number;
  if (!item) return;
  batch.sendable.push(item);
  batch.bytes += item.bytes;
  batch.values += item.values;
}
