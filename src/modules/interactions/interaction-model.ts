import type { InteractionMemberRecord, InteractionRecord } from '../../db/client.ts';
import type { StoredCrosswalk, StoredValue } from '../entities/entity-model.ts';

export type InteractionRow = InteractionRecord;

/** A member of an interaction, without the interaction it is read for. */
export type StoredMember = Pick<InteractionMemberRecord, 'id' | 'memberTypeId' | 'entityId' | 'position'>;

/** An interaction as services and resolvers pass it: its row, with parts already at hand. */
export interface InteractionModel extends InteractionRow {
  attributes?: StoredValue[];
  crosswalks?: StoredCrosswalk[];
  members?: StoredMember[];
  showHidden?: boolean;
}

export const interactionUri = (id: string) => `interactions/${id}`;

/** The id in an interaction URI, or null when the URI is not an interaction's. */
export function interactionIdFromUri(uri: string): string | null {
  const match = /^interactions\/([0-9A-Za-z]{1,32})$/.exec(uri);
  return match ? match[1]! : null;
}
