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
import { sourceByReference } from '../configuration/references.ts';
import { crosswalkKey } from '../crosswalks/crosswalk-key.ts';
import { earlierClaims, type PreparedCrosswalk } from '../crosswalks/prepare-crosswalks.ts';
import type { CreateBatch } from '../batch/create-options.ts';
import type { InteractionInput } from './interaction-input.ts';
import type { InteractionModel, InteractionRow, StoredMember } from './interaction-model.ts';
import { newStoredValues, type StoredValue } from '../attributes/stored-values.ts';
import { newStoredCrosswalks, type StoredCrosswalk } from '../crosswalks/stored-crosswalks.ts';
import { interactionUri } from '../uris/uris.ts';
import { prepareInteraction, type Draft } from './prepare-interaction.ts';
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

/**
 * 536 for drafts whose crosswalk an interaction already holds, or an earlier draft of the
 * batch claims; each says which interaction holds it and whether the input is identical.
 */
async function refuseTakenCrosswalks(
  ctx: ServiceContext,
  drafts: Draft[],
  members: Map<Draft, ResolvedMember[]>,
): Promise<Array<{ duplicate: Problem; earlierIndex: number }>> {
  const candidates = drafts.filter((draft) => draft.errors.length === 0 && !draft.crosswalkGenerated);
  const keys = candidates.flatMap((draft) =>
    draft.crosswalks.map((crosswalk) => ({ sourceId: crosswalk.source.id, value: crosswalk.value })),
  );
  const holders = (await ctx.loaders.interactionIdByCrosswalk.loadMany(keys)).map((holder) => {
    if (holder instanceof Error) throw holder;
    return holder;
  });
  const takenInStore = new Map<Draft, { crosswalk: PreparedCrosswalk; holderId: string }>();
  let at = 0;
  for (const draft of candidates) {
    for (const crosswalk of draft.crosswalks) {
      const holderId = holders[at++];
      if (holderId && !takenInStore.has(draft)) takenInStore.set(draft, { crosswalk, holderId });
    }
  }
  const stored = await storedSignatures(ctx, [...new Set([...takenInStore.values()].map((taken) => taken.holderId))]);
  for (const [draft, taken] of takenInStore) {
    const identical = sameInteraction(signatureOfDraft(draft, members.get(draft)!), stored.get(taken.holderId) ?? null);
    draft.errors.push(duplicate(taken.crosswalk, interactionUri(taken.holderId), identical, 'already exists'));
  }

  const rest = candidates.filter((draft) => !takenInStore.has(draft));
  const claims = earlierClaims(rest.map((draft) => draft.crosswalks));
  const inBatch: Array<{ duplicate: Problem; earlierIndex: number }> = [];
  rest.forEach((draft, index) => {
    const claim = claims[index];
    if (!claim) return;
    const earlier = rest[claim.index]!;
    const identical = sameInteraction(signatureOfDraft(draft, members.get(draft)!), signatureOfDraft(earlier, members.get(earlier)!));
    const taken = duplicate(claim.crosswalk, null, identical, `is already created by item ${earlier.index} of this batch`);
    draft.errors.push(taken);
    inBatch.push({ duplicate: taken, earlierIndex: earlier.index });
  });
  return inBatch;
}

function duplicate(crosswalk: PreparedCrosswalk, existingUri: string | null, identical: boolean, where: string): Problem {
  return {
    ...problem(
      'CROSSWALK_ALREADY_EXISTS',
      `Interaction with specified system ${crosswalk.source.uri} and value ${clip(crosswalk.value)} ${where}.`,
      ['crosswalks'],
      `Failed to create interaction, because such crosswalk already exists. System and value parameters pair should be unique. ${identical ? 'The input is identical to the existing interaction (a replay).' : 'The input differs from the existing interaction.'}`,
    ),
    existingUri,
    identicalToExisting: identical,
  };
}

function plan(ctx: ServiceContext, draft: Draft, members: ResolvedMember[], now: bigint): Planned {
  const { tenantId, caller } = ctx;
  return {
    draft,
    row: {
      ...{ tenantId, id: newId(), interactionTypeId: draft.type.id, timestamp: draft.timestamp, idKey: null },
      ...{ createdTime: now, updatedTime: now, createdBy: caller, updatedBy: caller },
    },
    attributes: newStoredValues(draft.values),
    crosswalks: newStoredCrosswalks(draft.crosswalks, now),
    members: newStoredMembers(members),
  };
}

/**
 * Says why items lost a race at write time: their crosswalk was taken by a concurrent
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
  ctx.loaders.interactionIdByCrosswalk.clearAll();
  const keys = lost.flatMap((item) =>
    item.draft.crosswalks.map((crosswalk) => ({ sourceId: crosswalk.source.id, value: crosswalk.value })),
  );
  const holders = await ctx.loaders.interactionIdByCrosswalk.loadMany(keys);
  const holderByKey = new Map(keys.map((key, index) => [crosswalkKey(key), holders[index]]));
  const holderOf = (crosswalk: PreparedCrosswalk) => {
    const holder = holderByKey.get(crosswalkKey({ sourceId: crosswalk.source.id, value: crosswalk.value }));
    return typeof holder === 'string' ? holder : null;
  };
  const taken = new Map(
    lost.flatMap((item) => {
      const crosswalk = item.draft.crosswalks.find((candidate) => holderOf(candidate) !== null);
      return crosswalk ? [[item, { crosswalk, holderId: holderOf(crosswalk)! }] as const] : [];
    }),
  );
  const stored = await storedSignatures(ctx, [...new Set([...taken.values()].map((entry) => entry.holderId))]);
  for (const item of lost) {
    const entry = taken.get(item);
    const result = results[item.draft.index]!;
    if (entry) {
      const identical = sameInteraction(signatureOfDraft(item.draft, members.get(item.draft)!), stored.get(entry.holderId) ?? null);
      result.errors.push(duplicate(entry.crosswalk, interactionUri(entry.holderId), identical, 'already exists'));
    } else if (!allOrNothing) {
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
