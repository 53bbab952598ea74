import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { entityTypeUri, entityUri, interactionTypeUri, interactionUri } from '../uris/uris.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ChangeModel } from './change-model.ts';
import { changeCursor } from './change-selection.ts';
import { changePage, subscribeToChanges, type StreamFailure } from './change-stream.ts';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_, args, ctx) => changePage(ctx, args),
  },
  Subscription: {
    changes: {
      subscribe: (_, args, ctx) => subscribeToChanges(ctx, args),
      // One context serves the whole subscription: each entry is read afresh, not from the last one's cache.
      resolve: (change: ChangeModel | StreamFailure, _args: unknown, ctx: ServiceContext) => {
        if ('failure' in change) throw change.failure;
        ctx.forgetReads();
        return change;
      },
    },
  },
  Change: {
    cursor: (change) => changeCursor(change.seq),
    sequence: (change) => Number(change.seq),
    kind: (change) => change.kind.toUpperCase() as never,
    objectType: (change) => change.objectType.toUpperCase() as never,
    uri: (change) => (change.objectType === 'interaction' ? interactionUri(change.objectId) : entityUri(change.objectId)),
    type: async (change, _, ctx) => {
      const snapshot = await ctx.configuration();
      if (change.objectType === 'interaction') {
        const type = snapshot.interactionTypeById.get(change.typeId);
        return type ? interactionTypeUri(type.name) : null;
      }
      const type = snapshot.entityTypeById.get(change.typeId);
      return type ? entityTypeUri(type.name) : null;
    },
    time: (change) => change.recordedTime,
    interaction: (change, _, ctx) => (change.objectType === 'interaction' ? ctx.loaders.interactionById.load(change.objectId) : null),
    entity: (change, _, ctx) => (change.objectType === 'entity' ? ctx.loaders.entityById.load(change.objectId) : null),
  },
  ChangePage: {
    endCursor: (page) => changeCursor(page.end),
  },
};
