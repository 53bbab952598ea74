import type { ServiceContext } from '../context/service-context.ts';
import type { ConfigurationSnapshot, EntityTypeModel, InteractionTypeModel, ParticipantModel, SourceModel } from './model.ts';

/** The tenant's sources, entity types and interaction types, and each of them by URI. */
export const listSources = async (ctx: ServiceContext) => (await ctx.configuration()).sources;
export const findSource = async (ctx: ServiceContext, uri: string): Promise<SourceModel | null> =>
  (await ctx.configuration()).sourceByUri.get(uri) ?? null;

export const listEntityTypes = async (ctx: ServiceContext) => (await ctx.configuration()).entityTypes;
export const findEntityType = async (ctx: ServiceContext, uri: string): Promise<EntityTypeModel | null> =>
  (await ctx.configuration()).entityTypeByUri.get(uri) ?? null;
/** The entity type a stored row refers to, which the configuration must hold. */
export function entityTypeIn(snapshot: ConfigurationSnapshot, id: string): EntityTypeModel {
  const entityType = snapshot.entityTypeById.get(id);
  if (!entityType) throw new Error(`entity type ${id} is referenced but not in the tenant's configuration`);
  return entityType;
}
export const findEntityTypeById = async (ctx: ServiceContext, id: string): Promise<EntityTypeModel> =>
  entityTypeIn(await ctx.configuration(), id);

export const listInteractionTypes = async (ctx: ServiceContext) => (await ctx.configuration()).interactionTypes;
export const findInteractionType = async (ctx: ServiceContext, uri: string): Promise<InteractionTypeModel | null> =>
  (await ctx.configuration()).interactionTypeByUri.get(uri) ?? null;

/** Entity types a member of the participant may be. */
export const memberEntityTypes = async (ctx: ServiceContext, participant: ParticipantModel) =>
  Promise.all(participant.entityTypeIds.map((id) => findEntityTypeById(ctx, id)));

/** The source an interaction type gives its interactions when a request names none. */
export const interactionTypeDefaultSource = async (ctx: ServiceContext, type: InteractionTypeModel) =>
  type.defaultSourceId ? ((await ctx.configuration()).sourceById.get(type.defaultSourceId) ?? null) : null;
