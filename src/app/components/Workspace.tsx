// Choose an interaction type and an entity; then the entity's timeline beside the form that
// creates interactions of the type.
import { useState } from 'react';
import { useConfigurationQuery, type EntityFieldsFragment } from '../../client/index.ts';
import { EntityForm } from './EntityForm.tsx';
import { EntityPicker } from './EntityPicker.tsx';
import { InteractionForm } from './InteractionForm.tsx';
import { RequestError } from './RequestError.tsx';
import { Timeline } from './Timeline.tsx';

export function Workspace() {
  const [{ data, fetching, error }] = useConfigurationQuery();
  const [typeUri, setTypeUri] = useState('');
  const [entity, setEntity] = useState<EntityFieldsFragment | null>(null);
  const [onlyType, setOnlyType] = useState(false);
  if (fetching && !data) return <p className="muted">Loading the configuration…</p>;
  if (!data) return <RequestError error={error} />;
  const interactionType = data.interactionTypes.find((type) => type.uri === typeUri) ?? data.interactionTypes[0];
  return (
    <>
      <RequestError error={error} />
      <section>
        <div className="row">
          <label>
            Interaction type
            <select value={interactionType?.uri ?? ''} onChange={(event) => setTypeUri(event.target.value)}>
              {data.interactionTypes.map((type) => (
                <option key={type.uri} value={type.uri}>
                  {type.label ?? type.name}
                </option>
              ))}
            </select>
          </label>
          <p>
            Entity: <strong data-testid="chosen-entity">{entity ? (entity.label ?? entity.uri) : 'none chosen'}</strong>
          </p>
        </div>
        <EntityPicker entityTypes={data.entityTypes} legend="Choose an entity" onPick={setEntity} />
        <EntityForm entityTypes={data.entityTypes} onCreated={setEntity} />
      </section>
      <div className="columns">
        <section>
          <h2>Timeline</h2>
          {entity && interactionType ? (
            <>
              <label>
                <input type="checkbox" checked={onlyType} onChange={(event) => setOnlyType(event.target.checked)} /> Only{' '}
                {interactionType.label ?? interactionType.name}
              </label>
              {/* A cursor belongs to one list: another entity, type or filter starts at its newest page. */}
              <Timeline
                key={JSON.stringify([entity.uri, onlyType, interactionType.uri])}
                entityUri={entity.uri}
                types={onlyType ? [interactionType.uri] : undefined}
              />
            </>
          ) : (
            <p className="muted">Choose an entity to see its timeline.</p>
          )}
        </section>
        <section>
          {interactionType ? (
            <InteractionForm key={interactionType.uri} interactionType={interactionType} entityTypes={data.entityTypes} entity={entity} />
          ) : (
            <p className="muted">The tenant has no interaction types yet.</p>
          )}
        </section>
      </div>
    </>
  );
}
