import type { ConfigurationChangePayloadResolvers, MutationResolvers } from '../../graphql/generated/resolvers-types.ts';
import * as commands from './configuration-commands.ts';
import { findEntityType, findInteractionType, findSource } from './configuration-queries.ts';

export const configurationMutations: MutationResolvers = {
  applyConfiguration: (_, { input, mode, allowImmutableToMutable, rekey }, ctx) =>
    commands.applyConfiguration(ctx, input, { mode, allowImmutableToMutable, rekey }),
  importCustomerInsightsDefinitions: (_, { definitions, allowImmutableToMutable, rekey }, ctx) =>
    commands.importCustomerInsights(ctx, definitions, { allowImmutableToMutable, rekey }),
  createSource: (_, { input }, ctx) => commands.createObject(ctx, 'sources', input),
  updateSource: (_, { uri, input }, ctx) => commands.updateObject(ctx, 'sources', uri, input),
  deleteSource: (_, { uri }, ctx) => commands.deleteObject(ctx, 'sources', uri),
  createEntityType: (_, { input }, ctx) => commands.createObject(ctx, 'entityTypes', input),
  updateEntityType: (_, { uri, input }, ctx) => commands.updateObject(ctx, 'entityTypes', uri, input),
  deleteEntityType: (_, { uri }, ctx) => commands.deleteObject(ctx, 'entityTypes', uri),
  createInteractionType: (_, { input }, ctx) => commands.createObject(ctx, 'interactionTypes', input),
  updateInteractionType: (_, { uri, input, allowImmutableToMutable, rekey }, ctx) =>
    commands.updateObject(ctx, 'interactionTypes', uri, input, { allowImmutableToMutable, rekey }),
  deleteInteractionType: (_, { uri }, ctx) => commands.deleteObject(ctx, 'interactionTypes', uri),
};

// The changed object is read back from the configuration as it is after the change.
export const configurationChangePayload: ConfigurationChangePayloadResolvers = {
  configurationVersion: (outcome) => outcome.version,
  errors: (outcome) => outcome.problems,
  notes: (outcome) => outcome.notes ?? [],
  source: (outcome, _, ctx) => (outcome.uri ? findSource(ctx, outcome.uri) : null),
  entityType: (outcome, _, ctx) => (outcome.uri ? findEntityType(ctx, outcome.uri) : null),
  interactionType: (outcome, _, ctx) => (outcome.uri ? findInteractionType(ctx, outcome.uri) : null),
};
