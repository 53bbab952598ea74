// The latest interaction per group: an entity's per type or per participant it plays, and
// the tenant's per type.
import { latestInteractionPerType, latestMembershipPerParticipant, type LatestRow } from '../../db/latest-queries.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityModel } from '../entities/entity-model.ts';
import { interactionTypeUri, participantUri } from '../uris/uris.ts';
import { interactionTypesNamed } from './interaction-filter.ts';
import type { InteractionModel } from './interaction-model.ts';

export interface LatestModel {
  group: string;
  interaction: InteractionModel;
}

const chosenTypes = (snapshot: ConfigurationSnapshot, types: readonly string[] | null | undefined): InteractionTypeModel[] =>
  types?.length ? interactionTypesNamed(snapshot, types) : snapshot.interactionTypes;

const newer = (a: LatestRow, b: LatestRow) =>
  a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.interactionId > b.interactionId);

/** The rows' interactions, newest first, each under the group `groupOf` names (rows of one group: the newest). */
async function latestOf(ctx: ServiceContext, rows: LatestRow[], groupOf: (row: LatestRow) => string): Promise<LatestModel[]> {
  const newest = new Map<string, LatestRow>();
  for (const row of rows) {
    const group = groupOf(row);
    const held = newest.get(group);
    if (!held || newer(row, held)) newest.set(group, row);
  }
  const ordered = [...newest.entries()].sort(([, a], [, b]) => (newer(a, b) ? -1 : 1));
  const interactions = await ctx.loaders.interactionById.loadMany(ordered.map(([, row]) => row.interactionId));
  return ordered.flatMap(([group], index) => {
    const interaction = interactions[index];
    // Deleted between the two reads: not the latest any more, and not there.
    return interaction && !(interaction instanceof Error) ? [{ group, interaction }] : [];
  });
}

/** The entity's latest interaction per type or per participant, among `types`. */
export async function latestOfEntity(
  ctx: ServiceContext,
  entity: EntityModel,
  by: 'TYPE' | 'PARTICIPANT',
  types: readonly string[] | null | undefined,
): Promise<LatestModel[]> {
  const snapshot = await ctx.configuration();
  // Only participants that can hold an entity of its type: the others have nothing to seek.
  const participants = chosenTypes(snapshot, types).flatMap((type) =>
    type.participants
      .filter((participant) => participant.entityTypeIds.includes(entity.entityTypeId))
      .map((participant) => ({ type, participant })),
  );
  const byId = new Map(participants.map((entry) => [entry.participant.id, entry]));
  const rows = await latestMembershipPerParticipant(
    ctx.db,
    ctx.tenantId,
    entity.id,
    participants.map(({ participant }) => participant.id),
  );
  return latestOf(ctx, rows, (row) => {
    const { type, participant } = byId.get(row.group)!;
    return by === 'TYPE' ? interactionTypeUri(type.name) : participantUri(type.name, participant.name);
  });
}

/** The tenant's latest interaction per type, among `types`, within [from, to). */
export async function latestOfTenant(
  ctx: ServiceContext,
  types: readonly string[] | null | undefined,
  from: bigint | null | undefined,
  to: bigint | null | undefined,
): Promise<LatestModel[]> {
  const snapshot = await ctx.configuration();
  const rows = await latestInteractionPerType(
    ctx.db,
    ctx.tenantId,
    chosenTypes(snapshot, types).map((type) => type.id),
    from ?? null,
    to ?? null,
  );
  return latestOf(ctx, rows, (row) => interactionTypeUri(snapshot.interactionTypeById.get(row.group)!.name));
}
