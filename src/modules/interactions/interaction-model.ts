import type { InteractionMemberRecord, InteractionRecord } from '../../db/client.ts';
import type { PropertyValue } from '../properties/free-form-properties.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';

export type InteractionRow = InteractionRecord;

/** A member of an interaction, without the interaction it is read for. */
export type StoredMember = Pick<InteractionMemberRecord, 'id' | 'participantId' | 'entityId' | 'position'>;

/** An interaction as services and resolvers pass it: its row, with parts already at hand. */
export interface InteractionModel extends InteractionRow {
  attributes?: StoredValue[];
  properties?: PropertyValue[];
  crosswalks?: StoredCrosswalk[];
  members?: StoredMember[];
  showHidden?: boolean;
}
