// A re-key: when a change alters a type's idAttributes and asks for it (rekey: true), the keys
// of the type's stored interactions, and the crosswalks derived from them, are recomputed
// under the new idAttributes in the change's transaction. Only the types whose idAttributes
// change are read. What would make the re-key fail (two interactions with one key, a keyed
// interaction without a new id value) is asked of the database first; then the interactions
// are rewritten a page at a time, never all held in memory. Refused whole, nothing changed.
import { compositeKey } from '../../db/batching.ts';
import { setColumnById } from '../../db/bulk-update.ts';
import type { DbTransaction } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import {
  clearIdKeys,
  crosswalkHolders,
  keyHolders,
  lackingIdValues,
  readKeyPage,
  sharedIdValues,
  type KeyRow,
  type KeyScope,
} from '../../db/id-keys.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { clip } from '../../errors/quote.ts';
import { MAX_VALUE_BYTES } from '../crosswalks/prepare-crosswalks.ts';
import { derivedCrosswalkValue, identityOf } from '../interactions/id-key.ts';
import { interactionUri } from '../uris/uris.ts';
import type { ConfigurationDocument } from './document.ts';
import type { Deadline } from './configuration-timeout.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from './model.ts';

// Interactions read and rewritten per page.
const PAGE_SIZE = 10_000;
// Most examples a message names; it says how many there are in all.
const NAMED_IN_MESSAGE = 3;

/** The re-key of one type: its interactions in scope get keys from `idAttributes`. */
interface TypeRekey {
  type: InteractionTypeModel;
  idAttributes: string[];
  /**
   * Interactions with a key when the type had idAttributes (the others' crosswalks were given);
   * every interaction with values for all new id attributes when it had none (M10: nothing
   * told derived identities apart then; those without values stay without a key).
   */
  scope: KeyScope;
  path: Array<string | number>;
}

/**
 * Re-keys the stored interactions of every type whose idAttributes the change alters, in the
 * change's transaction; returns the problems that refuse the change (the caller rolls back).
 */
export async function rekeyChangedTypes(
  tx: DbTransaction,
  current: ConfigurationSnapshot,
  target: ConfigurationDocument,
  deadline: Deadline,
): Promise<Problem[]> {
  const rekeys: TypeRekey[] = [];
  for (const [index, next] of target.interactionTypes.entries()) {
    const type = current.interactionTypes.find((candidate) => candidate.name === next.name);
    if (!type || JSON.stringify(type.idAttributes) === JSON.stringify(next.idAttributes)) continue;
    const scope = type.idAttributes.length ? 'keyed' : 'all';
    rekeys.push({ type, idAttributes: next.idAttributes, scope, path: ['interactionTypes', index, 'idAttributes'] });
  }
  const problems: Problem[] = [];
  for (const rekey of rekeys) problems.push(...(await check(tx, current.tenantId, rekey)));
  if (problems.length) return problems;
  for (const rekey of rekeys) {
    try {
      if (!rekey.idAttributes.length) await clearIdKeys(tx, current.tenantId, rekey.type.id);
      else problems.push(...(await rewrite(tx, current, rekey, deadline)));
    } catch (error) {
      // The checks found no collision; a write that meets one met a value written since.
      if (!isUniqueViolation(error)) throw error;
      return [tookMeanwhile(rekey)];
    }
  }
  return problems;
}

const tookMeanwhile = ({ type, idAttributes, path }: TypeRekey) =>
  problem(
    'REKEY_COLLISION',
    `re-keying ${type.name} by ${idAttributes.join(', ')} met a key or crosswalk that another request stored meanwhile; nothing was changed: try again`,
    path,
  );

const attributeIdOf = (type: InteractionTypeModel, name: string) => type.attributes.find((attribute) => attribute.name === name)?.id;
const interactions = (count: number) => `${count} stored interaction${count === 1 ? '' : 's'}`;

/** REKEY_MISSING_ID_VALUE and REKEY_COLLISION, found by the database. */
async function check(tx: DbTransaction, tenantId: string, { type, idAttributes, scope, path }: TypeRekey): Promise<Problem[]> {
  if (!idAttributes.length) return [];
  const where = { tenantId, interactionTypeId: type.id, scope };
  const attributeIds = idAttributes.map((name) => attributeIdOf(type, name));
  const by = `${type.name} by ${idAttributes.join(', ')}`;
  const problems: Problem[] = [];
  if (scope === 'keyed') {
    const lacking = await lackingIdValues(tx, where, attributeIds, NAMED_IN_MESSAGE);
    if (lacking.count) {
      const named = lacking.examples.map(
        ({ id, missing }) => `${interactionUri(id)} (no ${missing.map((at) => idAttributes[at]).join(', ')})`,
      );
      problems.push(
        problem(
          'REKEY_MISSING_ID_VALUE',
          `re-keying ${by} needs a value of every id attribute; ${interactions(lacking.count)} with a key ${lacking.count === 1 ? 'has' : 'have'} none: ${listed(named, lacking.count)}; nothing was changed`,
          path,
        ),
      );
    }
  }
  const shared = await sharedIdValues(tx, where, attributeIds, NAMED_IN_MESSAGE);
  if (shared.groups) {
    const named = shared.examples.map(
      ({ first, last, size }) =>
        `${interactionUri(first)} and ${interactionUri(last)}${size > 2 ? ` (and ${size - 2} more with these values)` : ''}`,
    );
    problems.push(
      problem(
        'REKEY_COLLISION',
        `re-keying ${by} would give one key to several of ${interactions(shared.interactions)}, in ${shared.groups} group${shared.groups === 1 ? '' : 's'} of equal values: ${listed(named, shared.groups)}; nothing was changed: make their values differ, or delete all but one of each group`,
        path,
      ),
    );
  }
  return problems;
}

/** A row's column to set to a new value. */
interface Rewrite {
  id: string;
  value: string;
}

interface CrosswalkRewrite extends Rewrite {
  sourceId: string;
  interactionId: string;
}

// A row whose new value another row still holds (that one is rewritten later) waits under a
// value no real one can equal, and takes its own when every row has been rewritten: keys are
// hexadecimal digests, and a caller's crosswalk value is at most MAX_VALUE_BYTES bytes.
const waitingKey = (row: Rewrite) => `~${row.value}`;
const waitingCrosswalkValue = (row: Rewrite) => `re-key of crosswalk ${row.id} `.padEnd(MAX_VALUE_BYTES + 1, '~');

/** Rewrites the keys and derived crosswalks of the type's interactions in scope, a page at a time. */
async function rewrite(tx: DbTransaction, current: ConfigurationSnapshot, rekey: TypeRekey, deadline: Deadline): Promise<Problem[]> {
  const { tenantId } = current;
  const { type, idAttributes, scope } = rekey;
  const where = { tenantId, interactionTypeId: type.id, scope };
  const readIds = [...new Set([...type.idAttributes, ...idAttributes].map((name) => attributeIdOf(type, name)))].filter(
    (id) => id !== undefined,
  );
  const waiting = { keys: [] as Rewrite[], crosswalks: [] as CrosswalkRewrite[] };
  for (let after = ''; ;) {
    deadline.check();
    const page = await readKeyPage(tx, where, readIds, after, PAGE_SIZE);
    const waits = await writePage(tx, tenantId, rewritesOf(rekey, page));
    waiting.keys.push(...waits.keys);
    waiting.crosswalks.push(...waits.crosswalks);
    if (page.length < PAGE_SIZE) break;
    after = page.at(-1)!.id;
  }
  // Every row holds its new value or a waiting one now: a value still held is held for good.
  const taken = await crosswalkHolders(tx, tenantId, waiting.crosswalks);
  const conflicts = waiting.crosswalks.flatMap((crosswalk) => {
    const holder = taken.get(compositeKey(crosswalk.sourceId, crosswalk.value));
    if (!holder) return [];
    const source = current.sourceById.get(crosswalk.sourceId)!.uri;
    return [
      `${interactionUri(crosswalk.interactionId)} and ${interactionUri(holder.interactionId)} (crosswalk ${source} ${clip(crosswalk.value)})`,
    ];
  });
  if (conflicts.length) return [crosswalkTaken(rekey, conflicts)];
  await setColumnById(tx, 'Interaction', 'idKey', tenantId, waiting.keys);
  await setColumnById(tx, 'InteractionCrosswalk', 'value', tenantId, waiting.crosswalks);
  return [];
}

const crosswalkTaken = ({ type, idAttributes, path }: TypeRekey, conflicts: string[]) =>
  problem(
    'REKEY_COLLISION',
    `re-keying ${type.name} by ${idAttributes.join(', ')} would give a derived crosswalk the value another crosswalk holds, for ${conflicts.length} interaction${conflicts.length === 1 ? '' : 's'}: ${listed(conflicts.slice(0, NAMED_IN_MESSAGE), conflicts.length)}; nothing was changed: delete one, or change the explicit crosswalk`,
    path,
  );

/** Writes a page's new keys and crosswalk values; the rows whose new value another row holds now take a waiting one, and are returned. */
async function writePage(tx: DbTransaction, tenantId: string, { keys, crosswalks }: { keys: Rewrite[]; crosswalks: CrosswalkRewrite[] }) {
  const heldKeys = await keyHolders(
    tx,
    tenantId,
    keys.map((key) => key.value),
  );
  const heldValues = await crosswalkHolders(tx, tenantId, crosswalks);
  const keyWaits = new Set(keys.filter((key) => heldKeys.has(key.value)));
  const crosswalkWaits = new Set(crosswalks.filter((crosswalk) => heldValues.has(compositeKey(crosswalk.sourceId, crosswalk.value))));
  const waitingOr =
    <Row extends Rewrite>(waits: Set<Row>, waitingValue: (row: Row) => string) =>
    (row: Row) =>
      waits.has(row) ? { id: row.id, value: waitingValue(row) } : row;
  await setColumnById(tx, 'Interaction', 'idKey', tenantId, keys.map(waitingOr(keyWaits, waitingKey)));
  await setColumnById(tx, 'InteractionCrosswalk', 'value', tenantId, crosswalks.map(waitingOr(crosswalkWaits, waitingCrosswalkValue)));
  return { keys: [...keyWaits], crosswalks: [...crosswalkWaits] };
}

/** The new keys and derived crosswalk values of a page: only the rows whose value changes. */
function rewritesOf({ type, idAttributes, scope }: TypeRekey, page: KeyRow[]) {
  const keys: Rewrite[] = [];
  const crosswalks: CrosswalkRewrite[] = [];
  for (const row of page) {
    const valueOf = (name: string) => row.values.find((value) => value.attributeTypeId === attributeIdOf(type, name))?.value;
    const next = identityOf({ id: type.id, idAttributes }, valueOf);
    // Only without idAttributes before can an interaction in scope lack a value: it keeps no key.
    if ('missing' in next) continue;
    if (row.idKey !== next.identity.key) keys.push({ id: row.id, value: next.identity.key });
    // A crosswalk is rewritten only when it is the one its old key derived: a legacy or given one stays.
    const old = scope === 'keyed' ? identityOf(type, valueOf) : null;
    if (!old || 'missing' in old) continue;
    const [was, now] = [derivedCrosswalkValue(type.name, old.identity), derivedCrosswalkValue(type.name, next.identity)];
    if (was === now) continue;
    for (const { id, sourceId, value } of row.crosswalks) {
      if (value === was) crosswalks.push({ id, sourceId, value: now, interactionId: row.id });
    }
  }
  return { keys, crosswalks };
}

/** The named items, and how many more there are of `total`. */
function listed(named: string[], total: number): string {
  return total > named.length ? `${named.join('; ')} (and ${total - named.length} more)` : named.join('; ');
}
