import type { AttributeTypeModel } from '../configuration/model.ts';
import { typedValue, type TypedValue } from './values.ts';
import { attributeValueUri } from '../uris/uris.ts';

export interface AttributeValueModel {
  uri: string;
  value: TypedValue;
}

/** The values of one attribute of an object, as reads return them. */
export interface AttributeGroup {
  name: string;
  type: AttributeTypeModel;
  values: AttributeValueModel[];
}

interface StoredValueLike {
  id: string;
  attributeTypeId: string;
  value: string;
  position: number;
}

/**
 * An object's stored values grouped by attribute, in the type's attribute order; hidden
 * attributes only when asked for.
 */
export function groupAttributes(
  ownerUri: string,
  attributeTypes: AttributeTypeModel[],
  values: readonly StoredValueLike[],
  includeHidden: boolean,
): AttributeGroup[] {
  return attributeTypes
    .filter((attribute) => includeHidden || !attribute.hidden)
    .map((attribute) => ({
      name: attribute.name,
      type: attribute,
      values: values
        .filter((value) => value.attributeTypeId === attribute.id)
        .sort((a, b) => a.position - b.position)
        .map((value) => ({
          uri: attributeValueUri(ownerUri, attribute.name, value.id),
          value: typedValue(attribute.valueType, value.value),
        })),
    }))
    .filter((group) => group.values.length > 0);
}
