// A form generated from an interaction type's configuration: a field per attribute, by value
// type, and a member picker per participant. "Add to batch" keeps the item and starts another;
// "Create" sends the kept items and this one as one batch (this one left out when it is
// untouched and items are kept), and shows each item's outcome.
import { useState, type FormEvent } from 'react';
import {
  useCreateInteractionsMutation,
  type EntityFieldsFragment,
  type EntityTypeFieldsFragment,
  type InteractionInput,
  type InteractionTypeFieldsFragment,
} from '../../client/index.ts';
import { attributeInput, localTimeToIso, type FieldValue } from '../values.ts';
import { AttributeField } from './AttributeField.tsx';
import { BatchResults } from './BatchResults.tsx';
import { MemberPicker, type PickedMember } from './MemberPicker.tsx';
import { RequestError } from './RequestError.tsx';

interface Props {
  interactionType: InteractionTypeFieldsFragment;
  entityTypes: EntityTypeFieldsFragment[];
  entity: EntityFieldsFragment | null;
}

interface Draft {
  timestamp: string;
  attributes: Record<string, FieldValue>;
  members: Record<string, PickedMember[]>;
}

const EMPTY: Draft = { timestamp: '', attributes: {}, members: {} };

function toInput(type: InteractionTypeFieldsFragment, draft: Draft): InteractionInput {
  const attributes = type.attributes.flatMap((attribute) => attributeInput(attribute, draft.attributes[attribute.name]) ?? []);
  const members = type.participants
    .filter((participant) => draft.members[participant.name]?.length)
    .map((participant) => ({
      participant: participant.name,
      members: (draft.members[participant.name] ?? []).map(({ uri }) => ({ objectURI: uri })),
    }));
  return {
    type: type.uri,
    ...(draft.timestamp ? { timestamp: localTimeToIso(draft.timestamp) } : {}),
    ...(attributes.length ? { attributes } : {}),
    ...(members.length ? { members } : {}),
  };
}

export function InteractionForm({ interactionType, entityTypes, entity }: Props) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [batch, setBatch] = useState<InteractionInput[]>([]);
  const [creation, createInteractions] = useCreateInteractionsMutation();
  const name = interactionType.label ?? interactionType.name;
  // An untouched form after "Add to batch" is not an item: sent, it would only fail.
  const items = draft === EMPTY && batch.length ? batch : [...batch, toInput(interactionType, draft)];
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createInteractions({ interactions: items });
    // Only a batch that was answered is done with; a refused request keeps its items to resend.
    if (answer.data) {
      setBatch([]);
      setDraft(EMPTY);
    }
  };
  return (
    <form onSubmit={(event) => void send(event)} aria-label={`New ${name}`}>
      <h2>New {name}</h2>
      <label>
        Timestamp{' '}
        <span className="muted">
          {interactionType.timestampAttribute ? `(taken from ${interactionType.timestampAttribute})` : '(now when empty)'}
        </span>
        <input type="datetime-local" value={draft.timestamp} onChange={(event) => setDraft({ ...draft, timestamp: event.target.value })} />
      </label>
      {interactionType.attributes.map((attribute) => (
        <AttributeField
          key={attribute.uri}
          attribute={attribute}
          value={draft.attributes[attribute.name]}
          onChange={(value) => setDraft({ ...draft, attributes: { ...draft.attributes, [attribute.name]: value } })}
        />
      ))}
      {interactionType.participants.map((participant) => (
        <MemberPicker
          key={participant.uri}
          participant={participant}
          entityTypes={entityTypes}
          entity={entity}
          members={draft.members[participant.name] ?? []}
          onChange={(members) => setDraft({ ...draft, members: { ...draft.members, [participant.name]: members } })}
        />
      ))}
      <div className="row">
        <button
          type="button"
          onClick={() => {
            setBatch([...batch, toInput(interactionType, draft)]);
            setDraft(EMPTY);
          }}
        >
          Add to batch
        </button>
        <button type="submit" disabled={creation.fetching}>
          Create{batch.length ? ` (${items.length} item${items.length === 1 ? '' : 's'})` : ''}
        </button>
        {batch.length ? (
          <button type="button" onClick={() => setBatch([])}>
            Clear batch
          </button>
        ) : null}
      </div>
      {batch.length ? <p className="muted">{batch.length} item(s) kept for the batch.</p> : null}
      <RequestError error={creation.error} />
      <BatchResults results={creation.data?.createInteractions ?? []} />
    </form>
  );
}
