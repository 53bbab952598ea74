import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { entityOfAnonymousId } from './anonymous-profiles.ts';
import { identify } from './identify.ts';

export const anonymousResolvers: Resolvers = {
  Query: {
    entityByAnonymousId: (_, { anonymousId }, ctx) => entityOfAnonymousId(ctx, anonymousId),
  },
  Mutation: {
    identify: (_, { anonymousId, customer }, ctx) => identify(ctx, anonymousId, customer),
  },
};
