// createEntities: a batch of entities in, one result per input out, in input order. Each
// input is checked on its own; valid ones are written in transactions of a bounded number
// of rows, each atomically, other requests getting their turn between slices of the work.
import { changeLogStatements, type ChangeEntry } from '../../db/change-log.ts';
import type { Db } from '../../db/client.ts';
import { insertStatements, partRows } from '../../db/bulk-insert.ts';
import { TRANSACTION_START_WAIT_MS } from '../../db/configuration-guard.ts';
import { inDriverTransaction } from '../../db/driver-transactions.ts';
import { newId } from '../../db/ids.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { checkAttributes, missingRequired, type AttributeInput, type CheckedValue } from '../attributes/check-attributes.ts';
import type { ConfigurationSnapshot, EntityTypeModel, SourceModel } from '../configuration/model.ts';
import { entityTypeByReference, sourceByReference } from '../configuration/references.ts';
import type { CreateBatch } from '../batch/create-options.ts';
import { MalformedItem } from '../batch/malformed-item.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcomes, writeBatch } from '../batch/batch-pipeline.ts';
import { forEachTakingTurns } from '../batch/taking-turns.ts';
import { writeTimeoutMs } from '../configuration/configuration-timeout.ts';
import {
  crosswalkValueWithCrosswalks,
  earlierClaims,
  prepareCrosswalks,
  type CrosswalkInput,
  type PreparedCrosswalk,
} from '../crosswalks/prepare-crosswalks.ts';
import type { EntityModel, EntityRow } from './entity-model.ts';
import { newStoredValues, type StoredValue } from '../attributes/stored-values.ts';
import { newStoredCrosswalks, type StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import { entityUri } from '../uris/uris.ts';
import { labelOf } from './entity-label.ts';
import { clip } from '../../errors/quote.ts';

export interface EntityInput {
  type: string;
  attributes?: readonly AttributeInput[] | null;
  crosswalks?: readonly CrosswalkInput[] | null;
}

/** An input found valid on its own, before its crosswalks are checked against the store. */
interface CheckedEntity {
  type: EntityTypeModel;
  values: CheckedValue[];
  crosswalks: PreparedCrosswalk[];
}

interface Planned {
  index: number;
  row: EntityRow;
  attributes: StoredValue[];
  crosswalks: StoredCrosswalk[];
}

/** The source a request speaks for: the one it names, else the tenant's default. */
export function requestSource(snapshot: ConfigurationSnapshot, reference: string | null | undefined): SourceModel {
  const source = reference ? sourceByReference(snapshot, reference) : snapshot.defaultSource;
  if (!source)
    throw requestError('BAD_REQUEST', reference ? `source system ${reference} is not defined` : 'the tenant has no default source');
  return source;
}

export const createEntities: CreateBatch<EntityInput, EntityModel> = async (ctx, inputs, options) => {
  const snapshot = await ctx.configuration();
  const source = requestSource(snapshot, options.source);
  const now = BigInt(Date.now());
  const results = newOutcomes<EntityModel>(inputs.length);
  if (options.crosswalkValue != null && (inputs.length > 1 || !options.crosswalkValue.trim())) {
    const name = inputs.length > 1 ? 'CROSSWALK_VALUE_WITH_SEVERAL_INPUTS' : 'INVALID_CROSSWALK';
    for (const result of results)
      result.errors.push(
        problem(
          name,
          inputs.length > 1 ? `crosswalkValue names one entity's crosswalk; this request has ${inputs.length}` : 'crosswalkValue is blank',
          ['crosswalkValue'],
        ),
      );
    return results;
  }

  const prepareEntity = (input: (typeof inputs)[number], index: number): CheckedEntity | null => {
    if (input instanceof MalformedItem) {
      results[index]!.errors.push(...input.problems);
      return null;
    }
    const type = entityTypeByReference(snapshot, input.type);
    if (!type) {
      results[index]!.errors.push(problem('UNKNOWN_TYPE', `entity type ${input.type} is not defined`, ['type']));
      return null;
    }
    const attributes = checkAttributes(type.attributes, input.attributes ?? [], ['attributes'], ctx.settings.MAX_VALUES_PER_ATTRIBUTE);
    const given = prepareCrosswalks(snapshot, input.crosswalks ?? [], source, ['crosswalks'], ctx.settings.MAX_CROSSWALKS_PER_OBJECT);
    results[index]!.errors.push(
      ...attributes.problems,
      ...missingRequired(type.attributes, attributes.values, ['attributes'], attributes.rejected),
      ...given.problems,
      ...(input.crosswalks?.length && options.crosswalkValue != null ? [crosswalkValueWithCrosswalks('entity')] : []),
    );
    const crosswalks =
      given.crosswalks.length || input.crosswalks?.length ? given.crosswalks : [{ source, value: options.crosswalkValue ?? newId() }];
    return results[index]!.errors.length ? null : { type, values: attributes.values, crosswalks };
  };
  const prepared: Array<CheckedEntity | null> = [];
  await forEachTakingTurns(inputs, (input, index) => prepared.push(prepareEntity(input, index)));

  const claimedInBatch = await refuseTakenCrosswalks(
    ctx,
    prepared.map((item) => item?.crosswalks ?? null),
    results,
  );

  const planned: Planned[] = [];
  prepared.forEach((item, index) => {
    if (item && results[index]!.errors.length === 0) planned.push(plan(ctx, index, item.type, item.values, item.crosswalks, now));
  });

  await writeBatch(
    {
      noun: 'entity',
      indexOf: (item) => item.index,
      rowsOf: (item) => 1 + item.attributes.length + item.crosswalks.length,
      write: (items) => writeEntities(ctx.db, items, writeTimeoutMs(ctx.settings)),
      // A concurrent request took a crosswalk between the check and the write: say which.
      explainLostRaces: async (lost, outcomes) => {
        const lostByIndex = new Map(lost.map((item) => [item.index, toPrepared(snapshot, item)]));
        await refuseTakenCrosswalks(
          ctx,
          outcomes.map((_, index) => lostByIndex.get(index) ?? null),
          outcomes,
          true,
        );
      },
      uriOf: (item) => entityUri(item.row.id),
      objectOf: ({ row, attributes, crosswalks }, includeHidden) => ({ ...row, attributes, crosswalks, showHidden: includeHidden }),
    },
    planned,
    results,
    options,
    ctx.writes,
  );
  // A crosswalk claimed by an earlier item names the entity that item created.
  for (const { taken, earlierIndex } of claimedInBatch) taken.existingUri = results[earlierIndex]!.uri;
  return results;
};

function plan(
  ctx: ServiceContext,
  index: number,
  type: EntityTypeModel,
  values: ReturnType<typeof checkAttributes>['values'],
  crosswalks: PreparedCrosswalk[],
  now: bigint,
): Planned {
  const attributes = newStoredValues(values);
  const label = labelOf(type, attributes);
  const { tenantId, caller } = ctx;
  return {
    index,
    row: { tenantId, id: newId(), entityTypeId: type.id, label, createdTime: now, updatedTime: now, createdBy: caller, updatedBy: caller },
    attributes,
    crosswalks: newStoredCrosswalks(crosswalks, now),
  };
}

function toPrepared(snapshot: ConfigurationSnapshot, item: Planned): PreparedCrosswalk[] {
  return item.crosswalks.map((crosswalk) => ({ source: snapshot.sourceById.get(crosswalk.sourceId)!, value: crosswalk.value }));
}

/** ENTITY_CROSSWALK_ALREADY_EXISTS: the crosswalk belongs to another entity. */
export function crosswalkTaken(crosswalk: PreparedCrosswalk, holderId: string, path: Array<string | number>): Problem {
  const message = `an entity with crosswalk ${crosswalk.source.uri} ${clip(crosswalk.value)} already exists: ${entityUri(holderId)}`;
  return { ...problem('ENTITY_CROSSWALK_ALREADY_EXISTS', message, path), existingUri: entityUri(holderId) };
}

/**
 * Adds ENTITY_CROSSWALK_ALREADY_EXISTS to items (at their result's index) whose crosswalk is
 * stored or claimed earlier in the batch; returns the latter, whose holder is known once written.
 */
async function refuseTakenCrosswalks(
  ctx: ServiceContext,
  items: Array<PreparedCrosswalk[] | null>,
  results: ItemOutcome<EntityModel>[],
  storedOnly = false,
): Promise<Array<{ taken: Problem; earlierIndex: number }>> {
  const keys = items
    .flatMap((crosswalks) => crosswalks ?? [])
    .map((crosswalk) => ({ sourceId: crosswalk.source.id, value: crosswalk.value }));
  const loader = ctx.loaders.entityByCrosswalk;
  if (storedOnly) loader.clearAll();
  const holders = await loader.loadMany(keys);
  let at = 0;
  const claims = storedOnly ? items.map(() => null) : earlierClaims(items);
  const inBatch: Array<{ taken: Problem; earlierIndex: number }> = [];
  items.forEach((crosswalks, index) => {
    if (!crosswalks) return;
    const problems: Problem[] = [];
    for (const crosswalk of crosswalks) {
      const holder = holders[at++];
      if (holder instanceof Error) throw holder;
      if (holder) problems.push(crosswalkTaken(crosswalk, holder.id, ['crosswalks']));
    }
    const claim = claims[index];
    if (claim) {
      const taken = problem(
        'ENTITY_CROSSWALK_ALREADY_EXISTS',
        `crosswalk ${claim.crosswalk.source.uri} ${clip(claim.crosswalk.value)} is already used by item ${claim.index} of this batch`,
        ['crosswalks'],
      );
      problems.push(taken);
      inBatch.push({ taken, earlierIndex: claim.index });
    }
    results[index]!.errors.push(...problems);
  });
  return inBatch;
}

async function writeEntities(db: Db, items: Planned[], timeoutMs: number): Promise<void> {
  const owner = ({ row }: Planned) => ({ tenantId: row.tenantId, entityId: row.id });
  const changes = items.map(({ row }): ChangeEntry => ({
    objectType: 'entity',
    objectId: row.id,
    typeId: row.entityTypeId,
    kind: 'created',
  }));
  await inDriverTransaction(db, { timeoutMs, maxWaitMs: TRANSACTION_START_WAIT_MS }, async (tx) => {
    await tx.executeAll([
      ...insertStatements(tx.provider, {
        Entity: items.map((item) => item.row),
        EntityCrosswalk: partRows(items, (item) => item.crosswalks, owner),
        EntityAttributeValue: partRows(items, (item) => item.attributes, owner),
      }),
      ...changeLogStatements(tx.provider, items[0]!.row.tenantId, items[0]!.row.createdBy, changes),
    ]);
  });
}
