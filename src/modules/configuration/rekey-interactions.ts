// A re-key: when a change asks for it, the id-attribute keys of stored interactions (and the
// crosswalks derived from them) are recomputed under the target configuration's idAttributes,
// in the change's transaction. Refused whole when two interactions would share a key, or one
// that had a derived key has no value for a new id attribute.
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import { compositeKey, groupBy, MAX_KEYS_PER_QUERY } from '../../db/batching.ts';
import { setColumnById } from '../../db/bulk-update.ts';
import type { DbTransaction } from '../../db/client.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { clip } from '../../errors/quote.ts';
import { derivedCrosswalkValue, identityOf, unscopedCrosswalkValue } from '../interactions/id-key.ts';
import { interactionUri } from '../uris/uris.ts';
import type { ConfigurationDocument } from './document.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from './model.ts';

/** The rows a re-key rewrites: only those whose key or derived crosswalk value changes. */
export interface Rekey {
  /** Interactions by id, with their new key and the one they had. */
  keys: Array<{ id: string; value: string | null; previous: string | null }>;
  /** Derived crosswalks by id, with their new value and the one they had. */
  crosswalks: Array<{ id: string; sourceId: string; value: string; previous: string; interactionId: string }>;
}

interface StoredInteraction {
  id: string;
  idKey: string | null;
  crosswalks: Array<{ id: string; sourceId: string; value: string }>;
  attributes: Array<{ attributeTypeId: string; value: string }>;
}

// Most URIs (or pairs of them) a message names; the count says how many more there are.
const NAMED_IN_MESSAGE = 3;

/** What the re-key would rewrite, or why it cannot: every interaction type that exists before and after the change. */
export async function planRekey(
  tx: DbTransaction,
  current: ConfigurationSnapshot,
  target: ConfigurationDocument,
): Promise<{ rekey: Rekey; problems: Problem[] }> {
  const rekey: Rekey = { keys: [], crosswalks: [] };
  const problems: Problem[] = [];
  for (const [index, next] of target.interactionTypes.entries()) {
    const old = current.interactionTypes.find((type) => type.name === next.name);
    if (!old || (old.idAttributes.length === 0 && next.idAttributes.length === 0)) continue;
    const path = ['interactionTypes', index, 'idAttributes'];
    problems.push(...(await planType(tx, current.tenantId, old, next.idAttributes, rekey, path)));
  }
  if (!problems.length) problems.push(...(await takenCrosswalks(tx, current, rekey)));
  return { rekey, problems };
}

/** Adds the rewrites of one type's interactions to `rekey`; returns the problems found. */
async function planType(
  tx: DbTransaction,
  tenantId: string,
  type: InteractionTypeModel,
  idAttributes: string[],
  rekey: Rekey,
  path: Array<string | number>,
): Promise<Problem[]> {
  const attributeIdOf = (name: string) => type.attributes.find((attribute) => attribute.name === name)?.id;
  const attributeIds = [...new Set([...type.idAttributes, ...idAttributes].map(attributeIdOf).filter((id) => id !== undefined))];
  const before = { id: type.id, idAttributes: type.idAttributes };
  const after = { id: type.id, idAttributes };
  const holderOfKey = new Map<string, string>();
  const collisions: string[] = [];
  const lacking: string[] = [];
  for await (const interaction of interactionsOfType(tx, tenantId, type.id, attributeIds)) {
    const valueOf = (name: string) => interaction.attributes.find((value) => value.attributeTypeId === attributeIdOf(name))?.value;
    if (interaction.idKey === null && !hasUnkeyedDerivedCrosswalk(type, interaction, identityOf(before, valueOf))) continue;
    if (idAttributes.length === 0) {
      // Without id attributes the derived crosswalk is just an id now: it stays as it is.
      if (interaction.idKey !== null) rekey.keys.push({ id: interaction.id, value: null, previous: interaction.idKey });
      continue;
    }
    const derived = identityOf(after, valueOf);
    if ('missing' in derived) {
      lacking.push(`${interactionUri(interaction.id)} (no ${derived.missing.join(', ')})`);
      continue;
    }
    const { key } = derived.identity;
    const earlier = holderOfKey.get(key);
    if (earlier) collisions.push(`${interactionUri(earlier)} and ${interactionUri(interaction.id)}`);
    else holderOfKey.set(key, interaction.id);
    if (interaction.idKey !== key) rekey.keys.push({ id: interaction.id, value: key, previous: interaction.idKey });
    const [crosswalk] = interaction.crosswalks;
    const value = derivedCrosswalkValue(type.name, derived.identity);
    if (interaction.crosswalks.length === 1 && crosswalk!.value !== value) {
      const { id, sourceId, value: previous } = crosswalk!;
      rekey.crosswalks.push({ id, sourceId, value, previous, interactionId: interaction.id });
    }
  }
  const problems: Problem[] = [];
  const by = `${type.name} by ${idAttributes.join(', ')}`;
  if (collisions.length)
    problems.push(
      problem(
        'REKEY_COLLISION',
        `re-keying ${by} would give the same key to ${named(collisions)}; nothing was changed: make their values differ, or delete one`,
        path,
      ),
    );
  if (lacking.length)
    problems.push(
      problem(
        'REKEY_MISSING_ID_VALUE',
        `re-keying ${by} needs a value of every id attribute; ${named(lacking)} ${lacking.length === 1 ? 'has' : 'have'} none; nothing was changed`,
        path,
      ),
    );
  return problems;
}

/**
 * Whether an interaction stored without a key (before keys were kept, or with a crosswalk
 * the caller gave) has the single crosswalk its id values derived then or derive now: such a
 * crosswalk is taken for a derived one, which is how data from before keys gets them.
 */
function hasUnkeyedDerivedCrosswalk(type: InteractionTypeModel, interaction: StoredInteraction, derived: ReturnType<typeof identityOf>) {
  if (type.idAttributes.length === 0 || 'missing' in derived || interaction.crosswalks.length !== 1) return false;
  const { value } = interaction.crosswalks[0]!;
  return value === unscopedCrosswalkValue(derived.identity.idValues) || value === derivedCrosswalkValue(type.name, derived.identity);
}

/** REKEY_COLLISION for rewritten crosswalks whose new value an interaction keeps in the same source. */
async function takenCrosswalks(tx: DbTransaction, current: ConfigurationSnapshot, rekey: Rekey): Promise<Problem[]> {
  const rewritten = new Set(rekey.crosswalks.map((crosswalk) => crosswalk.id));
  const conflicts: string[] = [];
  for (let start = 0; start < rekey.crosswalks.length; start += MAX_KEYS_PER_QUERY) {
    const chunk = rekey.crosswalks.slice(start, start + MAX_KEYS_PER_QUERY);
    const holders = await tx.interactionCrosswalk.findMany({
      where: {
        tenantId: current.tenantId,
        OR: [...groupBy(chunk, (crosswalk) => crosswalk.sourceId)].map(([sourceId, group]) => ({
          sourceId,
          value: { in: group.map((crosswalk) => crosswalk.value) },
        })),
      },
      select: { id: true, sourceId: true, value: true, interactionId: true },
    });
    for (const holder of holders) {
      // A crosswalk the re-key rewrites too frees its value.
      if (rewritten.has(holder.id)) continue;
      const taker = chunk.find((crosswalk) => crosswalk.sourceId === holder.sourceId && crosswalk.value === holder.value)!;
      const source = current.sourceById.get(holder.sourceId)!.uri;
      conflicts.push(
        `${interactionUri(taker.interactionId)} and ${interactionUri(holder.interactionId)} (crosswalk ${source} ${clip(holder.value)})`,
      );
    }
  }
  if (!conflicts.length) return [];
  return [
    problem(
      'REKEY_COLLISION',
      `re-keying would give ${named(conflicts)} the same crosswalk; nothing was changed: delete one, or change the explicit crosswalk`,
    ),
  ];
}

/**
 * Writes the re-key, each row once. A unique index is checked row by row, so when a row
 * takes the value another rewritten row still holds, the rewritten rows are cleared first.
 */
export async function applyRekey(tx: DbTransaction, tenantId: string, rekey: Rekey): Promise<void> {
  const { keys, crosswalks } = rekey;
  if (takesHeldValue(keys.map((key) => [key.previous, key.value]))) {
    await setColumnById(
      tx,
      'Interaction',
      'idKey',
      tenantId,
      keys.map(({ id }) => ({ id, value: null })),
    );
  }
  await setColumnById(tx, 'Interaction', 'idKey', tenantId, keys);
  const inSource = (sourceId: string, value: string) => compositeKey(sourceId, value);
  if (
    takesHeldValue(
      crosswalks.map((crosswalk) => [inSource(crosswalk.sourceId, crosswalk.previous), inSource(crosswalk.sourceId, crosswalk.value)]),
    )
  ) {
    await setColumnById(
      tx,
      'InteractionCrosswalk',
      'value',
      tenantId,
      crosswalks.map(({ id }) => ({ id, value: `rekey:${id}` })),
    );
  }
  await setColumnById(tx, 'InteractionCrosswalk', 'value', tenantId, crosswalks);
}

/** Whether any row takes a value that a rewritten row held before. */
function takesHeldValue(changes: Array<[previous: string | null, value: string | null]>): boolean {
  const held = new Set(changes.map(([previous]) => previous));
  return changes.some(([, value]) => value !== null && held.has(value));
}

export const isEmptyRekey = (rekey: Rekey) => rekey.keys.length === 0 && rekey.crosswalks.length === 0;

function named(items: string[]): string {
  const shown = items.slice(0, NAMED_IN_MESSAGE).join('; ');
  return items.length > NAMED_IN_MESSAGE ? `${shown} (and ${items.length - NAMED_IN_MESSAGE} more)` : shown;
}

// Interactions read per statement: the page is a subquery, so no statement binds its ids.
const PAGE_SIZE = 5_000;

/**
 * The interactions of a type with their crosswalks and the values of the given attributes,
 * a page at a time: two statements a page, whatever the number of interactions in it.
 */
async function* interactionsOfType(
  tx: DbTransaction,
  tenantId: string,
  interactionTypeId: string,
  attributeTypeIds: string[],
): AsyncGenerator<StoredInteraction> {
  let after = '';
  for (;;) {
    const page = sql`SELECT "id" FROM "Interaction"
      WHERE "tenantId" = ${tenantId} AND "interactionTypeId" = ${interactionTypeId} AND "id" > ${after}
      ORDER BY "id" LIMIT ${PAGE_SIZE}`;
    const rows = await tx.$queryRaw<
      Array<{ id: string; idKey: string | null; crosswalkId: string | null; sourceId: string | null; value: string | null }>
    >`SELECT i."id", i."idKey", c."id" AS "crosswalkId", c."sourceId", c."value"
        FROM "Interaction" i
        LEFT JOIN "InteractionCrosswalk" c ON c."tenantId" = i."tenantId" AND c."interactionId" = i."id"
       WHERE i."tenantId" = ${tenantId} AND i."id" IN (${page})
       ORDER BY i."id"`;
    const values = attributeTypeIds.length
      ? await tx.$queryRaw<Array<{ interactionId: string; attributeTypeId: string; value: string }>>`
          SELECT "interactionId", "attributeTypeId", "value" FROM "InteractionAttributeValue"
           WHERE "tenantId" = ${tenantId} AND "attributeTypeId" IN (${join(attributeTypeIds)}) AND "interactionId" IN (${page})`
      : [];
    const valuesOf = groupBy(values, (value) => value.interactionId);
    const interactions = [...groupBy(rows, (row) => row.id)].map(([id, joined]): StoredInteraction => ({
      id,
      idKey: joined[0]!.idKey,
      crosswalks: joined.flatMap(({ crosswalkId, sourceId, value }) =>
        crosswalkId ? [{ id: crosswalkId, sourceId: sourceId!, value: value! }] : [],
      ),
      attributes: valuesOf.get(id) ?? [],
    }));
    yield* interactions;
    if (interactions.length < PAGE_SIZE) return;
    after = interactions.at(-1)!.id;
  }
}
