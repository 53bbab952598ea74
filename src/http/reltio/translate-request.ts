// Reltio's Create Interactions request as createInteractions(interactions, options). The
// translation is total and judges nothing: what it cannot map (a value that is not
// `{ "value": ... }`, attributes that are not an object, an unknown field) goes on as it is,
// so that GraphQL reports it as an error of that item with its path, as it would for any
// other caller.
import type { Request } from 'express';
import { requestError } from '../../errors/request-errors.ts';
import { isList, isObject, type JsonObject } from '../json.ts';
import { participantOfMemberType } from './member-types.ts';

/** The object with `key` replaced by what `translate` makes of it, when the object has that key. */
function translated(object: JsonObject, key: string, translate: (value: unknown) => JsonObject): JsonObject {
  if (!(key in object)) return object;
  const { [key]: value, ...rest } = object;
  return { ...rest, ...translate(value) };
}

// `{ "value": v }`, or with the `type` Reltio echoes back: the URI of this very attribute (of
// any interaction type: Reltio's own answers name Meeting's Place under a Lunch). A value
// typed as another attribute is not this attribute's value: it goes on whole, for the core to refuse.
const valueOf = (name: string, value: unknown): unknown => {
  if (!isObject(value) || !('value' in value) || !Object.keys(value).every((key) => key === 'value' || key === 'type')) return value;
  const typed = value.type === undefined || (typeof value.type === 'string' && value.type.endsWith(`/attributes/${name}`));
  return typed ? value.value : value;
};

/** `{ "Name": [{ "value": v }, ...] }` → `[{ name: "Name", values: [v, ...] }]`. */
function attributesOf(attributes: unknown): unknown {
  if (!isObject(attributes)) return attributes;
  return Object.entries(attributes).map(([name, values]) => ({
    name,
    values: isList(values) ? values.map((value) => valueOf(name, value)) : values,
  }));
}

/** Reltio's crosswalk `{ type: source URI, value }` → `{ source, value }`. */
function crosswalksOf(crosswalks: unknown): unknown {
  if (!isList(crosswalks)) return crosswalks;
  return crosswalks.map((crosswalk) => (isObject(crosswalk) ? translated(crosswalk, 'type', (source) => ({ source })) : crosswalk));
}

function membersOf(members: unknown): unknown {
  if (!isList(members)) return members;
  return members.map((member) =>
    isObject(member) ? translated(member, 'crosswalks', (crosswalks) => ({ crosswalks: crosswalksOf(crosswalks) })) : member,
  );
}

/**
 * `{ "Key": { "type": ".../memberTypes/X", "members": [...] } }` → `[{ participant, members }]`:
 * the participant is the one the member type URI names (possibly of another interaction type,
 * as Reltio's own example does; the core decides), else the key. Any other type string (Reltio's
 * example gives entity types there) says nothing about the participant.
 */
function memberGroupsOf(groups: unknown): unknown {
  if (!isObject(groups)) return groups;
  return Object.entries(groups).map(([key, group]) => {
    if (!isObject(group)) return { participant: key, members: group };
    const withMembers = translated(group, 'members', (members) => ({ members: membersOf(members) }));
    return translated({ participant: key, ...withMembers }, 'type', (type) => {
      if (typeof type !== 'string') return { type };
      return { participant: participantOfMemberType(type) ?? key };
    });
  });
}

/** One Reltio interaction as an InteractionInput (an item that is not an object goes on as it is). */
export function interactionInputOf(item: unknown): unknown {
  if (!isObject(item)) return item;
  const withAttributes = translated(item, 'attributes', (attributes) => ({ attributes: attributesOf(attributes) }));
  const withMembers = translated(withAttributes, 'members', (members) => ({ members: memberGroupsOf(members) }));
  return translated(withMembers, 'crosswalks', (crosswalks) => ({ crosswalks: crosswalksOf(crosswalks) }));
}

/** The request's items: its body, which must be a JSON array. */
export function itemsOf(body: unknown): unknown[] {
  if (!isList(body)) throw requestError('BAD_REQUEST', 'the request body must be a JSON array of interactions');
  return body;
}

const SUPPORTED_OPTIONS = ['sendHidden'];

/** Reltio's `options` parameter (a comma-separated list): whether hidden attributes are asked for. */
export function includeHiddenOf(query: Request['query']): boolean {
  const given = [query.options].flat().filter((option): option is string => typeof option === 'string');
  const options = given.flatMap((list) => list.split(',').map((option) => option.trim())).filter(Boolean);
  const unsupported = options.filter((option) => !SUPPORTED_OPTIONS.includes(option));
  if (unsupported.length)
    throw requestError('BAD_REQUEST', `unsupported options: ${unsupported.join(', ')} (supported: ${SUPPORTED_OPTIONS.join(', ')})`);
  return options.includes('sendHidden');
}

// Query parameters are text: "true" and "false" become booleans, anything else goes on for GraphQL to refuse.
const booleanOf = (value: unknown) => (value === 'true' ? true : value === 'false' ? false : value);

/** CreateOptions from the query parameters returnObjects, options and crosswalkValue. */
export function createOptionsOf(query: Request['query']): JsonObject {
  return {
    includeHidden: includeHiddenOf(query),
    ...('returnObjects' in query ? { returnObjects: booleanOf(query.returnObjects) } : {}),
    ...('crosswalkValue' in query ? { crosswalkValue: query.crosswalkValue } : {}),
  };
}
