import { readFileSync } from 'node:fs';

/** schema.graphql, the contract the server serves. */
export const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
