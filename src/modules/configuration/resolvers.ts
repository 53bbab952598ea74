import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { localizedTexts } from '../../graphql/localized.ts';
import * as queries from './configuration-queries.ts';
import { configurationChangePayload, configurationMutations } from './mutation-resolvers.ts';
import { errorCatalog } from '../../errors/catalog.ts';

const localized = {
  displayName: (parent: { displayName: Record<string, string> }) => localizedTexts(parent.displayName),
  description: (parent: { description: Record<string, string> }) => localizedTexts(parent.description),
};

export const configurationResolvers: Resolvers = {
  Query: {
    sources: (_, __, ctx) => queries.listSources(ctx),
    source: (_, { uri }, ctx) => queries.findSource(ctx, uri),
    entityTypes: (_, __, ctx) => queries.listEntityTypes(ctx),
    entityType: (_, { uri }, ctx) => queries.findEntityType(ctx, uri),
    interactionTypes: (_, __, ctx) => queries.listInteractionTypes(ctx),
    interactionType: (_, { uri }, ctx) => queries.findInteractionType(ctx, uri),
    configurationVersion: async (_, __, ctx) => (await ctx.configuration()).version,
    errorCodes: () => Object.entries(errorCatalog).map(([name, entry]) => ({ name, ...entry })),
  },
  Mutation: configurationMutations,
  ConfigurationChangePayload: configurationChangePayload,
  Problem: {
    path: (item) => item.path.map(String),
  },
  AttributeType: localized,
  EntityType: localized,
  InteractionType: {
    localizedAttributes: (type) => type.localizedAttributes.map(({ name, texts }) => ({ name, texts: localizedTexts(texts) })),
    ...localized,
    defaultSource: (type, _, ctx) => queries.interactionTypeDefaultSource(ctx, type),
    extends: async (type, _, ctx) => (type.parentId ? ((await ctx.configuration()).interactionTypeById.get(type.parentId) ?? null) : null),
    subtypes: async (type, _, ctx) => {
      const snapshot = await ctx.configuration();
      return type.descendantIds.map((id) => snapshot.interactionTypeById.get(id)!).filter((child) => child.parentId === type.id);
    },
  },
  Participant: {
    ...localized,
    entityTypes: (participant, _, ctx) => queries.memberEntityTypes(ctx, participant),
  },
  ParticipantMapping: {
    entityType: (mapping, _, ctx) => queries.findEntityTypeById(ctx, mapping.entityTypeId),
  },
};
