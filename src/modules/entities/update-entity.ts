// updateEntity: replace the values of the attributes named, add and remove crosswalks, with
// the same checks as creation, in one transaction.
import { isUniqueViolation } from '../../db/errors.ts';
import { partRows } from '../../db/bulk-insert.ts';
import type { DbTransaction } from '../../db/client.ts';
import { newStoredValues } from '../attributes/stored-values.ts';
import { newStoredCrosswalks } from '../crosswalks/stored-crosswalks.ts';
import { nextUpdatedTime, writeRevision } from '../../db/optimistic.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { failedOutcome, newOutcome, updateStored, type UpdateRequest } from '../batch/batch-pipeline.ts';
import { checkAttributes, missingRequired, type AttributeInput, type CheckedValue } from '../attributes/check-attributes.ts';
import { prepareCrosswalks, tooManyCrosswalks, type CrosswalkInput } from '../crosswalks/prepare-crosswalks.ts';
import { crosswalkTaken, requestSource } from './create-entities.ts';
import { labelOf } from './entity-label.ts';
import type { EntityModel, EntityRow } from './entity-model.ts';
import { entityIdFromUri } from '../uris/uris.ts';
import { clip } from '../../errors/quote.ts';

export interface EntityChanges {
  attributes?: readonly AttributeInput[] | null;
  addCrosswalks?: readonly CrosswalkInput[] | null;
  removeCrosswalks?: readonly CrosswalkInput[] | null;
}

const fail = (problems: Problem[]) => failedOutcome<EntityModel>(problems);
const isPresent = (value: string | undefined): value is string => value !== undefined;

export function updateEntity(ctx: ServiceContext, request: UpdateRequest<EntityChanges>): Promise<ItemOutcome<EntityModel>> {
  const entities = ctx.loaders.entityById;
  const object = {
    noun: 'entity',
    id: entityIdFromUri(request.uri),
    forget: (id: string) => {
      entities.clear(id);
      // Members read with their entities (or labels) hold this entity's row (or label) too.
      ctx.loaders.membersWithEntitiesOfInteraction.clearAll();
      ctx.loaders.membersWithLabelsOfInteraction.clearAll();
    },
    load: (id: string) => entities.load(id),
  };
  return updateStored(request, object, (entity, { uri, changes, includeHidden }) => applyChanges(ctx, entity, uri, changes, includeHidden));
}

async function applyChanges(ctx: ServiceContext, entity: EntityRow, uri: string, changes: EntityChanges, includeHidden: boolean) {
  const snapshot = await ctx.configuration();
  const type = snapshot.entityTypeById.get(entity.entityTypeId)!;
  const source = requestSource(snapshot, ctx.sourceSystem);
  const [storedValues, storedCrosswalks] = await Promise.all([
    ctx.db.entityAttributeValue.findMany({ where: { tenantId: ctx.tenantId, entityId: entity.id } }),
    ctx.db.entityCrosswalk.findMany({ where: { tenantId: ctx.tenantId, entityId: entity.id } }),
  ]);

  const given = checkAttributes(type.attributes, changes.attributes ?? [], ['attributes'], ctx.settings.MAX_VALUES_PER_ATTRIBUTE);
  const named = new Set((changes.attributes ?? []).map((input) => input.name));
  const kept: CheckedValue[] = storedValues
    .filter((value) => !type.attributes.some((attribute) => attribute.id === value.attributeTypeId && named.has(attribute.name)))
    .map((value) => ({
      attribute: type.attributes.find((attribute) => attribute.id === value.attributeTypeId)!,
      text: value.value,
      position: value.position,
    }));
  const added = prepareCrosswalks(snapshot, changes.addCrosswalks ?? [], source, ['addCrosswalks'], ctx.settings.MAX_CROSSWALKS_PER_OBJECT);
  const removed = prepareCrosswalks(
    snapshot,
    changes.removeCrosswalks ?? [],
    source,
    ['removeCrosswalks'],
    ctx.settings.MAX_CROSSWALKS_PER_OBJECT,
  );
  const problems = [
    ...given.problems,
    ...missingRequired(type.attributes, [...kept, ...given.values], ['attributes'], given.rejected),
    ...added.problems,
    ...removed.problems,
  ];

  const removedIds = removed.crosswalks.map((crosswalk, index) => {
    const stored = storedCrosswalks.find((candidate) => candidate.sourceId === crosswalk.source.id && candidate.value === crosswalk.value);
    if (!stored)
      problems.push(
        problem('INVALID_CROSSWALK', `${uri} has no crosswalk ${crosswalk.source.uri} ${clip(crosswalk.value)}`, [
          'removeCrosswalks',
          index,
        ]),
      );
    return stored?.id;
  });
  const newCrosswalks = added.crosswalks.filter(
    (crosswalk) => !storedCrosswalks.some((stored) => stored.sourceId === crosswalk.source.id && stored.value === crosswalk.value),
  );
  const holders = await ctx.loaders.entityByCrosswalk.loadMany(
    newCrosswalks.map((crosswalk) => ({ sourceId: crosswalk.source.id, value: crosswalk.value })),
  );
  holders.forEach((holder, index) => {
    if (holder instanceof Error) throw holder;
    const crosswalk = newCrosswalks[index]!;
    if (holder) problems.push(crosswalkTaken(crosswalk, holder.id, ['addCrosswalks']));
  });
  const crosswalkCount = storedCrosswalks.length - removedIds.filter(Boolean).length + newCrosswalks.length;
  if (crosswalkCount < 1) problems.push(problem('INVALID_CROSSWALK', 'an entity keeps at least one crosswalk', ['removeCrosswalks']));
  // Added one request at a time, crosswalks could otherwise grow without bound.
  if (crosswalkCount > ctx.settings.MAX_CROSSWALKS_PER_OBJECT)
    problems.push(tooManyCrosswalks(ctx.settings.MAX_CROSSWALKS_PER_OBJECT, crosswalkCount, ['addCrosswalks']));
  if (problems.length) return fail(problems);

  const now = nextUpdatedTime(entity.updatedTime);
  const namedIds = type.attributes.filter((attribute) => named.has(attribute.name)).map((attribute) => attribute.id);
  const newValues = newStoredValues(given.values);
  const keptValues = storedValues.filter((value) => !namedIds.includes(value.attributeTypeId));
  const label = labelOf(type, [...keptValues, ...newValues]);
  const crosswalkRows = newStoredCrosswalks(newCrosswalks, now);
  const tenantId = ctx.tenantId;
  const owner = () => ({ tenantId, entityId: entity.id });
  const claim = { table: 'Entity', row: entity, data: { label, updatedTime: now, updatedBy: ctx.caller } } as const;
  const insert = {
    EntityAttributeValue: partRows([entity], () => newValues, owner),
    EntityCrosswalk: partRows([entity], () => crosswalkRows, owner),
  };
  const remove = [
    (tx: DbTransaction) => tx.entityAttributeValue.deleteMany({ where: { ...owner(), attributeTypeId: { in: namedIds } } }),
    (tx: DbTransaction) => tx.entityCrosswalk.deleteMany({ where: { ...owner(), id: { in: removedIds.filter(isPresent) } } }),
  ];
  const change = {
    entry: { objectType: 'entity', objectId: entity.id, typeId: entity.entityTypeId, kind: 'updated' },
    actor: ctx.caller,
  } as const;
  const written = await writeRevision(ctx.db, { claim, remove, insert, change, lostRace: isUniqueViolation });
  if (written) await ctx.writes.committed(1);
  if (!written)
    return fail([
      problem('ENTITY_CROSSWALK_ALREADY_EXISTS', 'another request took one of the added crosswalks at the same time', ['addCrosswalks']),
    ]);
  const crosswalks = await ctx.db.entityCrosswalk.findMany({
    where: { tenantId, entityId: entity.id },
    orderBy: [{ createdTime: 'asc' }, { id: 'asc' }],
  });
  return {
    ...newOutcome<EntityModel>(0),
    uri,
    object: {
      ...entity,
      label,
      updatedTime: now,
      updatedBy: ctx.caller,
      attributes: [...keptValues, ...newValues],
      crosswalks,
      showHidden: includeHidden,
    },
  };
}
