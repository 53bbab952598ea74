// The latest interaction per group: an entity's per type or per participant it plays, and
// the tenant's per type.
import { latestInteractionPerType, latestInteractionPerValue, latestMembershipPerParticipant } from '../../db/latest-queries.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityModel } from '../entities/entity-model.ts';
import { interactionTypeUri } from '../uris/uris.ts';
import { interactionTypesNamed } from './interaction-filter.ts';
import type { InteractionModel } from './interaction-model.ts';

export interface LatestModel {
  group: string;
  interaction: InteractionModel;
}

const chosenTypes = (snapshot: ConfigurationSnapshot, types: readonly string[] | null | undefined): InteractionTypeModel[] =>
  types?.length ? interactionTypesNamed(snapshot, types) : snapshot.interactionTypes;

// Newest first, by the pagination key (timestamp, id).
const newer = (a: InteractionModel, b: InteractionModel) => a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.id > b.id);

/**
 * The rows' interactions, newest first, each under the group `groupOf` names (of several in one
 * group, the newest). One deleted between the seek and this read is left out.
 */
async function latestOf<Row extends { interactionId: string | null }>(
  ctx: ServiceContext,
  rows: Row[],
  groupOf: (row: Row, interaction: InteractionModel) => string,
): Promise<LatestModel[]> {
  const found = rows.filter((row): row is Row & { interactionId: string } => row.interactionId !== null);
  const interactions = await ctx.loaders.interactionById.loadMany(found.map((row) => row.interactionId));
  const newest = new Map<string, InteractionModel>();
  found.forEach((row, index) => {
    const interaction = interactions[index];
    if (!interaction || interaction instanceof Error) return;
    const group = groupOf(row, interaction);
    const held = newest.get(group);
    if (!held || newer(interaction, held)) newest.set(group, interaction);
  });
  return [...newest.entries()].sort(([, a], [, b]) => (newer(a, b) ? -1 : 1)).map(([group, interaction]) => ({ group, interaction }));
}

/** The entity's latest interaction per type or per participant, among `types`. */
export async function latestOfEntity(
  ctx: ServiceContext,
  entity: EntityModel,
  by: 'TYPE' | 'PARTICIPANT',
  types: readonly string[] | null | undefined,
): Promise<LatestModel[]> {
  const snapshot = await ctx.configuration();
  // Only participants that can hold an entity of its type: the others have nothing to seek. An
  // inherited participant is its ancestor's, shared with the subtypes: sought once.
  const participants = new Map(
    chosenTypes(snapshot, types).flatMap((type) =>
      type.participants
        .filter((participant) => participant.entityTypeIds.includes(entity.entityTypeId))
        .map((participant) => [participant.id, participant] as const),
    ),
  );
  const rows = await latestMembershipPerParticipant(ctx.db, ctx.tenantId, entity.id, [...participants.keys()]);
  return latestOf(ctx, rows, (row, interaction) =>
    by === 'TYPE'
      ? interactionTypeUri(snapshot.interactionTypeById.get(interaction.interactionTypeId)!.name)
      : participants.get(row.group)!.uri,
  );
}

// Values the latest per attribute value walks at most: each is one seek.
export const MAX_LATEST_VALUES = 1_000;

/**
 * The tenant's latest interaction per type, among `types`, within [from, to); or, given an
 * attribute, per value of that attribute (of the types among `types` that define it).
 */
export async function latestOfTenant(
  ctx: ServiceContext,
  args: { types?: readonly string[] | null; from?: bigint | null; to?: bigint | null; attribute?: string | null },
): Promise<LatestModel[]> {
  const snapshot = await ctx.configuration();
  const types = chosenTypes(snapshot, args.types);
  if (args.attribute != null) return latestPerValue(ctx, types, args.attribute, args.from ?? null, args.to ?? null);
  const rows = await latestInteractionPerType(
    ctx.db,
    ctx.tenantId,
    types.map((type) => type.id),
    args.from ?? null,
    args.to ?? null,
  );
  return latestOf(ctx, rows, (row) => interactionTypeUri(snapshot.interactionTypeById.get(row.group)!.name));
}

async function latestPerValue(
  ctx: ServiceContext,
  types: InteractionTypeModel[],
  name: string,
  from: bigint | null,
  to: bigint | null,
): Promise<LatestModel[]> {
  // An inherited attribute is its ancestor's: the same attribute, walked once.
  const attributes = [
    ...new Map(types.flatMap((type) => type.attributes.filter((attribute) => attribute.name === name)).map((a) => [a.id, a])).values(),
  ];
  if (!attributes.length)
    throw requestError('BAD_REQUEST', `no interaction type${types.length === 1 ? '' : ' among those asked for'} has an attribute ${name}`);
  // Grouping by a hidden attribute would show its values, which reads leave out.
  if (attributes.some((attribute) => attribute.hidden))
    throw requestError('BAD_REQUEST', `attribute ${name} is hidden: its values are not shown, so they cannot name groups`);
  // The budget is of seeks, over every type's attribute of that name together.
  const rows = [];
  for (const attribute of attributes) {
    const budget = MAX_LATEST_VALUES - rows.length;
    const perValue = await latestInteractionPerValue(ctx.db, ctx.tenantId, attribute.id, from, to, budget);
    if (perValue.length > budget)
      throw requestError(
        'BAD_REQUEST',
        `attribute ${name} has more than ${MAX_LATEST_VALUES} values${attributes.length > 1 ? ' in the types asked for together' : ''}: group by an attribute with fewer (a category, a channel), or ask for fewer types`,
      );
    rows.push(...perValue);
  }
  return latestOf(ctx, rows, (row) => row.group);
}
