// Entities as services and resolvers pass them around: the stored row, with its values and
// crosswalks when they are already at hand (just written), loaded on demand otherwise.

import type { EntityAttributeValueRecord, EntityCrosswalkRecord, EntityRecord } from '../../db/client.ts';

export type EntityRow = EntityRecord;

/** An attribute value of an entity or an interaction, without the owner it is read for. */
export type StoredValue = Pick<EntityAttributeValueRecord, 'id' | 'attributeTypeId' | 'value' | 'position'>;

/** A crosswalk of an entity or an interaction, without the owner it is read for. */
export type StoredCrosswalk = Pick<EntityCrosswalkRecord, 'id' | 'sourceId' | 'value' | 'createdTime'>;

export interface EntityModel extends EntityRow {
  attributes?: StoredValue[];
  crosswalks?: StoredCrosswalk[];
  /** Whether reads of this object show hidden attributes unless a field says otherwise. */
  showHidden?: boolean;
}
