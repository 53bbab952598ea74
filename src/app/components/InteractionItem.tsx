// One interaction of a timeline: type, time, the parts the entity plays, values and members.
// Delete goes through the kit's cache, which fetches the timeline again without it.
import { useDeleteInteractionsMutation, type InteractionDetailsFragment } from '../../client/index.ts';
import { formatTime } from '../values.ts';
import { Problems } from './Problems.tsx';
import { RequestError } from './RequestError.tsx';

export function InteractionItem({ interaction, roles }: { interaction: InteractionDetailsFragment; roles: string[] }) {
  const [deletion, deleteInteractions] = useDeleteInteractionsMutation();
  const refused = deletion.data?.deleteInteractions.flatMap((result) => result.errors) ?? [];
  return (
    <article data-testid="timeline-item" data-uri={interaction.uri}>
      <strong>{interaction.type.label ?? interaction.type.name}</strong> <span className="muted">{formatTime(interaction.timestamp)}</span>{' '}
      {roles.map((role) => (
        <span className="chip" key={role}>
          as {role}
        </span>
      ))}
      <ul>
        {interaction.attributes.map((attribute) => (
          <li key={attribute.name}>
            {attribute.name}: {attribute.values.map((value) => String(value.value)).join(', ')}
          </li>
        ))}
        {interaction.members.map((group) => (
          <li key={group.uri}>
            {group.participant.label ?? group.participant.name}:{' '}
            {group.members.map((member) => member.label ?? member.objectURI).join(', ')}
          </li>
        ))}
      </ul>
      <span className="muted">{interaction.uri}</span>{' '}
      <button type="button" disabled={deletion.fetching} onClick={() => void deleteInteractions({ uris: [interaction.uri] })}>
        Delete
      </button>
      <RequestError error={deletion.error} />
      <Problems problems={refused} />
    </article>
  );
}
