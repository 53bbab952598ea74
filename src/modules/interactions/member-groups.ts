import type { EntityTypeModel, InteractionTypeModel, ParticipantModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';
import { interactionUri, memberGroupUri } from '../uris/uris.ts';
import type { InteractionModel, StoredMember } from './interaction-model.ts';
import { typeOfInteraction } from './type-of-interaction.ts';

export interface MemberModel {
  entityId: string;
  /** The member entity and its type, when read with the group (see memberGroupsOf). */
  entity?: EntityRow;
  entityType?: EntityTypeModel;
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

/**
 * The interaction's member groups; `withEntities`: each member with its entity and entity
 * type, read for every interaction of a page in one statement, so that the members' fields
 * need no lookup of their own.
 */
export async function memberGroupsOf(
  ctx: ServiceContext,
  interaction: InteractionModel,
  withEntities: boolean,
): Promise<MemberGroupModel[]> {
  const [type, members] = await Promise.all([
    typeOfInteraction(ctx, interaction),
    interaction.members ?? ctx.loaders.membersOfInteraction.load(interaction.id),
  ]);
  const uri = interactionUri(interaction.id);
  if (!withEntities) return groupMembers(uri, type, members);
  const [snapshot, entities] = await Promise.all([
    ctx.configuration(),
    ctx.loaders.entityById.loadMany([...new Set(members.map((member) => member.entityId))]),
  ]);
  const byId = new Map<string, EntityRow>();
  for (const entity of entities) {
    if (entity instanceof Error) throw entity;
    if (entity) byId.set(entity.id, entity);
  }
  return groupMembers(uri, type, members, (entityId) => {
    const entity = byId.get(entityId);
    if (!entity) throw new Error(`member entity ${entityId} does not exist`);
    const entityType = snapshot.entityTypeById.get(entity.entityTypeId);
    if (!entityType) throw new Error(`entity type ${entity.entityTypeId} is referenced but not in the tenant's configuration`);
    return { entityId, entity, entityType };
  });
}
