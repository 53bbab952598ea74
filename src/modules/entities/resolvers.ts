import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { groupAttributes } from '../attributes/attribute-group.ts';
import { findEntityTypeById } from '../configuration/configuration-queries.ts';
import { crosswalkModels } from '../crosswalks/crosswalk-model.ts';
import { createOptions } from '../batch/create-options.ts';
import { createEntities } from './create-entities.ts';
import { deleteEntities } from './delete-entities.ts';
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
    createEntities: (_, { entities, options }, ctx) => createEntities(ctx, entities, createOptions(options, ctx.sourceSystem)),
    updateEntity: (_, { uri, attributes, addCrosswalks, removeCrosswalks, options }, ctx) =>
      updateEntity(ctx, uri, { attributes, addCrosswalks, removeCrosswalks }, options?.includeHidden ?? false),
    deleteEntities: (_, { uris }, ctx) => deleteEntities(ctx, uris),
  },
  Entity: {
    uri: (entity) => entityUri(entity.id),
    type: (entity, _, ctx) => findEntityTypeById(ctx, entity.entityTypeId),
    attributes: async (entity, { includeHidden }, ctx) => {
      const type = await findEntityTypeById(ctx, entity.entityTypeId);
      const values = entity.attributes ?? (await ctx.loaders.attributesOfEntity.load(entity.id));
      return groupAttributes(entityUri(entity.id), type.attributes, values, includeHidden ?? entity.showHidden ?? false);
    },
    crosswalks: async (entity, _, ctx) =>
      crosswalkModels(
        entityUri(entity.id),
        await ctx.configuration(),
        entity.crosswalks ?? (await ctx.loaders.crosswalksOfEntity.load(entity.id)),
      ),
  },
};
