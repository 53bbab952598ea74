import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { batchItems } from '../../graphql/batch-items.ts';
import { createOptions } from '../batch/create-options.ts';
import { trackInteractions } from './track-interactions.ts';

export const touchpointResolvers: Resolvers = {
  Mutation: {
    trackInteractions: (_, { events, options }, ctx, info) =>
      trackInteractions(ctx, batchItems(ctx, info, events), {
        ...createOptions({ returnObjects: options?.returnObjects ?? false, source: options?.source }, ctx.sourceSystem),
        offline: options?.offline ?? false,
      }),
  },
};
