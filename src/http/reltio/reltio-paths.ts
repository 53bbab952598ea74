// An item's problem path names the GraphQL input the facade translated the item to
// (attributes and members as lists, crosswalk sources as `source`); a Reltio client reads it
// in the terms of its own body (attributes and members keyed by name, sources as `type`).
import { isObject, type JsonObject } from '../json.ts';

/** The key at `position` of the item's `field` object (the list index the translation gave it), if it was an object. */
function keyAt(item: JsonObject, field: string, position: string | undefined): string | undefined {
  const keyed = item[field];
  return isObject(keyed) && position !== undefined ? Object.keys(keyed)[Number(position)] : undefined;
}

/** The path of a problem of `item` (as the request body gave it) in the body's own terms. */
export function reltioPath(item: unknown, path: readonly string[]): string[] {
  const renamed = path.map((segment, at) => (segment === 'source' && path[at - 2] === 'crosswalks' ? 'type' : segment));
  const [field, position] = renamed;
  const key = isObject(item) && field !== undefined ? keyAt(item, field, position) : undefined;
  if (key === undefined || (field !== 'attributes' && field !== 'members')) return renamed;
  const within = renamed.slice(2);
  // An attribute's values are the list under its name; a participant comes from a member type's `type`, else the key.
  if (field === 'attributes') return ['attributes', key, ...(within[0] === 'values' ? within.slice(1) : within)];
  const group = ((item as JsonObject).members as JsonObject)[key];
  if (!isObject(group)) return ['members', key];
  if (within[0] === 'participant') return ['members', key, ...('type' in group ? ['type'] : [])];
  return ['members', key, ...within];
}
