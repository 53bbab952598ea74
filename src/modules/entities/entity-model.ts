// Entities as services and resolvers pass them around: the stored row, with its values and
// crosswalks when they are already at hand (just written), loaded on demand otherwise.

import type { EntityRecord } from '../../db/client.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';

export type EntityRow = EntityRecord;

export interface EntityModel extends EntityRow {
  attributes?: StoredValue[];
  crosswalks?: StoredCrosswalk[];
  /** Whether reads of this object show hidden attributes unless a field says otherwise. */
  showHidden?: boolean;
}
