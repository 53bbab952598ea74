// MXO's Interaction API bodies as trackInteractions events, and its results as MXO's answers.
// The translation judges nothing: a field it does not know goes on as it is, for GraphQL to
// refuse as an error of that event, with its path, as it would for any other caller.
import type { Request } from 'express';
import { requestError } from '../../errors/request-errors.ts';
import { isList, isObject, type JsonObject } from '../json.ts';
import type { TrackResultData } from './operations.ts';

/** What MXO's bodies carry that this service has no place for: the device's containers. */
const NOT_RECORDED = new Set(['device']);

/** The tid of the query string (`?tid=`), if it gives one. */
export function queryTid(req: Request): string | undefined {
  const tid = req.query.tid;
  if (tid === undefined) return undefined;
  if (typeof tid !== 'string') throw requestError('BAD_REQUEST', 'give tid once, as text');
  return tid;
}

/** The site key (`?sk=`), which names the tenant (the space). */
export function siteKey(req: Request): string | undefined {
  const sk = req.query.sk;
  return typeof sk === 'string' ? sk : undefined;
}

/**
 * A form-encoded body (`application/x-www-form-urlencoded`, as MXO's example sends it): its
 * known fields as they are, every other field a property.
 */
function fromForm(form: JsonObject): JsonObject {
  const { url, customerKey, customerKeyName, tid, timestamp, ...properties } = form;
  const event: JsonObject = { url, customerKey, customerKeyName, tid, timestamp };
  for (const key of Object.keys(event)) if (event[key] === undefined) delete event[key];
  const pairs = Object.entries(properties).map(([name, value]) => ({ name, value }));
  return pairs.length ? { ...event, properties: pairs } : event;
}

/** One MXO interaction body as a TouchpointEventInput; the query's tid when the body gives none. */
export function eventOf(body: unknown, tid: string | undefined, form: boolean): unknown {
  if (!isObject(body)) return body;
  const { url, tid: bodyTid, ...rest } = form ? fromForm(body) : body;
  for (const key of NOT_RECORDED) delete rest[key];
  const anonymousId = bodyTid ?? tid;
  return { touchpoint: url, ...(anonymousId !== undefined ? { anonymousId } : {}), ...rest };
}

/** The events of a `PUT …/interactions/offline` body: a list of MXO interaction bodies. */
export function eventsOf(body: unknown, tid: string | undefined, maxEvents: number): unknown[] {
  if (!isList(body)) throw requestError('BAD_REQUEST', 'the body is a JSON array of interactions');
  if (body.length > maxEvents)
    throw requestError('BAD_REQUEST', `at most ${maxEvents} offline interactions per call, got ${body.length}; nothing was recorded`);
  if (!body.length) throw requestError('BAD_REQUEST', 'the body has no interactions');
  return body.map((item) => eventOf(item, tid, false));
}

/** MXO's status of one event: 200 recorded, 404 an unknown touchpoint, else 400 (bad input). */
export const statusOf = (result: TrackResultData) =>
  result.successful ? 200 : result.errors.every((error) => error.name === 'UNKNOWN_TOUCHPOINT') ? 404 : 400;

/** One event's answer as MXO gives it (statusCode, tid), with its errors when it failed and its warnings if any. */
export function mxoAnswer(result: TrackResultData) {
  return {
    statusCode: statusOf(result),
    ...(result.anonymousId !== null ? { tid: result.anonymousId } : {}),
    ...(result.errors.length ? { errors: result.errors.map(({ code, name, message, path }) => ({ code, name, message, path })) } : {}),
    ...(result.warnings.length ? { warnings: result.warnings } : {}),
  };
}
