// Form text to attribute values, by the attribute's value type. Values are sent as typed
// where the type is a number or a boolean; anything else goes as text, which the service reads
// by the same rules (digits for an INTEGER, ISO-8601 for a TIMESTAMP) and, when it cannot,
// refuses on that item alone, which the app then shows.
import type { AttributeInput, AttributeTypeFieldsFragment, AttributeValueType } from '../client/index.ts';

/** What a form field holds: text, the lines of a multi-valued field, or a flag enumeration's picks. */
export type FieldValue = string | string[];

export function scalarOf(valueType: AttributeValueType, text: string): string | number | boolean {
  const trimmed = text.trim();
  if ((valueType === 'INTEGER' || valueType === 'FLOAT') && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (valueType === 'BOOLEAN' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (valueType === 'TIMESTAMP' && LOCAL_TIME.test(trimmed)) return localTimeToIso(trimmed);
  return text;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A datetime-local field's text (no zone; the service needs one) read as the browser's local time. */
export function localTimeToIso(text: string): string {
  return LOCAL_TIME.test(text) ? new Date(text).toISOString() : text;
}

/** The attribute's values from its field, or null when the field is empty. */
export function attributeInput(type: AttributeTypeFieldsFragment, value: FieldValue | undefined): AttributeInput | null {
  const lines = Array.isArray(value) ? value : type.multiValued ? (value ?? '').split('\n') : [value ?? ''];
  const texts = lines.filter((text) => text.trim() !== '');
  return texts.length ? { name: type.name, values: texts.map((text) => scalarOf(type.valueType, text)) } : null;
}

/** The HTML input type that fits a value type. */
export function inputTypeOf(valueType: AttributeValueType): string {
  switch (valueType) {
    case 'INTEGER':
    case 'FLOAT':
      return 'number';
    case 'DATE':
      return 'date';
    case 'TIMESTAMP':
      return 'datetime-local';
    default:
      return 'text';
  }
}

export function formatTime(millis: number): string {
  return new Date(millis).toLocaleString();
}
