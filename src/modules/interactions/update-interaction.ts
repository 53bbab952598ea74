// updateInteraction: activities (interactions of mutable types) change over time. The
// changed interaction is rebuilt as a create input and checked exactly as creation checks it.
import { insertRows } from '../../db/bulk-insert.ts';
import { newId } from '../../db/ids.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { RequestContext } from '../../graphql/context.ts';
import type { AttributeInput } from '../attributes/check-attributes.ts';
import { typedValue } from '../attributes/values.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { entityUri } from '../entities/entity-model.ts';
import type { InteractionInput, MemberGroupInput } from './interaction-input.ts';
import { interactionIdFromUri, type InteractionModel } from './interaction-model.ts';
import { prepareInteraction } from './prepare-interaction.ts';
import { resolveMembers } from './resolve-members.ts';

export interface InteractionChanges {
  timestamp?: bigint | null;
  attributes?: readonly AttributeInput[] | null;
  replaceAttributes?: boolean | null;
  members?: readonly MemberGroupInput[] | null;
  replaceMembers?: boolean | null;
}

export async function updateInteraction(ctx: RequestContext, uri: string, changes: InteractionChanges, includeHidden: boolean): Promise<ItemOutcome<InteractionModel>> {
  const fail = (errors: Problem[]): ItemOutcome<InteractionModel> => ({ index: 0, uri: null, object: null, errors, warnings: [] });
  const id = interactionIdFromUri(uri);
  const row = id ? await ctx.loaders.interactionById.load(id) : null;
  if (!row) return fail([problem('OBJECT_NOT_FOUND', `no interaction ${uri}`, ['uri'])]);
  const snapshot = await ctx.configuration();
  const type = snapshot.interactionTypeById.get(row.interactionTypeId)!;
  if (!type.mutable) return fail([problem('IMMUTABLE_INTERACTION', `${uri} is a ${type.name}, an immutable interaction type: delete it and create it again`, ['uri'])]);

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
        .map((attribute) => ({ name: attribute.name, values: values.filter((value) => value.attributeTypeId === attribute.id).map((value) => typedValue(attribute.valueType, value.value)) }))
        .filter((input) => input.values.length > 0);
  const namedMemberTypes = new Set((changes.members ?? []).map((group) => group.memberType.replace(/^.*\/memberTypes\//, '')));
  // A member type found by attribute mapping is found again when its mapped attribute changes.
  const remapped = new Set(type.memberTypes.filter((memberType) => memberType.attributeMapping && namedAttributes.has(memberType.attributeMapping.interactionAttribute)).map((memberType) => memberType.name));
  const keptMembers: MemberGroupInput[] = changes.replaceMembers
    ? []
    : type.memberTypes
        .filter((memberType) => !namedMemberTypes.has(memberType.name) && !remapped.has(memberType.name))
        .map((memberType) => ({ memberType: memberType.name, members: members.filter((member) => member.memberTypeId === memberType.id).map((member) => ({ objectURI: entityUri(member.entityId) })) }))
        .filter((group) => group.members.length > 0);

  const input: InteractionInput = {
    type: type.uri,
    timestamp: changes.timestamp ?? row.timestamp,
    attributes: [...keptAttributes, ...(changes.attributes ?? [])],
    members: [...keptMembers, ...(changes.members ?? [])],
    crosswalks: crosswalks.map((crosswalk) => ({ source: snapshot.sourceById.get(crosswalk.sourceId)!.uri, value: crosswalk.value })),
  };
  const now = BigInt(Date.now());
  const draft = prepareInteraction(input, 0, { snapshot, namedSource: null, crosswalkValue: null, now });
  if (Array.isArray(draft)) return fail(draft);
  const resolved = (await resolveMembers(ctx, [draft])).get(draft)!;
  if (draft.errors.length) return fail(draft.errors);

  const tenantId = ctx.tenantId;
  const newValues = draft.values.map((value) => ({ id: newId(), attributeTypeId: value.attribute.id, value: value.text, position: value.position }));
  const newMembers = resolved.map((member) => ({ id: newId(), memberTypeId: member.memberTypeId, entityId: member.entity.id, position: member.position }));
  await ctx.db.$transaction([
    ctx.db.interactionAttributeValue.deleteMany({ where: { tenantId, interactionId: row.id } }),
    ctx.db.interactionMember.deleteMany({ where: { tenantId, interactionId: row.id } }),
    ...insertRows(ctx.db, 'InteractionAttributeValue', newValues.map((value) => ({ tenantId, interactionId: row.id, ...value }))),
    ...insertRows(ctx.db, 'InteractionMember', newMembers.map((member) => ({ tenantId, interactionId: row.id, timestamp: draft.timestamp, ...member }))),
    ctx.db.interaction.update({ where: { tenantId_id: { tenantId, id: row.id } }, data: { timestamp: draft.timestamp, updatedTime: now, updatedBy: ctx.caller } }),
  ]);
  return {
    index: 0,
    uri,
    object: { ...row, timestamp: draft.timestamp, updatedTime: now, updatedBy: ctx.caller, attributes: newValues, members: newMembers, crosswalks, showHidden: includeHidden },
    errors: [],
    warnings: draft.warnings,
  };
}
