// Free-form properties: values of attributes an interaction's type does not define, kept when
// the type's enforcement is WARN or OPEN. They are read back with their JSON kind and can be
// filtered on by name and value; no rule of the type applies to them.
import { problem, type Problem } from '../../errors/catalog.ts';
import type { AttributeInput } from '../attributes/check-attributes.ts';
import { isBlankValue, MAX_TEXT_BYTES } from '../attributes/values.ts';
import type { InteractionTypeModel } from '../configuration/model.ts';

export type PropertyKind = 'string' | 'number' | 'boolean';

/** One stored value of a property, in order within the interaction. */
export interface PropertyValue {
  position: number;
  name: string;
  /** The value as text: a number in JavaScript's shortest form, a boolean as true or false. */
  value: string;
  kind: PropertyKind;
}

// Names of a caller's own making: bounded so that one interaction cannot carry a document.
export const MAX_PROPERTY_NAME_BYTES = 200;
export const MAX_PROPERTIES_PER_INTERACTION = 200;

/** The stored text and kind of a property value; null for what is not a scalar. */
export function propertyText(value: unknown): { value: string; kind: PropertyKind } | null {
  // As long as an attribute's text at most: the value is indexed, and an index entry is bounded.
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') <= MAX_TEXT_BYTES ? { value, kind: 'string' } : null;
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value), kind: 'number' };
  if (typeof value === 'boolean') return { value: String(value), kind: 'boolean' };
  return null;
}

/** The value as it was given: a string, number or boolean. */
export const propertyValue = ({ value, kind }: Pick<PropertyValue, 'value' | 'kind'>): string | number | boolean =>
  kind === 'number' ? Number(value) : kind === 'boolean' ? value === 'true' : value;

/**
 * The properties of the attribute inputs the type does not define, when its enforcement keeps
 * them (empty for STRICT, whose check refuses them), with a PROPERTY_KEPT warning each under WARN.
 */
export function freeFormProperties(
  type: InteractionTypeModel,
  inputs: readonly AttributeInput[],
  path: Array<string | number>,
  maxValues: number,
): { properties: PropertyValue[]; errors: Problem[]; warnings: Problem[] } {
  const properties: PropertyValue[] = [];
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (type.enforcement === 'STRICT') return { properties, errors, warnings };
  const defined = new Set(type.attributes.map((attribute) => attribute.name));
  inputs.forEach((input, index) => {
    if (defined.has(input.name)) return;
    const at = [...path, index];
    if (!input.name.trim() || Buffer.byteLength(input.name, 'utf8') > MAX_PROPERTY_NAME_BYTES) {
      errors.push(problem('INVALID_PROPERTY', `a property name is 1 to ${MAX_PROPERTY_NAME_BYTES} bytes, not blank`, [...at, 'name']));
      return;
    }
    if (input.values.length > maxValues) {
      errors.push(
        problem('TOO_MANY_VALUES', `${input.name} takes at most ${maxValues} values, got ${input.values.length}`, [...at, 'values']),
      );
      return;
    }
    input.values.forEach((raw, valueIndex) => {
      if (isBlankValue(raw)) return;
      const stored = propertyText(raw);
      if (!stored)
        errors.push(
          problem(
            'INVALID_PROPERTY',
            `${input.name}: a property value is a string of at most ${MAX_TEXT_BYTES} bytes, a number or a boolean`,
            [...at, 'values', valueIndex],
          ),
        );
      else properties.push({ position: properties.length, name: input.name, ...stored });
    });
    if (type.enforcement === 'WARN')
      warnings.push(
        problem('PROPERTY_KEPT', `${input.name} is not an attribute of ${type.name}: kept as a free-form property`, [...at, 'name']),
      );
  });
  if (properties.length > MAX_PROPERTIES_PER_INTERACTION)
    errors.push(
      problem(
        'INVALID_PROPERTY',
        `an interaction has at most ${MAX_PROPERTIES_PER_INTERACTION} property values, got ${properties.length}`,
        path,
      ),
    );
  return { properties, errors, warnings };
}

/** The properties as the schema shows them: each name once, in order, with its values as given. */
export function propertiesByName(values: readonly Pick<PropertyValue, 'name' | 'value' | 'kind'>[]) {
  const byName = new Map<string, Array<string | number | boolean>>();
  for (const value of values) byName.set(value.name, [...(byName.get(value.name) ?? []), propertyValue(value)]);
  return [...byName].map(([name, given]) => ({ name, values: given }));
}
