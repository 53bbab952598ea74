// One attribute's field, by its configuration: a choice for enumerations, check boxes for a
// flag enumeration, a value per line when multi-valued, else an input of the value type's kind.
// Required is marked but not enforced here: the service's per-item errors say what is missing.
import type { AttributeTypeFieldsFragment } from '../../client/index.ts';
import { inputTypeOf, type FieldValue } from '../values.ts';

interface Props {
  attribute: AttributeTypeFieldsFragment;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
}

export function AttributeField({ attribute, value, onChange }: Props) {
  const caption = `${attribute.label ?? attribute.name}${attribute.required ? ' *' : ''}`;
  // Hidden attributes are written like any other; reads leave them out unless asked.
  const hint = (
    <span className="muted">
      {' '}
      {attribute.valueType.toLowerCase()}
      {attribute.hidden ? ', hidden in reads' : ''}
    </span>
  );
  const text = typeof value === 'string' ? value : '';
  if (attribute.allowedValues && attribute.flagEnum) {
    const picked = Array.isArray(value) ? value : [];
    return (
      <fieldset>
        <legend>{caption}</legend>
        {attribute.allowedValues.map((allowed) => (
          <label key={allowed}>
            <input
              type="checkbox"
              checked={picked.includes(allowed)}
              onChange={(event) => onChange(event.target.checked ? [...picked, allowed] : picked.filter((item) => item !== allowed))}
            />{' '}
            {allowed}
          </label>
        ))}
      </fieldset>
    );
  }
  if (attribute.allowedValues || attribute.valueType === 'BOOLEAN') {
    const choices = attribute.allowedValues ?? ['true', 'false'];
    return (
      <label>
        {caption}
        {hint}
        <select value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="">(none)</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (attribute.multiValued) {
    return (
      <label>
        {caption}
        {hint}, one value per line
        <textarea rows={2} value={text} onChange={(event) => onChange(event.target.value)} />
      </label>
    );
  }
  return (
    <label>
      {caption}
      {hint}
      <input
        type={inputTypeOf(attribute.valueType)}
        step={attribute.valueType === 'FLOAT' ? 'any' : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
