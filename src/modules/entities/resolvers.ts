import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { batchItems } from '../../graphql/batch-items.ts';
import { findEntityTypeById } from '../configuration/configuration-queries.ts';
import { partResolvers } from '../stored-objects/part-resolvers.ts';
import type { EntityModel } from './entity-model.ts';
import { createOptions } from '../batch/create-options.ts';
import { createEntities } from './create-entities.ts';
import { deleteEntities } from './delete-entities.ts';
import { eraseEntity } from './erase-entity.ts';
import { entityUri } from '../uris/uris.ts';
import { findEntity, findEntityByCrosswalk, listEntities } from './entity-queries.ts';
import { updateEntity } from './update-entity.ts';

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_, { uri }, ctx) => findEntity(ctx, uri),
    entityByCrosswalk: (_, { source, value }, ctx) => findEntityByCrosswalk(ctx, source, value),
    entities: (_, { filter, first, after }, ctx) => listEntities(ctx, filter, first, after),
  },
  Mutation: {
    createEntities: (_, { entities, options }, ctx, info) =>
      createEntities(ctx, batchItems(ctx, info, entities), createOptions(options, ctx.sourceSystem)),
    updateEntity: (_, { uri, attributes, addCrosswalks, removeCrosswalks, options }, ctx) =>
      updateEntity(ctx, { uri, changes: { attributes, addCrosswalks, removeCrosswalks }, includeHidden: options?.includeHidden ?? false }),
    deleteEntities: (_, { uris }, ctx, info) => deleteEntities(ctx, batchItems(ctx, info, uris)),
    eraseEntity: (_, { uri }, ctx) => eraseEntity(ctx, uri),
  },
  Entity: {
    uri: (entity) => entityUri(entity.id),
    type: (entity, _, ctx) => findEntityTypeById(ctx, entity.entityTypeId),
    ...partResolvers<EntityModel>({
      uri: entityUri,
      attributeTypes: async (ctx, entity) => (await findEntityTypeById(ctx, entity.entityTypeId)).attributes,
      loadValues: (ctx, id) => ctx.loaders.attributesOfEntity.load(id),
      loadCrosswalks: (ctx, id) => ctx.loaders.crosswalksOfEntity.load(id),
    }),
  },
};
