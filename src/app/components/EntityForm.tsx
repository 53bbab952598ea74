// A new entity of a type, with a field per attribute (the same fields as interactions), so
// that an empty tenant can be tried at once.
import { useState, type FormEvent } from 'react';
import { useCreateEntitiesMutation, type EntityFieldsFragment, type EntityTypeFieldsFragment } from '../../client/index.ts';
import { attributeInput, type FieldValue } from '../values.ts';
import { AttributeField } from './AttributeField.tsx';
import { Problems } from './Problems.tsx';
import { RequestError } from './RequestError.tsx';

interface Props {
  entityTypes: EntityTypeFieldsFragment[];
  onCreated: (entity: EntityFieldsFragment) => void;
}

export function EntityForm({ entityTypes, onCreated }: Props) {
  const [typeUri, setTypeUri] = useState(entityTypes[0]?.uri ?? '');
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  const [creation, createEntities] = useCreateEntitiesMutation();
  const type = entityTypes.find((candidate) => candidate.uri === typeUri);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!type) return;
    const attributes = type.attributes.flatMap((attribute) => attributeInput(attribute, values[attribute.name]) ?? []);
    const answer = await createEntities({ entities: [{ type: type.uri, attributes }] });
    const created = answer.data?.createEntities[0]?.object;
    if (created) {
      setValues({});
      onCreated(created);
    }
  };
  return (
    <details>
      <summary>New entity</summary>
      <form onSubmit={(event) => void submit(event)} aria-label="New entity">
        <label>
          Type
          <select value={typeUri} onChange={(event) => setTypeUri(event.target.value)}>
            {entityTypes.map((candidate) => (
              <option key={candidate.uri} value={candidate.uri}>
                {candidate.label ?? candidate.name}
              </option>
            ))}
          </select>
        </label>
        {type?.attributes.map((attribute) => (
          <AttributeField
            key={attribute.uri}
            attribute={attribute}
            value={values[attribute.name]}
            onChange={(value) => setValues({ ...values, [attribute.name]: value })}
          />
        ))}
        <button type="submit" disabled={creation.fetching}>
          Create entity
        </button>
        <RequestError error={creation.error} />
        {creation.data?.createEntities.map((result) => (
          <Problems key={result.index} problems={result.errors} />
        ))}
      </form>
    </details>
  );
}
