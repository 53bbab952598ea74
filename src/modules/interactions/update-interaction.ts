// updateInteraction: activities (interactions of mutable types) change over time. The
// changed interaction is rebuilt as a create input and checked exactly as creation checks it.
import { partRows } from '../../db/bulk-insert.ts';
import type { DbTransaction } from '../../db/client.ts';
import { newStoredValues } from '../attributes/stored-values.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import { nextUpdatedTime, writeRevision } from '../../db/optimistic.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { AttributeInput } from '../attributes/check-attributes.ts';
import { typedValue } from '../attributes/values.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { failedOutcome, newOutcome, updateStored, type UpdateRequest } from '../batch/batch-pipeline.ts';
import { entityUri, interactionIdFromUri, parseParticipantReference } from '../uris/uris.ts';
import type { InteractionInput, MemberGroupInput } from './interaction-input.ts';
import type { InteractionModel, InteractionRow } from './interaction-model.ts';
import { identityOf } from './id-key.ts';
import { prepareInteraction } from './prepare-interaction.ts';
import { newStoredMembers, resolveMembers } from './resolve-members.ts';

export interface InteractionChanges {
  timestamp?: bigint | null;
  attributes?: readonly AttributeInput[] | null;
  replaceAttributes?: boolean | null;
  members?: readonly MemberGroupInput[] | null;
  replaceMembers?: boolean | null;
}

const fail = (errors: Problem[]) => failedOutcome<InteractionModel>(errors);

export function updateInteraction(ctx: ServiceContext, request: UpdateRequest<InteractionChanges>): Promise<ItemOutcome<InteractionModel>> {
  const loaders = ctx.loaders;
  const object = {
    noun: 'interaction',
    id: interactionIdFromUri(request.uri),
    forget: (id: string) =>
      [
        loaders.interactionById,
        loaders.storedInteractionById,
        loaders.attributesOfInteraction,
        loaders.propertiesOfInteraction,
        loaders.membersOfInteraction,
        loaders.membersWithEntitiesOfInteraction,
        loaders.membersWithLabelsOfInteraction,
        loaders.crosswalksOfInteraction,
      ].forEach((loader) => loader.clear(id)),
    load: (id: string) => loaders.interactionById.load(id),
  };
  return updateStored(request, object, (row, { uri, changes, includeHidden }) => applyChanges(ctx, row, uri, changes, includeHidden));
}

async function applyChanges(ctx: ServiceContext, row: InteractionRow, uri: string, changes: InteractionChanges, includeHidden: boolean) {
  const snapshot = await ctx.configuration();
  const type = snapshot.interactionTypeById.get(row.interactionTypeId)!;
  if (!type.mutable)
    return fail([
      problem('IMMUTABLE_INTERACTION', `${uri} is a ${type.name}, an immutable interaction type: delete it and create it again`, ['uri']),
    ]);

  const [values, members, crosswalks, properties] = await Promise.all([
    ctx.loaders.attributesOfInteraction.load(row.id),
    ctx.loaders.membersOfInteraction.load(row.id),
    ctx.loaders.crosswalksOfInteraction.load(row.id),
    ctx.loaders.propertiesOfInteraction.load(row.id),
  ]);
  const namedAttributes = new Set((changes.attributes ?? []).map((input) => input.name));
  const keptAttributes: AttributeInput[] = changes.replaceAttributes
    ? []
    : type.attributes
        .filter((attribute) => !namedAttributes.has(attribute.name))
        .map((attribute) => ({
          name: attribute.name,
          values: values
            .filter((value) => value.attributeTypeId === attribute.id)
            .map((value) => typedValue(attribute.valueType, value.value)),
        }))
        .filter((input) => input.values.length > 0);
  const namedParticipants = new Set((changes.members ?? []).map((group) => parseParticipantReference(group.participant).name));
  // A participant found by its property mapping is found again when one of its mapped attributes changes.
  const remapped = new Set(
    type.participants
      .filter((participant) => participant.mapping?.properties.some((pair) => namedAttributes.has(pair.interactionAttribute)))
      .map((participant) => participant.name),
  );
  const keptMembers: MemberGroupInput[] = changes.replaceMembers
    ? []
    : type.participants
        .filter((participant) => !namedParticipants.has(participant.name) && !remapped.has(participant.name))
        .map((participant) => ({
          participant: participant.name,
          members: members
            .filter((member) => member.participantId === participant.id)
            .map((member) => ({ objectURI: entityUri(member.entityId) })),
        }))
        .filter((group) => group.members.length > 0);

  const input: InteractionInput = {
    type: type.uri,
    // A type that reads timestamps from an attribute takes the stored one from there too.
    timestamp: changes.timestamp ?? (type.timestampAttribute ? null : row.timestamp),
    attributes: [...keptAttributes, ...(changes.attributes ?? [])],
    members: [...keptMembers, ...(changes.members ?? [])],
    crosswalks: crosswalks.map((crosswalk) => ({ source: snapshot.sourceById.get(crosswalk.sourceId)!.uri, value: crosswalk.value })),
  };
  // The timestamp rules judge a new timestamp, not one stored before they were what they are.
  const newTimestamp = changes.timestamp != null || (type.timestampAttribute !== null && namedAttributes.has(type.timestampAttribute));
  const draft = prepareInteraction(input, 0, {
    snapshot,
    namedSource: null,
    crosswalkValue: null,
    now: row.timestamp,
    limits: ctx.settings,
    timestampRulesAt: newTimestamp ? BigInt(Date.now()) : null,
  });
  if (Array.isArray(draft)) return fail(draft);
  const resolved = (await resolveMembers(ctx, [draft])).get(draft)!;
  // The identity id-key.ts reads from the id values, whose key the interaction may hold: it cannot change.
  const identity = (texts: Array<{ attributeTypeId: string; value: string }>) =>
    JSON.stringify(
      identityOf(
        type,
        (name) => texts.find((value) => value.attributeTypeId === type.attributes.find((attribute) => attribute.name === name)?.id)?.value,
      ),
    );
  const changedIdentity = identity(draft.values.map((value) => ({ attributeTypeId: value.attribute.id, value: value.text })));
  if (identity(values) !== changedIdentity) {
    draft.errors.push(
      problem(
        'ID_ATTRIBUTE_CHANGED',
        `${type.idAttributes.join(', ')} identif${type.idAttributes.length === 1 ? 'ies' : 'y'} the interaction and cannot change; create a new interaction instead`,
        ['changes', 'attributes'],
      ),
    );
  }
  if (draft.errors.length) return fail(draft.errors);

  const tenantId = ctx.tenantId;
  const now = nextUpdatedTime(row.updatedTime);
  const newValues = newStoredValues(draft.values);
  const newMembers = newStoredMembers(resolved);
  const owner = () => ({ tenantId, interactionId: row.id });
  const timedOwner = () => ({ ...owner(), timestamp: draft.timestamp });
  const claim = { table: 'Interaction', row, data: { timestamp: draft.timestamp, updatedTime: now, updatedBy: ctx.caller } } as const;
  // Free-form properties named by the change (all, with replaceAttributes) take its values.
  const newProperties = [
    ...(changes.replaceAttributes ? [] : properties.filter((property) => !namedAttributes.has(property.name))),
    ...draft.properties,
  ].map((property, position) => ({ ...property, position }));
  const insert = {
    InteractionAttributeValue: partRows([row], () => newValues, timedOwner),
    InteractionProperty: partRows([row], () => newProperties, owner),
    InteractionMember: partRows([row], () => newMembers, timedOwner),
  };
  // Values and members are replaced whole: the changed interaction was rebuilt from them.
  const remove = [
    (tx: DbTransaction) => tx.interactionAttributeValue.deleteMany({ where: owner() }),
    (tx: DbTransaction) => tx.interactionMember.deleteMany({ where: owner() }),
    (tx: DbTransaction) => tx.interactionProperty.deleteMany({ where: owner() }),
  ];
  const change = {
    entry: { objectType: 'interaction', objectId: row.id, typeId: row.interactionTypeId, kind: 'updated' },
    actor: ctx.caller,
  } as const;
  const written = await writeRevision(ctx.db, { claim, remove, insert, change, lostRace: isForeignKeyViolation });
  if (written) await ctx.writes.committed(1);
  if (!written)
    return fail([
      problem('MEMBER_NOT_FOUND', 'a member entity was deleted while the interaction was being updated', ['changes', 'members']),
    ]);
  return {
    ...newOutcome<InteractionModel>(0),
    uri,
    object: {
      ...row,
      timestamp: draft.timestamp,
      updatedTime: now,
      updatedBy: ctx.caller,
      attributes: newValues,
      properties: newProperties,
      members: newMembers,
      crosswalks,
      showHidden: includeHidden,
    },
    warnings: draft.warnings,
  };
}
