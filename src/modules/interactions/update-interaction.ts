// updateInteraction: activities (interactions of mutable types) change over time. The
// changed interaction is rebuilt as a create input and checked exactly as creation checks it.
import { insertRows, partRows } from '../../db/bulk-insert.ts';
import { newStoredValues } from '../attributes/stored-values.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import { nextUpdatedTime, StaleWrite } from '../../db/optimistic.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { AttributeInput } from '../attributes/check-attributes.ts';
import { typedValue } from '../attributes/values.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { failedOutcome, newOutcome, updateUntilCurrent } from '../batch/batch-pipeline.ts';
import { entityUri, interactionIdFromUri, parseMemberTypeReference } from '../uris/uris.ts';
import type { InteractionInput, MemberGroupInput } from './interaction-input.ts';
import type { InteractionModel } from './interaction-model.ts';
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

export async function updateInteraction(
  ctx: ServiceContext,
  uri: string,
  changes: InteractionChanges,
  includeHidden: boolean,
): Promise<ItemOutcome<InteractionModel>> {
  const id = interactionIdFromUri(uri);
  const loaders = ctx.loaders;
  return updateUntilCurrent(uri, () => {
    // Each attempt starts from the interaction as it is now.
    if (id)
      [loaders.interactionById, loaders.attributesOfInteraction, loaders.membersOfInteraction, loaders.crosswalksOfInteraction].forEach(
        (loader) => loader.clear(id),
      );
    return attemptUpdate(ctx, uri, id, changes, includeHidden);
  });
}

async function attemptUpdate(
  ctx: ServiceContext,
  uri: string,
  id: string | null,
  changes: InteractionChanges,
  includeHidden: boolean,
): Promise<ItemOutcome<InteractionModel>> {
  const row = id ? await ctx.loaders.interactionById.load(id) : null;
  if (!row) return fail([problem('OBJECT_NOT_FOUND', `no interaction ${uri}`, ['uri'])]);
  const snapshot = await ctx.configuration();
  const type = snapshot.interactionTypeById.get(row.interactionTypeId)!;
  if (!type.mutable)
    return fail([
      problem('IMMUTABLE_INTERACTION', `${uri} is a ${type.name}, an immutable interaction type: delete it and create it again`, ['uri']),
    ]);

  const [values, members, crosswalks] = await Promise.all([
    ctx.loaders.attributesOfInteraction.load(row.id),
    ctx.loaders.membersOfInteraction.load(row.id),
    ctx.loaders.crosswalksOfInteraction.load(row.id),
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
  const namedMemberTypes = new Set((changes.members ?? []).map((group) => parseMemberTypeReference(group.memberType).name));
  // A member type found by attribute mapping is found again when its mapped attribute changes.
  const remapped = new Set(
    type.memberTypes
      .filter((memberType) => memberType.attributeMapping && namedAttributes.has(memberType.attributeMapping.interactionAttribute))
      .map((memberType) => memberType.name),
  );
  const keptMembers: MemberGroupInput[] = changes.replaceMembers
    ? []
    : type.memberTypes
        .filter((memberType) => !namedMemberTypes.has(memberType.name) && !remapped.has(memberType.name))
        .map((memberType) => ({
          memberType: memberType.name,
          members: members
            .filter((member) => member.memberTypeId === memberType.id)
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
  const draft = prepareInteraction(input, 0, {
    snapshot,
    namedSource: null,
    crosswalkValue: null,
    now: row.timestamp,
    limits: ctx.settings,
  });
  if (Array.isArray(draft)) return fail(draft);
  const resolved = (await resolveMembers(ctx, [draft])).get(draft)!;
  const idOf = (texts: Array<{ attributeTypeId: string; value: string }>) =>
    type.idAttributes.map((name) =>
      texts
        .filter((value) => value.attributeTypeId === type.attributes.find((attribute) => attribute.name === name)!.id)
        .map((value) => value.value)
        .join('\u0000'),
    );
  const newIdValues = idOf(draft.values.map((value) => ({ attributeTypeId: value.attribute.id, value: value.text })));
  if (JSON.stringify(idOf(values)) !== JSON.stringify(newIdValues)) {
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
  try {
    await ctx.db.$transaction(async (tx) => {
      const claimed = await tx.interaction.updateMany({
        where: { tenantId, id: row.id, updatedTime: row.updatedTime },
        data: { timestamp: draft.timestamp, updatedTime: now, updatedBy: ctx.caller },
      });
      if (claimed.count !== 1) throw new StaleWrite();
      await tx.interactionAttributeValue.deleteMany({ where: { tenantId, interactionId: row.id } });
      await tx.interactionMember.deleteMany({ where: { tenantId, interactionId: row.id } });
      for (const statement of insertRows(
        tx,
        'InteractionAttributeValue',
        partRows([row], () => newValues, owner),
      ))
        await statement;
      const memberOwner = () => ({ ...owner(), timestamp: draft.timestamp });
      for (const statement of insertRows(
        tx,
        'InteractionMember',
        partRows([row], () => newMembers, memberOwner),
      ))
        await statement;
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return fail([
      problem('MEMBER_NOT_FOUND', 'a member entity was deleted while the interaction was being updated', ['changes', 'members']),
    ]);
  }
  return {
    ...newOutcome<InteractionModel>(0),
    uri,
    object: {
      ...row,
      timestamp: draft.timestamp,
      updatedTime: now,
      updatedBy: ctx.caller,
      attributes: newValues,
      members: newMembers,
      crosswalks,
      showHidden: includeHidden,
    },
    warnings: draft.warnings,
  };
}
