import type { Resolvers } from './generated/resolvers-types.ts';

// GraphQL enum values (READER) as the services hold them (reader): one translation, here.
export const enumResolvers: Resolvers = {
  Role: { READER: 'reader', WRITER: 'writer', ADMIN: 'admin', OPERATOR: 'operator' },
  CredentialKind: { JWT: 'jwt', API_KEY: 'api-key', DEVELOPMENT: 'development' },
};
