import type { EntityAttributeValueRecord } from '../../db/client.ts';
import { newId } from '../../db/ids.ts';
import type { CheckedValue } from './check-attributes.ts';

/** An attribute value of an entity or an interaction, without the owner it is read for. */
export type StoredValue = Pick<EntityAttributeValueRecord, 'id' | 'attributeTypeId' | 'value' | 'position'>;

/** Checked values as they are stored, each with a new id. */
export const newStoredValues = (values: readonly CheckedValue[]): StoredValue[] =>
  values.map((value) => ({ id: newId(), attributeTypeId: value.attribute.id, value: value.text, position: value.position }));
