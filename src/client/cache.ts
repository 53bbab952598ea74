// The normalised cache of the kit (urql's Graphcache): every object is identified by its
// `uri`, so an interaction read on a timeline, by URI or returned by a mutation is one
// record, and a mutation's answer refreshes every list that shows it. What a mutation adds
// to or removes from lists cannot be inferred from its answer alone, so the updaters below
// invalidate exactly the lists it may have changed; the queries showing them fetch again.
import type {
  Cache,
  CacheExchangeOpts,
  Data,
  DataFields,
  KeyingConfig,
  Resolver,
  ResolverConfig,
  UpdatesConfig,
} from '@urql/exchange-graphcache';
import { EMBEDDED_TYPES, LOOKUPS_BY_URI, URI_KEYED_TYPES } from './generated/cache-keys.ts';

// What the updaters read of a mutation's answer, whatever the caller selected: every field
// may be missing, as a consumer's own operation may select less than the kit's.
interface ResultShape {
  successful?: boolean;
  uri?: string | null;
  object?: { members?: Array<{ members?: Array<{ objectURI?: string }> }> } | null;
}
interface MemberGroupInputShape {
  members?: Array<{ objectURI?: string | null }>;
}

const byUri = (data: Data): string | null => (typeof data.uri === 'string' ? data.uri : null);

/** Keys derived from the schema: uri for the types that have one, none (embedded) for the others. */
export const keys: KeyingConfig = {
  ...Object.fromEntries(URI_KEYED_TYPES.map((type) => [type, byUri])),
  ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
};

/**
 * `interaction(uri)`, `entity(uri)`, ... answered from the cache when it holds the object;
 * else by what the service answered to this lookup before (null for one deleted), if anything.
 */
export const resolvers: ResolverConfig = {
  Query: Object.fromEntries(
    Object.entries(LOOKUPS_BY_URI).map(([field, type]): [string, Resolver] => [
      field,
      (_parent, args, cache, info) => {
        const key = cache.keyOfEntity({ __typename: type, uri: args.uri as string });
        if (key && cache.resolve(key, 'uri') != null) return key;
        return cache.resolve(info.parentTypeName, info.fieldName, args);
      },
    ]),
  ),
};

function results(parent: DataFields, field: string): ResultShape[] {
  const value = parent[field];
  return Array.isArray(value) ? (value as ResultShape[]) : value ? [value as ResultShape] : [];
}

function memberUris(items: ResultShape[], inputs: unknown): Set<string> {
  const uris = new Set<string>();
  for (const item of items)
    for (const group of item.object?.members ?? [])
      for (const member of group.members ?? []) if (member.objectURI) uris.add(member.objectURI);
  // Members given by URI in the input count too, when the answer did not select them.
  for (const input of Array.isArray(inputs) ? (inputs as Array<{ members?: MemberGroupInputShape[] }>) : [])
    for (const group of input.members ?? []) for (const member of group.members ?? []) if (member.objectURI) uris.add(member.objectURI);
  return uris;
}

/** Entities the cache has read by URI: the ones whose timelines it may hold. */
function knownEntities(cache: Cache): string[] {
  return cache
    .inspectFields('Query')
    .filter((field) => field.fieldName === 'entity' && typeof field.arguments?.uri === 'string')
    .map((field) => field.arguments?.uri as string);
}

function invalidateField(cache: Cache, entity: Data | string, fieldName: string) {
  for (const field of cache.inspectFields(entity))
    if (field.fieldName === fieldName) cache.invalidate(entity, fieldName, field.arguments ?? undefined);
}

/** Every page of these entities' timelines and their latest per group, every `interactions` list and the tenant's latest. */
function invalidateTimelines(cache: Cache, entityUris: Iterable<string>) {
  for (const uri of entityUris) {
    invalidateField(cache, { __typename: 'Entity', uri }, 'interactions');
    invalidateField(cache, { __typename: 'Entity', uri }, 'latestInteractions');
  }
  invalidateField(cache, 'Query', 'interactions');
  invalidateField(cache, 'Query', 'latestInteractions');
}

export const updates: UpdatesConfig = {
  Mutation: {
    createInteractions(parent, args, cache) {
      const items = results(parent, 'createInteractions').filter((item) => item.successful !== false);
      if (!items.length) return;
      // Without the created objects in the answer (returnObjects: false) the members are unknown.
      const unknownMembers = items.some((item) => !item.object);
      invalidateTimelines(cache, unknownMembers ? knownEntities(cache) : memberUris(items, args.interactions));
    },
    updateInteraction(parent, _args, cache) {
      if (!results(parent, 'updateInteraction').some((item) => item.successful !== false)) return;
      // A new timestamp moves it within timelines, new members move it between them, new
      // attribute values in or out of filtered lists and timelines; the members it had are no
      // longer in the answer, so every timeline and list held may have changed.
      invalidateTimelines(cache, knownEntities(cache));
    },
    deleteInteractions(parent, _args, cache) {
      const deleted = results(parent, 'deleteInteractions').filter((item) => item.successful !== false && item.uri);
      // A list holding a deleted interaction is then incomplete, and is fetched again.
      for (const item of deleted) cache.invalidate({ __typename: 'Interaction', uri: item.uri as string });
      if (deleted.length) {
        invalidateField(cache, 'Query', 'interactions');
        invalidateField(cache, 'Query', 'latestInteractions');
      }
    },
    restoreInteractions(parent, _args, cache) {
      if (!results(parent, 'restoreInteractions').some((item) => item.successful !== false && item.uri)) return;
      // A restored interaction is back in its members' timelines, which the answer does not name,
      // and lookups that found nothing while it was deleted find it again.
      invalidateTimelines(cache, knownEntities(cache));
      invalidateField(cache, 'Query', 'interaction');
      invalidateField(cache, 'Query', 'interactionByCrosswalk');
    },
    createEntities(parent, _args, cache) {
      if (results(parent, 'createEntities').some((item) => item.successful !== false)) invalidateField(cache, 'Query', 'entities');
    },
  },
};

/** The options of `cacheExchange(...)` from @urql/exchange-graphcache for this service. */
export const cacheOptions: CacheExchangeOpts = { keys, resolvers, updates };
