// Entities as services and resolvers pass them around: the stored row, with its values and
// crosswalks when they are already at hand (just written), loaded on demand otherwise.

export interface EntityRow {
  tenantId: string;
  id: string;
  entityTypeId: string;
  label: string | null;
  createdTime: bigint;
  updatedTime: bigint;
  createdBy: string;
  updatedBy: string;
}

export interface StoredValue {
  id: string;
  attributeTypeId: string;
  value: string;
  position: number;
}

export interface StoredCrosswalk {
  id: string;
  sourceId: string;
  value: string;
  createdTime: bigint;
}

export interface EntityModel extends EntityRow {
  attributes?: StoredValue[];
  crosswalks?: StoredCrosswalk[];
  /** Whether reads of this object show hidden attributes unless a field says otherwise. */
  showHidden?: boolean;
}

export const entityUri = (id: string) => `entities/${id}`;

/** The id in an entity URI, or null when the URI is not an entity's. */
export function entityIdFromUri(uri: string): string | null {
  const match = /^entities\/([0-9A-Za-z]{1,32})$/.exec(uri);
  return match ? match[1]! : null;
}
