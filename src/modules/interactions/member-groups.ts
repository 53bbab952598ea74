import type { InteractionTypeModel, ParticipantModel } from '../configuration/model.ts';
import type { StoredMember } from './interaction-model.ts';
import { memberGroupUri } from '../uris/uris.ts';

export interface MemberModel {
  entityId: string;
}

export interface MemberGroupModel {
  uri: string;
  participant: ParticipantModel;
  members: MemberModel[];
}

/** An interaction's members grouped by participant, in the type's order, empty groups left out. */
export function groupMembers(interactionUri: string, type: InteractionTypeModel, members: readonly StoredMember[]): MemberGroupModel[] {
  return type.participants
    .map((participant) => ({
      uri: memberGroupUri(interactionUri, participant.name),
      participant,
      members: members
        .filter((member) => member.participantId === participant.id)
        .sort((a, b) => a.position - b.position)
        .map((member) => ({ entityId: member.entityId })),
    }))
    .filter((group) => group.members.length > 0);
}
