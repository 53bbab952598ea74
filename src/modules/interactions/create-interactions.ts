// createInteractions, the heart: a batch of inputs in, one result per input out, in input
// order. Inputs are checked on their own, members of the whole request are resolved in one
// round of batched lookups, duplicates (536) are found in the store and in the batch, and
// the valid inputs are written together, each atomically (or all or none when asked).
import type { Db } from '../../db/client.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.ts';
import { insertTables, partRows } from '../../db/bulk-insert.ts';
import { newId } from '../../db/ids.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { ItemOutcome } from '../batch/item-result.ts';
import { newOutcomes, writeBatch } from '../batch/batch-pipeline.ts';
import { MalformedItem } from '../batch/malformed-item.ts';
import { sourceByReference } from '../configuration/references.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import type { PreparedCrosswalk } from '../crosswalks/prepare-crosswalks.ts';
import type { CreateBatch } from '../batch/create-options.ts';
import type { InteractionInput } from './interaction-input.ts';
import type { InteractionModel, InteractionRow, StoredMember } from './interaction-model.ts';
import { newStoredValues, type StoredValue } from '../attributes/stored-values.ts';
import { newStoredCrosswalks, type StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import { interactionUri } from '../uris/uris.ts';
import { prepareInteraction, type Draft } from './prepare-interaction.ts';
import type { IdIdentity } from './id-key.ts';
import { newStoredMembers, resolveMembers, type ResolvedMember } from './resolve-members.ts';
import { sameInteraction, signatureOfDraft, storedSignatures } from './interaction-signature.ts';
import { clip } from '../../errors/quote.ts';

interface Planned {
  draft: Draft;
  row: InteractionRow;
  attributes: StoredValue[];
  crosswalks: StoredCrosswalk[];
  members: StoredMember[];
}

export const createInteractions: CreateBatch<InteractionInput, InteractionModel> = async (ctx, inputs, options) => {
  const snapshot = await ctx.configuration();
  const namedSource = options.source ? (sourceByReference(snapshot, options.source) ?? null) : null;
  if (options.source && !namedSource) throw requestError('BAD_REQUEST', `source system ${options.source} is not defined`);
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

  const now = BigInt(Date.now());
  const context = { snapshot, namedSource, crosswalkValue: options.crosswalkValue ?? null, now, limits: ctx.settings };
  const drafts: Draft[] = [];
  inputs.forEach((input, index) => {
    if (input instanceof MalformedItem) {
      results[index]!.errors.push(...input.problems);
      return;
    }
    const draft = prepareInteraction(input, index, context);
    if (Array.isArray(draft)) results[index]!.errors.push(...draft);
    else drafts.push(draft);
  });
  const members = await resolveMembers(ctx, drafts);
  const claimedInBatch = await refuseTakenCrosswalks(ctx, drafts, members);

  const planned = drafts.filter((draft) => draft.errors.length === 0).map((draft) => plan(ctx, draft, members.get(draft)!, now));
  for (const draft of drafts) {
    results[draft.index]!.errors.push(...draft.errors);
    results[draft.index]!.warnings.push(...draft.warnings);
  }
  await writeBatch(
    {
      noun: 'interaction',
      indexOf: (item) => item.draft.index,
      write: (items) => writeInteractions(ctx.db, items),
      // A member deleted meanwhile fails its foreign key: that race is lost too.
      isLostRace: (error) => isUniqueViolation(error) || isForeignKeyViolation(error),
      explainLostRaces: (lost, outcomes, allOrNothing) => explainLostRaces(ctx, lost, outcomes, members, allOrNothing),
      uriOf: (item) => interactionUri(item.row.id),
      objectOf: ({ row, attributes, crosswalks, members }, includeHidden) => ({
        ...row,
        attributes,
        crosswalks,
        members,
        showHidden: includeHidden,
      }),
    },
    planned,
    results,
    options,
  );
  // A 536 against an earlier input names the interaction that input created.
  for (const { duplicate: taken, earlierIndex } of claimedInBatch) taken.existingUri = results[earlierIndex]!.uri;
  return results;
};

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
  const stored = await storedSignatures(ctx, [...new Set([...taken.values()].map((entry) => entry.holderId))]);
  const refused = new Map<Draft, Problem>();
  for (const [draft, { claim, holderId }] of taken) {
    const identical = sameInteraction(signatureOfDraft(draft, members.get(draft)!), stored.get(holderId) ?? null);
    refused.set(draft, duplicate(draft, claim, interactionUri(holderId), identical, 'already exists'));
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
      ...{ createdTime: now, updatedTime: now, createdBy: caller, updatedBy: caller },
    },
    attributes: newStoredValues(draft.values),
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

async function writeInteractions(db: Db, items: Planned[]): Promise<void> {
  const owner = ({ row }: Planned) => ({ tenantId: row.tenantId, interactionId: row.id });
  // Members carry the interaction's timestamp: a timeline is then one index range scan.
  const memberOwner = (item: Planned) => ({ ...owner(item), timestamp: item.row.timestamp });
  await db.$transaction(
    insertTables(db, {
      Interaction: items.map((item) => item.row),
      InteractionCrosswalk: partRows(items, (item) => item.crosswalks, owner),
      InteractionAttributeValue: partRows(items, (item) => item.attributes, owner),
      InteractionMember: partRows(items, (item) => item.members, memberOwner),
    }),
  );
}
