// Keys for interactions stored before keys were kept. Those versions derived an input's
// crosswalk from the id values alone (`M-1`, in the request's source) and kept no key, so a
// replay from another source was stored again. The backfill gives such an interaction the key
// its id values give: an interaction of a type with idAttributes, without a key, whose single
// crosswalk is the value its id values derive (in the old form or the new one). It only sets
// keys: crosswalks stay as they are, since one that looks derived may have been given by a
// caller, and the key alone is what refuses replays. When the same event was stored twice
// (once per source, the old bug), the first in id order gets the key and the others are
// left without one and reported, never refused. It runs after the migrations, once per
// tenant (data-steps.ts), and on request (rekey: true with an unchanged configuration).
import { setColumnById } from '../../db/bulk-update.ts';
import type { Db, DbTransaction } from '../../db/client.ts';
import { ConfigurationChanged, writeUnderConfiguration } from '../../db/configuration-guard.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { keyHolders, readKeyPage, type KeyRow } from '../../db/id-keys.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Limits } from '../context/service-context.ts';
import { derivedCrosswalkValue, identityOf, unscopedCrosswalkValue } from '../interactions/id-key.ts';
import { findTenantVersion } from '../tenants/tenant-service.ts';
import { interactionUri } from '../uris/uris.ts';
import { writeTimeoutMs } from './configuration-timeout.ts';
import type { InteractionTypeModel } from './model.ts';
import { loadConfigurationSnapshot } from './snapshot-loader.ts';

// Interactions read (and keyed) per transaction: short ones, beside concurrent creates.
const PAGE_SIZE = 5_000;
// Attempts at one page, or at the whole tenant, while others write meanwhile.
const ATTEMPTS = 3;
// Interactions left without a key that an outcome lists; the log has every one.
const LISTED = 100;

export interface BackfillOutcome {
  keyed: number;
  /** Interactions left without a key because another interaction holds it. */
  unkeyed: number;
  /** The first of them (LISTED at most), each with the interaction that holds its key. */
  examples: Array<{ uri: string; heldBy: string }>;
}

/** Backfills the tenant's keys: every type with idAttributes, a page per transaction. */
export async function backfillIdKeys(
  db: Db,
  tenantId: string,
  logger: Logger,
  settings: Pick<Limits, 'CONFIGURATION_TIMEOUT_SECONDS'>,
): Promise<BackfillOutcome> {
  const outcome: BackfillOutcome = { keyed: 0, unkeyed: 0, examples: [] };
  for (let attempt = 1; ; attempt++) {
    const version = await findTenantVersion(db, tenantId);
    if (version === null) return outcome;
    const snapshot = await loadConfigurationSnapshot(db, tenantId, version);
    // Keys set by an earlier attempt stay; the interactions left without one are found again.
    Object.assign(outcome, { unkeyed: 0, examples: [] });
    try {
      // A page is written only under the configuration its keys were computed from.
      const inTransaction = <T>(work: (tx: DbTransaction) => Promise<T>) =>
        writeUnderConfiguration(db, tenantId, version, writeTimeoutMs(settings), work);
      for (const type of snapshot.interactionTypes) await backfillType(inTransaction, tenantId, type, outcome, logger);
      return outcome;
    } catch (error) {
      // A configuration changed meanwhile: the rest is backfilled under the new one.
      if (!(error instanceof ConfigurationChanged) || attempt === ATTEMPTS) throw error;
    }
  }
}

type InTransaction = <T>(work: (tx: DbTransaction) => Promise<T>) => Promise<T>;

async function backfillType(
  inTransaction: InTransaction,
  tenantId: string,
  type: InteractionTypeModel,
  outcome: BackfillOutcome,
  logger: Logger,
): Promise<void> {
  const attributeIds = type.idAttributes.map((name) => type.attributes.find((attribute) => attribute.name === name)?.id);
  if (!type.idAttributes.length || attributeIds.some((id) => id === undefined)) return;
  for (let after: string | null = ''; after !== null;) {
    const from: string = after;
    const page = await retryingLostRaces(() => inTransaction((tx) => backfillPage(tx, tenantId, type, attributeIds as string[], from)));
    outcome.keyed += page.keyed;
    outcome.unkeyed += page.unkeyed.length;
    outcome.examples.push(...page.unkeyed.slice(0, LISTED - outcome.examples.length));
    if (page.unkeyed.length)
      logger.warn(
        { tenantId, interactionType: type.uri, interactions: page.unkeyed },
        'interactions left without a dedup key: another interaction holds their key (the same event stored twice)',
      );
    after = page.next;
  }
}

/** Runs a page again when a concurrent create took one of its keys first (its key is then held). */
async function retryingLostRaces<T>(page: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === ATTEMPTS) throw error;
    }
  }
}

/** What one page did; `next` is where the next page starts (null: there is none). */
interface PageOutcome {
  keyed: number;
  unkeyed: BackfillOutcome['examples'];
  next: string | null;
}

/** Keys one page of the type's interactions without a key. */
async function backfillPage(
  tx: DbTransaction,
  tenantId: string,
  type: InteractionTypeModel,
  attributeIds: string[],
  after: string,
): Promise<PageOutcome> {
  const page = await readKeyPage(tx, { tenantId, interactionTypeId: type.id, scope: 'unkeyed' }, attributeIds, after, PAGE_SIZE);
  const candidates = page.flatMap((row) => {
    const key = legacyKey(type, attributeIds, row);
    return key ? [{ id: row.id, key }] : [];
  });
  const holders = await keyHolders(
    tx,
    tenantId,
    candidates.map((candidate) => candidate.key),
  );
  const keys: Array<{ id: string; value: string }> = [];
  const unkeyed: BackfillOutcome['examples'] = [];
  for (const { id, key } of candidates) {
    const holder = holders.get(key);
    if (holder) unkeyed.push({ uri: interactionUri(id), heldBy: interactionUri(holder) });
    else {
      holders.set(key, id);
      keys.push({ id, value: key });
    }
  }
  await setColumnById(tx, 'Interaction', 'idKey', tenantId, keys);
  return { keyed: keys.length, unkeyed, next: page.length < PAGE_SIZE ? null : page.at(-1)!.id };
}

/** The key of an interaction whose single crosswalk is the one its id values derive, in the old form or the new; else null. */
function legacyKey(type: InteractionTypeModel, attributeIds: string[], row: KeyRow): string | null {
  if (row.crosswalks.length !== 1) return null;
  const derived = identityOf(
    type,
    (name) => row.values.find((value) => value.attributeTypeId === attributeIds[type.idAttributes.indexOf(name)])?.value,
  );
  if ('missing' in derived) return null;
  const { value } = row.crosswalks[0]!;
  const looksDerived =
    value === unscopedCrosswalkValue(derived.identity.idValues) || value === derivedCrosswalkValue(type.name, derived.identity);
  return looksDerived ? derived.identity.key : null;
}
