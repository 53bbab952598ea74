import type { EntityTypeModel, InteractionTypeModel, ParticipantModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';
import { interactionUri, memberGroupUri } from '../uris/uris.ts';
import type { InteractionModel, StoredMember } from './interaction-model.ts';
import { typeIn, typeOfInteraction } from './type-of-interaction.ts';
import { entityTypeIn } from '../configuration/configuration-queries.ts';

export interface MemberModel {
  entityId: string;
  /** The member entity (when asked for), its type and label, when read with the group (see memberGroupsOf). */
  entity?: EntityRow;
  entityType?: EntityTypeModel;
  label?: string | null;
}

export interface MemberGroupModel {
  uri: string;
  participant: ParticipantModel;
  members: MemberModel[];
}

/** An interaction's members grouped by participant, in the type's order, empty groups left out. */
export function groupMembers(
  interactionUri: string,
  type: InteractionTypeModel,
  members: readonly StoredMember[],
  shown: (entityId: string) => MemberModel = (entityId) => ({ entityId }),
): MemberGroupModel[] {
  return type.participants
    .map((participant) => ({
      uri: memberGroupUri(interactionUri, participant.name),
      participant,
      members: members
        .filter((member) => member.participantId === participant.id)
        .sort((a, b) => a.position - b.position)
        .map((member) => shown(member.entityId)),
    }))
    .filter((group) => group.members.length > 0);
}

/** What a page asks of its members' entities: nothing beyond their URIs, their types and labels, or the entities themselves. */
export type MemberDetail = 'uris' | 'labels' | 'entities';

/**
 * The interaction's member groups; beyond `uris`, each member with its entity's type and
 * label (or its whole entity), read with the members (one statement for every interaction of
 * a page), so that the members' fields need no lookup of their own.
 */
export async function memberGroupsOf(
  ctx: ServiceContext,
  interaction: InteractionModel,
  detail: MemberDetail,
): Promise<MemberGroupModel[]> {
  const uri = interactionUri(interaction.id);
  if (detail === 'uris') {
    const [type, members] = await Promise.all([
      typeOfInteraction(ctx, interaction),
      interaction.members ?? ctx.loaders.membersOfInteraction.load(interaction.id),
    ]);
    return groupMembers(uri, type, members);
  }
  const [snapshot, read] = await Promise.all([ctx.configuration(), readDetailed(ctx, interaction, detail)]);
  const byEntity = new Map(read.map((detailed) => [detailed.member.entityId, detailed]));
  return groupMembers(
    uri,
    typeIn(snapshot, interaction),
    read.map(({ member }) => member),
    (entityId) => {
      const { entity, entityTypeId, label } = byEntity.get(entityId)!;
      return { entityId, entity, label, entityType: entityTypeIn(snapshot, entityTypeId) };
    },
  );
}

interface DetailedMember {
  member: StoredMember;
  entityTypeId: string;
  label: string | null;
  entity?: EntityRow;
}

/** The members with what `detail` asks of their entities: from the database with one join, or for members a write has at hand, by their entities' ids. */
async function readDetailed(ctx: ServiceContext, interaction: InteractionModel, detail: 'labels' | 'entities'): Promise<DetailedMember[]> {
  if (!interaction.members) {
    if (detail === 'labels') return ctx.loaders.membersWithLabelsOfInteraction.load(interaction.id);
    const read = await ctx.loaders.membersWithEntitiesOfInteraction.load(interaction.id);
    for (const { entity } of read) ctx.loaders.entityById.prime(entity.id, entity);
    return read.map(({ member, entity }) => ({ member, entity, entityTypeId: entity.entityTypeId, label: entity.label }));
  }
  // One statement still: the loader batches the lookups of a page's members.
  return Promise.all(
    interaction.members.map(async (member) => {
      const entity = await memberEntity(ctx, member.entityId);
      return { member, entity, entityTypeId: entity.entityTypeId, label: entity.label };
    }),
  );
}

/** A member's entity, which must exist (a member holds its entity by foreign key). */
export async function memberEntity(ctx: ServiceContext, entityId: string): Promise<EntityRow> {
  const entity = await ctx.loaders.entityById.load(entityId);
  if (!entity) throw new Error(`member entity ${entityId} does not exist`);
  return entity;
}
