import { requestError } from '../../errors/request-errors.ts';
import type { AttributeTypeModel } from '../configuration/model.ts';
import { canonicalValue } from './values.ts';

export interface AttributeEquals {
  name: string;
  value: string | number | boolean;
}

/**
 * Conditions (for Prisma's `AND`) on entities or interactions that have every given value:
 * each value is compared as its attribute stores it, in whichever of `types` defines the
 * attribute. An attribute no type defines is a 400; a value no such attribute could hold
 * matches nothing.
 */
export function attributeConditions(
  types: ReadonlyArray<{ attributes: readonly AttributeTypeModel[] }>,
  conditions: readonly AttributeEquals[],
  kind: 'entity' | 'interaction',
): Array<Record<string, unknown>> {
  return conditions.map((condition) => {
    const attributes = types.flatMap((type) => type.attributes.filter((attribute) => attribute.name === condition.name));
    if (!attributes.length) throw requestError('BAD_REQUEST', `no ${kind} type has an attribute ${condition.name}`);
    const alternatives = attributes.flatMap((attribute) => {
      const checked = canonicalValue(attribute.valueType, condition.value);
      return checked.ok ? [{ attributeTypeId: attribute.id, value: checked.text }] : [];
    });
    return { attributes: { some: alternatives.length ? { OR: alternatives } : { attributeTypeId: '' } } };
  });
}
