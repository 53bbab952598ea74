// Entities of some types, optionally those with one attribute value, a page at a time. A
// cursor belongs to the list it came from: any change of the filter starts at the first page.
import { useState } from 'react';
import { useSearchEntitiesQuery, type EntityFieldsFragment, type EntityTypeFieldsFragment } from '../../client/index.ts';
import { RequestError } from './RequestError.tsx';

const PAGE = 10;

interface Props {
  entityTypes: EntityTypeFieldsFragment[];
  legend: string;
  onPick: (entity: EntityFieldsFragment) => void;
}

export function EntityPicker({ entityTypes, legend, onPick }: Props) {
  const [typeUri, setTypeUri] = useState(entityTypes[0]?.uri ?? '');
  const [attribute, setAttribute] = useState('');
  const [value, setValue] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const type = entityTypes.find((candidate) => candidate.uri === typeUri);
  const filter = {
    types: type ? [type.uri] : entityTypes.map((candidate) => candidate.uri),
    ...(attribute && value.trim() ? { attributes: [{ name: attribute, value: value.trim() }] } : {}),
  };
  const [{ data, fetching, error }] = useSearchEntitiesQuery({ variables: { filter, first: PAGE, after } });
  const page = data?.entities;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        <label>
          Entity type
          <select
            value={typeUri}
            onChange={(event) => {
              setTypeUri(event.target.value);
              setAttribute('');
              setAfter(null);
            }}
          >
            {entityTypes.map((candidate) => (
              <option key={candidate.uri} value={candidate.uri}>
                {candidate.label ?? candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Attribute
          <select
            value={attribute}
            onChange={(event) => {
              setAttribute(event.target.value);
              setAfter(null);
            }}
          >
            <option value="">any</option>
            {type?.attributes.map((candidate) => (
              <option key={candidate.uri} value={candidate.name}>
                {candidate.label ?? candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          equals
          <input
            value={value}
            disabled={!attribute}
            onChange={(event) => {
              setValue(event.target.value);
              setAfter(null);
            }}
          />
        </label>
      </div>
      <RequestError error={error} />
      {fetching && !page ? <p className="muted">Searching…</p> : null}
      {page ? (
        <>
          <p className="muted">{page.totalCount} found</p>
          <ul>
            {page.edges.map(({ node }) => (
              <li key={node.uri}>
                <button type="button" onClick={() => onPick(node)}>
                  Choose
                </button>{' '}
                {node.label ?? node.uri} <span className="muted">{node.type.label ?? node.type.name}</span>
              </li>
            ))}
          </ul>
          <button type="button" disabled={!after} onClick={() => setAfter(null)}>
            First page
          </button>
          <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => setAfter(page.pageInfo.endCursor)}>
            Next page
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
