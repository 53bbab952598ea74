// Checks the attributes given for an entity or interaction against its type's attributes.
import { problem, type Problem } from '../../errors/catalog.ts';
import { quote } from '../../errors/quote.ts';
import type { AttributeTypeModel } from '../configuration/model.ts';
import { canonicalValue, isBlankValue } from './values.ts';

export interface AttributeInput {
  name: string;
  values: readonly unknown[];
}

export interface CheckedValue {
  attribute: AttributeTypeModel;
  /** Canonical text of the value, as stored. */
  text: string;
  /** Order among the attribute's values. */
  position: number;
}

type Path = Array<string | number>;

/**
 * The canonical values of `inputs` for a type with `attributes`, and every problem with
 * them; an attribute takes at most `maxValues` values (MAX_VALUES_PER_ATTRIBUTE). Required
 * attributes are not checked here but by `missingRequired`, over the whole set of values
 * the object will have.
 */
export function checkAttributes(
  attributes: AttributeTypeModel[],
  inputs: readonly AttributeInput[],
  path: Path,
  maxValues: number,
  /** Leave attributes the type does not define to the caller (free-form properties) rather than refuse them. */
  skipUnknown = false,
): { values: CheckedValue[]; problems: Problem[]; rejected: Set<string> } {
  const byName = new Map(attributes.map((attribute) => [attribute.name, attribute]));
  const values: CheckedValue[] = [];
  const problems: Problem[] = [];
  const counts = new Map<string, number>();
  // Attributes given only invalid values: already reported, so not reported missing too.
  const rejected = new Set<string>();
  inputs.forEach((input, inputIndex) => {
    const attribute = byName.get(input.name);
    if (!attribute) {
      if (skipUnknown) return;
      problems.push(problem('UNKNOWN_ATTRIBUTE', `attribute ${input.name} is not defined`, [...path, inputIndex, 'name']));
      return;
    }
    const given = (counts.get(attribute.name) ?? 0) + input.values.length;
    if (given > maxValues) {
      // Refused before its values are looked at: a million values cost nothing to refuse.
      rejected.add(attribute.id);
      problems.push(
        problem('TOO_MANY_VALUES', `${attribute.name} takes at most ${maxValues} values, got ${given}`, [...path, inputIndex, 'values']),
      );
      return;
    }
    input.values.forEach((raw, valueIndex) => {
      if (isBlankValue(raw)) return;
      const checked = canonicalValue(attribute.valueType, raw);
      if (!checked.ok) {
        if (!counts.get(attribute.name)) rejected.add(attribute.id);
        problems.push(
          problem('INVALID_ATTRIBUTE_VALUE', `${attribute.name}: ${checked.reason}, got ${quote(raw)}`, [
            ...path,
            inputIndex,
            'values',
            valueIndex,
          ]),
        );
        return;
      }
      const refusal = enumerationRefusal(attribute, checked.text, values);
      if (refusal) {
        if (!counts.get(attribute.name)) rejected.add(attribute.id);
        problems.push(problem('VALUE_NOT_ALLOWED', `${attribute.name}: ${refusal}`, [...path, inputIndex, 'values', valueIndex]));
        return;
      }
      rejected.delete(attribute.id);
      const position = counts.get(attribute.name) ?? 0;
      counts.set(attribute.name, position + 1);
      values.push({ attribute, text: checked.text, position });
    });
    if (!attribute.multiValued && (counts.get(attribute.name) ?? 0) > 1) {
      problems.push(
        problem('TOO_MANY_VALUES', `${attribute.name} takes one value, got ${counts.get(attribute.name)}`, [...path, inputIndex, 'values']),
      );
    }
  });
  return { values, problems, rejected };
}

/** Problems for required attributes without a value among `values` (but for those in `rejected`). */
export function missingRequired(
  attributes: AttributeTypeModel[],
  values: CheckedValue[],
  path: Path,
  rejected: ReadonlySet<string> = new Set(),
): Problem[] {
  return attributes
    .filter(
      (attribute) => attribute.required && !rejected.has(attribute.id) && !values.some((value) => value.attribute.id === attribute.id),
    )
    .map((attribute) => problem('MISSING_REQUIRED_ATTRIBUTE', `required attribute ${attribute.name} has no value`, path));
}

/** Why an enumeration refuses the value (canonical text), or null when it takes it. */
function enumerationRefusal(attribute: AttributeTypeModel, text: string, accepted: readonly CheckedValue[]): string | null {
  if (!attribute.allowedValues) return null;
  if (!attribute.allowedValues.includes(text))
    return `${quote(text)} is not one of ${attribute.allowedValues.map((value) => quote(value)).join(', ')}`;
  // A flag enumeration is a set: each flag is set once.
  if (attribute.flagEnum && accepted.some((value) => value.attribute === attribute && value.text === text))
    return `flag ${quote(text)} is given twice`;
  return null;
}
