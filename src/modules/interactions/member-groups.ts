import type { InteractionTypeModel, MemberTypeModel } from '../configuration/model.ts';
import type { StoredMember } from './interaction-model.ts';
import { memberGroupUri } from '../uris/uris.ts';

export interface MemberModel {
  entityId: string;
}

export interface MemberGroupModel {
  uri: string;
  memberType: MemberTypeModel;
  members: MemberModel[];
}

/** An interaction's members grouped by member type, in the type's order, empty groups left out. */
export function groupMembers(interactionUri: string, type: InteractionTypeModel, members: readonly StoredMember[]): MemberGroupModel[] {
  return type.memberTypes
    .map((memberType) => ({
      uri: memberGroupUri(interactionUri, memberType.name),
      memberType,
      members: members
        .filter((member) => member.memberTypeId === memberType.id)
        .sort((a, b) => a.position - b.position)
        .map((member) => ({ entityId: member.entityId })),
    }))
    .filter((group) => group.members.length > 0);
}
