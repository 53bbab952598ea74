import type { AttributeInput } from '../attributes/check-attributes.ts';
import type { CrosswalkInput } from '../crosswalks/prepare-crosswalks.ts';

export interface MemberInput {
  objectURI?: string | null;
  crosswalks?: readonly CrosswalkInput[] | null;
  /** A visitor not known yet (see src/modules/anonymous). */
  anonymousId?: string | null;
}

export interface MemberGroupInput {
  /** Participant name or URI. */
  participant: string;
  members: readonly MemberInput[];
}

export interface InteractionInput {
  type: string;
  timestamp?: bigint | null;
  attributes?: readonly AttributeInput[] | null;
  members?: readonly MemberGroupInput[] | null;
  crosswalks?: readonly CrosswalkInput[] | null;
}
