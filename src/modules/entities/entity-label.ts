import type { EntityTypeModel } from '../configuration/model.ts';
import type { StoredValue } from '../attributes/stored-values.ts';

/** An entity's label: the first value of its type's label attribute, if any. */
export function labelOf(type: EntityTypeModel, values: readonly StoredValue[]): string | null {
  const attribute = type.attributes.find((candidate) => candidate.name === type.labelAttribute);
  if (!attribute) return null;
  const first = values.filter((value) => value.attributeTypeId === attribute.id).sort((a, b) => a.position - b.position)[0];
  return first?.value ?? null;
}
