// The members of one participant: the entity chosen above, or any found by searching the
// entity types the participant allows, up to its maxOccurs.
import { useState } from 'react';
import type { EntityFieldsFragment, EntityTypeFieldsFragment, ParticipantFieldsFragment } from '../../client/index.ts';
import { EntityPicker } from './EntityPicker.tsx';

export interface PickedMember {
  uri: string;
  label: string;
}

interface Props {
  participant: ParticipantFieldsFragment;
  entityTypes: EntityTypeFieldsFragment[];
  entity: EntityFieldsFragment | null;
  members: PickedMember[];
  onChange: (members: PickedMember[]) => void;
}

export function MemberPicker({ participant, entityTypes, entity, members, onChange }: Props) {
  const [searching, setSearching] = useState(false);
  const allowed = entityTypes.filter((type) => participant.entityTypes.some((candidate) => candidate.uri === type.uri));
  const full = participant.maxOccurs !== null && members.length >= participant.maxOccurs;
  const add = (picked: EntityFieldsFragment) => {
    if (!full && !members.some((member) => member.uri === picked.uri))
      onChange([...members, { uri: picked.uri, label: picked.label ?? picked.uri }]);
  };
  const fits = entity !== null && allowed.some((type) => type.uri === entity.type.uri);
  const name = participant.label ?? participant.name;
  return (
    <fieldset aria-label={`Members: ${name}`}>
      <legend>
        {name}{' '}
        <span className="muted">
          {participant.minOccurs}–{participant.maxOccurs ?? 'any'} of {allowed.map((type) => type.label ?? type.name).join(', ')}
          {participant.mapping ? '; found by its mapping when none is given' : ''}
        </span>
      </legend>
      {members.map((member) => (
        <span className="chip" key={member.uri}>
          {member.label}{' '}
          <button
            type="button"
            aria-label={`Remove ${member.label}`}
            onClick={() => onChange(members.filter((item) => item.uri !== member.uri))}
          >
            ×
          </button>
        </span>
      ))}
      <div>
        <button type="button" disabled={!fits || full} onClick={() => entity && add(entity)}>
          Add {entity?.label ?? 'the chosen entity'} as {name}
        </button>
        <button type="button" onClick={() => setSearching(!searching)}>
          {searching ? 'Close search' : 'Search…'}
        </button>
      </div>
      {searching && allowed.length ? <EntityPicker entityTypes={allowed} legend={`Find ${name}`} onPick={add} /> : null}
    </fieldset>
  );
}
