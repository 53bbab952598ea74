import type { StoredCrosswalk, StoredValue } from '../entities/entity-model.ts';

export interface InteractionRow {
  tenantId: string;
  id: string;
  interactionTypeId: string;
  timestamp: bigint;
  createdTime: bigint;
  updatedTime: bigint;
  createdBy: string;
  updatedBy: string;
}

export interface StoredMember {
  id: string;
  memberTypeId: string;
  entityId: string;
  position: number;
}

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
