import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { batchItems } from '../../graphql/batch-items.ts';
import { partResolvers } from '../stored-objects/part-resolvers.ts';
import { createOptions } from '../batch/create-options.ts';
import { entityUri, interactionUri } from '../uris/uris.ts';
import { findEntityTypeById } from '../configuration/configuration-queries.ts';
import { createInteractions } from './create-interactions.ts';
import type { InteractionModel } from './interaction-model.ts';
import { findInteraction, findInteractionByCrosswalk } from './interaction-queries.ts';
import { memberEntity, memberGroupsOf, type MemberDetail } from './member-groups.ts';
import { typeOfInteraction } from './type-of-interaction.ts';
import { selectedFields } from '../../graphql/look-ahead.ts';
import { deleteInteractions, restoreInteractions } from './delete-interactions.ts';
import { purgeSoftDeleted, softDeleteCutoff } from './purge-soft-deleted.ts';
import { deleteInteractionsWhere } from './delete-interactions-where.ts';
import { listInteractions, timelinePage } from './interaction-page.ts';
import { updateInteraction } from './update-interaction.ts';
import { latestOfEntity, latestOfTenant } from './latest-interactions.ts';
import { propertiesByName } from '../properties/free-form-properties.ts';

// A member's fields beyond objectURI: asked for, what they need of the entities is read with the groups.
const ENTITY_FREE_MEMBER_FIELDS = new Set(['objectURI', '__typename']);

function memberDetailOf(fields: ReadonlySet<string>): MemberDetail {
  if (fields.has('entity')) return 'entities';
  return [...fields].some((field) => !ENTITY_FREE_MEMBER_FIELDS.has(field)) ? 'labels' : 'uris';
}

export const interactionResolvers: Resolvers = {
  Query: {
    interaction: (_, { uri }, ctx) => findInteraction(ctx, uri),
    interactionByCrosswalk: (_, { source, value }, ctx) => findInteractionByCrosswalk(ctx, source, value),
    interactions: (_, { filter, ...page }, ctx) => listInteractions(ctx, filter, page),
    latestInteractions: (_, args, ctx) => latestOfTenant(ctx, args),
  },
  Mutation: {
    createInteractions: (_, { interactions, options }, ctx, info) =>
      createInteractions(ctx, batchItems(ctx, info, interactions), createOptions(options, ctx.sourceSystem)),
    updateInteraction: (_, { uri, changes, options }, ctx) =>
      updateInteraction(ctx, { uri, changes, includeHidden: options?.includeHidden ?? false }),
    deleteInteractions: (_, { uris, mode }, ctx, info) => deleteInteractions(ctx, batchItems(ctx, info, uris), mode),
    restoreInteractions: (_, { uris }, ctx, info) => restoreInteractions(ctx, batchItems(ctx, info, uris)),
    deleteInteractionsWhere: (_, { filter, mode }, ctx) => deleteInteractionsWhere(ctx, filter, mode),
    purgeDeletedInteractions: (_, { deletedBefore }, ctx) =>
      purgeSoftDeleted(ctx, deletedBefore ?? softDeleteCutoff(ctx.settings.SOFT_DELETE_RETENTION_DAYS)),
  },
  Entity: {
    interactions: (entity, { filter, ...page }, ctx, info) =>
      timelinePage(ctx, entity.id, filter, page, selectedFields(info, 'edges').has('participants')),
    latestInteractions: (entity, { by, types }, ctx) => latestOfEntity(ctx, entity, by, types),
  },
  InteractionConnection: { totalCount: (page) => page.count() },
  TimelineConnection: { totalCount: (page) => page.count() },
  TimelineEdge: {
    participants: async (edge, _, ctx) =>
      // In the type's order, whatever order the database gave the memberships in.
      (await typeOfInteraction(ctx, edge.node)).participants.filter((participant) => edge.participantIds.includes(participant.id)),
  },
  Interaction: {
    uri: (interaction) => interactionUri(interaction.id),
    type: (interaction, _, ctx) => typeOfInteraction(ctx, interaction),
    ...partResolvers<InteractionModel>({
      uri: interactionUri,
      attributeTypes: async (ctx, interaction) => (await typeOfInteraction(ctx, interaction)).attributes,
      loadValues: (ctx, id) => ctx.loaders.attributesOfInteraction.load(id),
      loadCrosswalks: (ctx, id) => ctx.loaders.crosswalksOfInteraction.load(id),
    }),
    properties: async (interaction, _, ctx) =>
      propertiesByName(interaction.properties ?? (await ctx.loaders.propertiesOfInteraction.load(interaction.id))),
    members: (interaction, _, ctx, info) => memberGroupsOf(ctx, interaction, memberDetailOf(selectedFields(info, 'members'))),
  },
  Member: {
    objectURI: (member) => entityUri(member.entityId),
    type: (member, _, ctx) =>
      member.entityType
        ? member.entityType.uri
        : memberEntity(ctx, member.entityId).then(async (entity) => (await findEntityTypeById(ctx, entity.entityTypeId)).uri),
    label: (member, _, ctx) =>
      member.label !== undefined ? member.label : memberEntity(ctx, member.entityId).then((entity) => entity.label),
    entity: (member, _, ctx) => member.entity ?? memberEntity(ctx, member.entityId),
  },
};
