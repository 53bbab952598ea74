// What makes two interactions "the same event" for a 536: a loader that retries after a
// timeout sends an identical input, which is a harmless replay, not a conflict.
import { compositeKey } from '../../db/batching.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { Draft } from './prepare-interaction.ts';
import type { ResolvedMember } from './resolve-members.ts';

export interface Signature {
  typeId: string;
  /** Null when the input left the timestamp to the service (then it cannot differ). */
  timestamp: bigint | null;
  /** Attribute values, then free-form property values (keyed apart: a property is not an attribute). */
  values: string[];
  members: string[];
}

const propertyKeys = (properties: ReadonlyArray<{ name: string; value: string; kind: string }>) =>
  properties.map((property) => compositeKey('property', property.name, property.kind, property.value));

export function signatureOfDraft(draft: Draft, members: ResolvedMember[]): Signature {
  return {
    typeId: draft.type.id,
    timestamp: draft.timestampGiven ? draft.timestamp : null,
    values: [...draft.values.map((value) => compositeKey(value.attribute.id, value.text)), ...propertyKeys(draft.properties)].sort(),
    members: members.map((member) => compositeKey(member.participantId, member.entity.id)).sort(),
  };
}

/** Signatures of stored interactions, read through the batched loaders. */
export async function storedSignatures(ctx: ServiceContext, ids: string[]): Promise<Map<string, Signature>> {
  const { storedInteractionById, attributesOfInteraction, membersOfInteraction, propertiesOfInteraction } = ctx.loaders;
  const [rows, values, members, properties] = await Promise.all([
    storedInteractionById.loadMany(ids),
    attributesOfInteraction.loadMany(ids),
    membersOfInteraction.loadMany(ids),
    propertiesOfInteraction.loadMany(ids),
  ]);
  const signatures = new Map<string, Signature>();
  ids.forEach((id, index) => {
    const row = rows[index];
    const rowValues = values[index];
    const rowMembers = members[index];
    const rowProperties = properties[index];
    if (!row || row instanceof Error || rowValues instanceof Error || rowMembers instanceof Error || !rowValues || !rowMembers) return;
    if (!rowProperties || rowProperties instanceof Error) return;
    signatures.set(id, {
      typeId: row.interactionTypeId,
      timestamp: row.timestamp,
      values: [...rowValues.map((value) => compositeKey(value.attributeTypeId, value.value)), ...propertyKeys(rowProperties)].sort(),
      members: rowMembers.map((member) => compositeKey(member.participantId, member.entityId)).sort(),
    });
  });
  return signatures;
}

/** Whether an input's signature matches another's; a timestamp left to the service matches any. */
export function sameInteraction(input: Signature, other: Signature | null): boolean {
  if (!other) return false;
  return (
    input.typeId === other.typeId &&
    (input.timestamp === null || other.timestamp === null || input.timestamp === other.timestamp) &&
    JSON.stringify(input.values) === JSON.stringify(other.values) &&
    JSON.stringify(input.members) === JSON.stringify(other.members)
  );
}
