// createInteractions, the heart: a batch of inputs in, one result per input out, in input
// order. Inputs are checked on their own, members of the whole request are resolved in
// batched lookups (a statement per lookup kind for up to MAX_KEYS_PER_QUERY keys), duplicates
// (536) are found in the store and in the whole batch, and the valid inputs are written in
// transactions of a bounded number of rows, each input atomically (or all or none, in one
// transaction, when asked), only under the configuration they were checked against: when it
// changed meanwhile (a re-key, an attribute removed), the inputs not written yet are
// prepared again on the new one. Other requests get their turn between slices of the work.
import type { Db } from '../../db/client.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.ts';
import { insertStatements, partRows } from '../../db/bulk-insert.ts';
import { newId } from '../../db/ids.ts';
import { changeLogStatements, type ChangeEntry } from '../../db/change-log.ts';
import { ConfigurationChanged, writeStatementsUnderConfiguration } from '../../db/configuration-guard.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcome, newOutcomes, writeBatch } from '../batch/batch-pipeline.ts';
import { MalformedItem } from '../batch/malformed-item.ts';
import { sourceByReference } from '../configuration/references.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { PreparedCrosswalk } from '../crosswalks/prepare-crosswalks.ts';
import type { CreateBatch, CreateOptions } from '../batch/create-options.ts';
import type { ConfigurationSnapshot } from '../configuration/model.ts';
import { writeTimeoutMs } from '../configuration/configuration-timeout.ts';
import type { InteractionInput } from './interaction-input.ts';
import type { InteractionModel, InteractionRow, StoredMember } from './interaction-model.ts';
import { newStoredValues, type StoredValue } from '../attributes/stored-values.ts';
import { newStoredCrosswalks, type StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import { interactionUri } from '../uris/uris.ts';
import { prepareInteraction, type Draft } from './prepare-interaction.ts';
import type { IdIdentity } from './id-key.ts';
import type { PropertyValue } from '../properties/free-form-properties.ts';
import { newStoredMembers, resolveMembersInSlices, type ResolvedMember } from './resolve-members.ts';
import { forEachTakingTurns } from '../batch/taking-turns.ts';
import { sameInteraction, signatureOfDraft, storedSignatures } from './interaction-signature.ts';
import { clip } from '../../errors/quote.ts';

interface Planned {
  draft: Draft;
  row: InteractionRow;
  attributes: StoredValue[];
  properties: PropertyValue[];
  crosswalks: StoredCrosswalk[];
  members: StoredMember[];
}

// Preparations of one batch while the configuration keeps changing under it: the first, then
// again on each new configuration, before the request gives up.
const CONFIGURATION_ATTEMPTS = 3;

export const createInteractions: CreateBatch<InteractionInput, InteractionModel> = async (ctx, inputs, options) => {
  const results = newOutcomes<InteractionModel>(inputs.length);
  if (options.crosswalkValue != null && inputs.length > 1) {
    for (const result of results)
      result.errors.push(
        problem(
          'CROSSWALK_VALUE_WITH_SEVERAL_INPUTS',
          `crosswalkValue names one interaction's crosswalk; this request has ${inputs.length}`,
        ),
      );
    return results;
  }
  // Interactions committed by an earlier attempt keep their results; only the others are prepared again.
  const written = new Map<number, Planned>();
  for (let attempt = 1; ; attempt++) {
    try {
      await createOnce(ctx, inputs, options, results, written);
      return results;
    } catch (error) {
      if (!(error instanceof ConfigurationChanged)) throw error;
      if (attempt === CONFIGURATION_ATTEMPTS) throw configurationKeptChanging(written.size);
      ctx.invalidateConfiguration();
      ctx.loaders.interactionIdByIdKey.clearAll();
      ctx.loaders.interactionIdByCrosswalk.clearAll();
      for (const index of results.keys()) {
        const item = written.get(index);
        results[index] = item ? writtenOutcome(index, item, options) : newOutcome(index);
      }
    }
  }
};

/** 503 for a batch whose configuration changed at every attempt to write it. */
function configurationKeptChanging(written: number) {
  return requestError(
    'SERVICE_UNAVAILABLE',
    `the tenant's configuration changed ${CONFIGURATION_ATTEMPTS} times while this batch was being written; ${written ? `${written} of its interactions were written (a retry reports them as 536 identicalToExisting), the others were not` : 'nothing was written'}: send it again`,
    { reason: 'CONFIGURATION_CHANGING' },
    { 'Retry-After': '1' },
  );
}

/**
 * One attempt at the inputs not written yet, on the configuration as it is now: checked,
 * resolved, refused when duplicates, written. Throws ConfigurationChanged when the
 * configuration changed before the write committed.
 */
async function createOnce(
  ctx: ServiceContext,
  inputs: Parameters<CreateBatch<InteractionInput, InteractionModel>>[1],
  options: CreateOptions,
  results: ItemOutcome<InteractionModel>[],
  written: Map<number, Planned>,
): Promise<void> {
  const snapshot = await ctx.configuration();
  const namedSource = options.source ? (sourceByReference(snapshot, options.source) ?? null) : null;
  if (options.source && !namedSource) throw requestError('BAD_REQUEST', `source system ${options.source} is not defined`);

  const now = BigInt(Date.now());
  const context = { snapshot, namedSource, crosswalkValue: options.crosswalkValue ?? null, now, limits: ctx.settings };
  const drafts: Draft[] = [];
  await forEachTakingTurns(inputs, (input, index) => {
    if (written.has(index)) return;
    if (input instanceof MalformedItem) {
      results[index]!.errors.push(...input.problems);
      return;
    }
    const draft = prepareInteraction(input, index, context);
    if (Array.isArray(draft)) results[index]!.errors.push(...draft);
    else drafts.push(draft);
  });
  const members = await resolveMembersInSlices(ctx, drafts);
  const claimedInBatch = await refuseTakenCrosswalks(ctx, drafts, members);

  const planned: Planned[] = [];
  await forEachTakingTurns(drafts, (draft) => {
    if (draft.errors.length === 0) planned.push(plan(ctx, draft, members.get(draft)!, now));
  });
  for (const draft of drafts) {
    results[draft.index]!.errors.push(...draft.errors);
    results[draft.index]!.warnings.push(...draft.warnings);
  }
  const timeoutMs = writeTimeoutMs(ctx.settings);
  await writeBatch(
    {
      noun: 'interaction',
      indexOf: (item) => item.draft.index,
      rowsOf: (item) => 1 + item.attributes.length + item.properties.length + item.crosswalks.length + item.members.length,
      write: async (items) => {
        await writeInteractions(ctx.db, snapshot, timeoutMs, items);
        for (const item of items) written.set(item.draft.index, item);
      },
      // A member deleted meanwhile fails its foreign key: that race is lost too.
      isLostRace: (error) => isUniqueViolation(error) || isForeignKeyViolation(error),
      explainLostRaces: (lost, outcomes, allOrNothing) => explainLostRaces(ctx, lost, outcomes, members, allOrNothing),
      uriOf: (item) => interactionUri(item.row.id),
      objectOf: createdObject,
    },
    planned,
    results,
    options,
    ctx.writes,
  );
  // A 536 against an earlier input names the interaction that input created.
  for (const { duplicate: taken, earlierIndex } of claimedInBatch) taken.existingUri = results[earlierIndex]!.uri;
}

/** The interaction a planned item stored, as the result returns it. */
function createdObject({ row, attributes, properties, crosswalks, members }: Planned, includeHidden: boolean): InteractionModel {
  return { ...row, attributes, properties, crosswalks, members, showHidden: includeHidden };
}

/** The outcome of an input written by an earlier attempt: its URI and object, its warnings. */
function writtenOutcome(index: number, item: Planned, options: CreateOptions): ItemOutcome<InteractionModel> {
  const object = options.returnObjects ? createdObject(item, options.includeHidden) : null;
  return { ...newOutcome<InteractionModel>(index), uri: interactionUri(item.row.id), object, warnings: item.draft.warnings };
}

/** What an input claims that another interaction may hold: the identity its id attributes give, or one of its crosswalks. */
type Claim = { identity: IdIdentity } | { crosswalk: PreparedCrosswalk };

/** A claim of a draft and the stored interaction that holds it. */
interface Taken {
  claim: Claim;
  holderId: string;
}

/**
 * 536 for drafts whose id-attribute key or crosswalk an interaction already holds, or an
 * earlier draft of the batch claims; each says which interaction holds it and whether the
 * input is identical.
 */
async function refuseTakenCrosswalks(
  ctx: ServiceContext,
  drafts: Draft[],
  members: Map<Draft, ResolvedMember[]>,
): Promise<Array<{ duplicate: Problem; earlierIndex: number }>> {
  const candidates = drafts.filter((draft) => draft.errors.length === 0 && !draft.crosswalkGenerated);
  const takenInStore = await takenInStoreOf(ctx, candidates);
  for (const [draft, taken] of await alreadyExisting(ctx, takenInStore, members)) draft.errors.push(taken);

  // One pass in batch order, so that only inputs that will be written claim anything.
  const keyClaims = new Map<string, Draft>();
  const crosswalkClaims = new Map<string, Draft>();
  const keyOf = (crosswalk: PreparedCrosswalk) => crosswalkKey({ sourceId: crosswalk.source.id, value: crosswalk.value });
  const inBatch: Array<{ duplicate: Problem; earlierIndex: number }> = [];
  for (const draft of candidates.filter((candidate) => !takenInStore.has(candidate))) {
    const byKey = draft.identity ? keyClaims.get(draft.identity.key) : undefined;
    const claimedCrosswalk = draft.crosswalks.find((crosswalk) => crosswalkClaims.has(keyOf(crosswalk)));
    const earlier = byKey ?? (claimedCrosswalk ? crosswalkClaims.get(keyOf(claimedCrosswalk)) : undefined);
    if (!earlier) {
      if (draft.identity) keyClaims.set(draft.identity.key, draft);
      for (const crosswalk of draft.crosswalks) crosswalkClaims.set(keyOf(crosswalk), draft);
      continue;
    }
    const claim: Claim = byKey ? { identity: draft.identity! } : { crosswalk: claimedCrosswalk! };
    const identical = sameInteraction(signatureOfDraft(draft, members.get(draft)!), signatureOfDraft(earlier, members.get(earlier)!));
    const taken = duplicate(draft, claim, null, identical, `is already created by item ${earlier.index} of this batch`);
    draft.errors.push(taken);
    inBatch.push({ duplicate: taken, earlierIndex: earlier.index });
  }
  return inBatch;
}

const orThrow = <T>(loaded: Array<T | Error>): T[] =>
  loaded.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });

/**
 * The stored interactions holding what the drafts claim, found through the batched loaders
 * (one statement for the keys, one for the crosswalks). A draft's key is named before its
 * crosswalks: the key is the interaction's identity, the crosswalk only its provenance.
 */
async function takenInStoreOf(ctx: ServiceContext, drafts: Draft[]): Promise<Map<Draft, Taken>> {
  const keyed = drafts.filter((draft) => draft.identity !== null);
  const crosswalks = drafts.flatMap((draft) => draft.crosswalks.map((crosswalk) => ({ draft, crosswalk })));
  const [keyHolders, crosswalkHolders] = await Promise.all([
    ctx.loaders.interactionIdByIdKey.loadMany(keyed.map((draft) => draft.identity!.key)).then(orThrow),
    ctx.loaders.interactionIdByCrosswalk
      .loadMany(crosswalks.map(({ crosswalk }) => ({ sourceId: crosswalk.source.id, value: crosswalk.value })))
      .then(orThrow),
  ]);
  const taken = new Map<Draft, Taken>();
  keyed.forEach((draft, at) => {
    const holderId = keyHolders[at];
    if (holderId) taken.set(draft, { claim: { identity: draft.identity! }, holderId });
  });
  crosswalks.forEach(({ draft, crosswalk }, at) => {
    const holderId = crosswalkHolders[at];
    if (holderId && !taken.has(draft)) taken.set(draft, { claim: { crosswalk }, holderId });
  });
  return taken;
}

/** The 536 of each draft whose claim a stored interaction holds, saying whether the input is identical to it. */
async function alreadyExisting(
  ctx: ServiceContext,
  taken: Map<Draft, Taken>,
  members: Map<Draft, ResolvedMember[]>,
): Promise<Map<Draft, Problem>> {
  const holderIds = [...new Set([...taken.values()].map((entry) => entry.holderId))];
  const stored = await storedSignatures(ctx, holderIds);
  // Already loaded for the signatures: no second query.
  const softDeleted = new Set(
    (await ctx.loaders.storedInteractionById.loadMany(holderIds)).flatMap((row) =>
      row && !(row instanceof Error) && row.deletedTime !== null ? [row.id] : [],
    ),
  );
  const refused = new Map<Draft, Problem>();
  for (const [draft, { claim, holderId }] of taken) {
    const identical = sameInteraction(signatureOfDraft(draft, members.get(draft)!), stored.get(holderId) ?? null);
    const where = softDeleted.has(holderId)
      ? 'already exists, soft-deleted (restore it, or delete it with mode HARD to free its keys)'
      : 'already exists';
    refused.set(draft, duplicate(draft, claim, interactionUri(holderId), identical, where));
  }
  return refused;
}

function duplicate(draft: Draft, claim: Claim, existingUri: string | null, identical: boolean, where: string): Problem {
  const comparison = identical
    ? 'The input is identical to the existing interaction (a replay).'
    : 'The input differs from the existing interaction.';
  const found =
    'identity' in claim
      ? problem(
          'CROSSWALK_ALREADY_EXISTS',
          `Interaction of type ${draft.type.uri} with ${idValuesText(draft.type.idAttributes, claim.identity.idValues)} ${where}.`,
          ['attributes'],
          `Failed to create interaction, because one with these id attribute values already exists: they identify an interaction of the type whatever source system sends it. ${comparison}`,
        )
      : problem(
          'CROSSWALK_ALREADY_EXISTS',
          `Interaction with specified system ${claim.crosswalk.source.uri} and value ${clip(claim.crosswalk.value)} ${where}.`,
          ['crosswalks'],
          `Failed to create interaction, because such crosswalk already exists. System and value parameters pair should be unique. ${comparison}`,
        );
  return { ...found, existingUri, identicalToExisting: identical };
}

const idValuesText = (names: readonly string[], values: readonly string[]) =>
  names.map((name, at) => `${name} ${clip(values[at]!)}`).join(', ');

function plan(ctx: ServiceContext, draft: Draft, members: ResolvedMember[], now: bigint): Planned {
  const { tenantId, caller } = ctx;
  return {
    draft,
    row: {
      ...{ tenantId, id: newId(), interactionTypeId: draft.type.id, timestamp: draft.timestamp, idKey: draft.identity?.key ?? null },
      ...{ createdTime: now, updatedTime: now, createdBy: caller, updatedBy: caller, deletedTime: null },
    },
    attributes: newStoredValues(draft.values),
    properties: draft.properties,
    crosswalks: newStoredCrosswalks(draft.crosswalks, now),
    members: newStoredMembers(members),
  };
}

/**
 * Says why items lost a race at write time: their key or crosswalk was taken by a concurrent
 * request (536, identical or not), else a member entity was deleted meanwhile. In an
 * all-or-nothing batch the items with neither are left for BATCH_ABORTED.
 */
async function explainLostRaces(
  ctx: ServiceContext,
  lost: Planned[],
  results: ItemOutcome<InteractionModel>[],
  members: Map<Draft, ResolvedMember[]>,
  allOrNothing: boolean,
): Promise<void> {
  ctx.loaders.interactionIdByIdKey.clearAll();
  ctx.loaders.interactionIdByCrosswalk.clearAll();
  const drafts = lost.map((item) => item.draft);
  const taken = await alreadyExisting(ctx, await takenInStoreOf(ctx, drafts), members);
  for (const draft of drafts) {
    const result = results[draft.index]!;
    const duplicateOf = taken.get(draft);
    if (duplicateOf) result.errors.push(duplicateOf);
    else if (!allOrNothing) {
      result.errors.push(problem('MEMBER_NOT_FOUND', 'a member entity was deleted while the interaction was being created', ['members']));
    }
  }
}

/** Writes the items in one transaction, provided the configuration they were prepared on is still in force. */
async function writeInteractions(db: Db, snapshot: ConfigurationSnapshot, timeoutMs: number, items: Planned[]): Promise<void> {
  const owner = ({ row }: Planned) => ({ tenantId: row.tenantId, interactionId: row.id });
  // Members and values carry the interaction's timestamp: a timeline is then one index range
  // scan, and the latest interaction per attribute value one seek.
  const timedOwner = (item: Planned) => ({ ...owner(item), timestamp: item.row.timestamp });
  const tables = {
    Interaction: items.map((item) => item.row),
    InteractionCrosswalk: partRows(items, (item) => item.crosswalks, owner),
    InteractionAttributeValue: partRows(items, (item) => item.attributes, timedOwner),
    InteractionProperty: partRows(items, (item) => item.properties, owner),
    InteractionMember: partRows(items, (item) => item.members, timedOwner),
  };
  const changes = items.map(({ row }): ChangeEntry => ({
    objectType: 'interaction',
    objectId: row.id,
    typeId: row.interactionTypeId,
    kind: 'created',
  }));
  await writeStatementsUnderConfiguration(db, snapshot.tenantId, snapshot.version, timeoutMs, async (tx) => {
    await tx.executeAll([
      ...insertStatements(tx.provider, tables),
      ...changeLogStatements(tx.provider, snapshot.tenantId, items[0]!.row.createdBy, changes),
    ]);
  });
}
