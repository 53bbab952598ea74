// The client kit: typed documents (TypedDocumentNode) and urql hooks generated from
// schema.graphql and src/client/operations, the cache configuration that keys objects by uri,
// and a client.
export * from './generated/graphql.ts';
export * from './generated/hooks.ts';
export { cacheOptions, keys, resolvers, updates } from './cache.ts';
export { createInteractionsClient, type ClientSettings } from './client.ts';
export { EMBEDDED_TYPES, LOOKUPS_BY_URI, URI_KEYED_TYPES } from './generated/cache-keys.ts';
