// The statements reading the attribute values and crosswalks of many stored objects of one
// kind at once (see the loaders), the same for entities and interactions: each row names
// its owner as `ownerId`, rows come in owner order, then in the parts' own order.
import { readStatement } from '../../db/prepared-reads.ts';
import type { StoredValue } from '../attributes/stored-values.ts';
import type { StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';

export function partStatements(owner: 'Entity' | 'Interaction') {
  const ownerColumn = owner === 'Entity' ? '"entityId"' : '"interactionId"';
  const name = owner.toLowerCase();
  return {
    values: readStatement<StoredValue & { ownerId: string }>(
      `${name}_values`,
      `SELECT id, ${ownerColumn} AS "ownerId", "attributeTypeId", value, position FROM "${owner}AttributeValue"
      WHERE "tenantId" = ? AND ${ownerColumn} IN IDS ORDER BY ${ownerColumn}, position`,
    ),
    crosswalks: readStatement<StoredCrosswalk & { ownerId: string }>(
      `${name}_crosswalks`,
      `SELECT id, ${ownerColumn} AS "ownerId", "sourceId", value, "createdTime" FROM "${owner}Crosswalk"
      WHERE "tenantId" = ? AND ${ownerColumn} IN IDS ORDER BY ${ownerColumn}, "createdTime", id`,
      ['createdTime'],
    ),
  };
}
