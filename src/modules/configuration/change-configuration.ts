// Every configuration change goes through here: build the whole target document, check it
// on its own and against stored data, then write the difference and bump the tenant's
// configuration version, all in one transaction. A refused change writes nothing.
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { tenantVersion } from '../tenants/tenant-service.ts';
import { checkStoredData } from './check-stored-data.ts';
import { canonicalDocument, type ConfigurationDocument } from './document.ts';
import { exportConfiguration } from './export.ts';
import type { ConfigurationSnapshot } from './model.ts';
import { applyRekey, isEmptyRekey, planRekey } from './rekey-interactions.ts';
import { loadConfigurationSnapshot } from './snapshot-loader.ts';
import { StoredData } from './stored-data.ts';
import { validateDocument } from './validate-document.ts';
import { writeConfiguration } from './write-configuration.ts';

export interface ChangeOutcome {
  ok: boolean;
  /** False when the target equals what is stored: nothing was written. */
  changed: boolean;
  /** The configuration version after the change (the current one when nothing changed). */
  version: number;
  problems: Problem[];
}

/** What a change confirms beyond the target document. */
export interface ChangeOptions {
  /** Turning immutable interaction types into mutable ones. */
  allowImmutableToMutable?: boolean;
  /**
   * Recomputing the id-attribute keys and derived crosswalks of stored interactions, which
   * changing a type's idAttributes needs; with an unchanged document, a backfill of the keys.
   */
  rekey?: boolean;
}

/** How a change turns the current configuration into the target, or why it cannot. */
export type ChangeBuilder = (current: ConfigurationDocument, snapshot: ConfigurationSnapshot) => ConfigurationDocument | Problem[];

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('configuration change refused');
  }
}

class Unchanged extends Error {
  constructor(readonly version: number) {
    super('configuration unchanged');
  }
}

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * Applies one configuration change for the tenant, atomically. Changes of one tenant are
 * serialised, across processes too, by the lock on the tenant row that each takes first.
 */
export async function changeConfiguration(
  db: Db,
  tenantId: string,
  build: ChangeBuilder,
  options: ChangeOptions & { now?: bigint } = {},
): Promise<ChangeOutcome> {
  await tenantVersion(db, tenantId);
  const now = options.now ?? BigInt(Date.now());
  try {
    return await db.$transaction(async (tx) => {
      // The version is bumped first so that the row lock is held before anything is read;
      // a refused or empty change rolls the bump back with everything else.
      const { configVersion: next } = await tx.tenant.update({
        where: { id: tenantId },
        data: { configVersion: { increment: 1 }, updatedTime: now },
        select: { configVersion: true },
      });
      const snapshot = await loadConfigurationSnapshot(tx, tenantId, next - 1);
      const current = exportConfiguration(snapshot);
      const target = build(current, snapshot);
      if (Array.isArray(target)) throw new Refused(target);
      const invalid = validateDocument(target);
      if (invalid.length) throw new Refused(invalid);
      const canonical = canonicalDocument(target);
      const unchanged = JSON.stringify(canonical) === JSON.stringify(current);
      if (unchanged && !options.rekey) throw new Unchanged(next - 1);
      const conflicts = unchanged ? [] : await checkStoredData(new StoredData(tx, tenantId), snapshot, target, options);
      if (conflicts.length) throw new Refused(conflicts);
      const rekey = options.rekey ? await planRekey(tx, snapshot, target) : null;
      if (rekey?.problems.length) throw new Refused(rekey.problems);
      if (unchanged && isEmptyRekey(rekey!.rekey)) throw new Unchanged(next - 1);
      if (!unchanged) await writeConfiguration(tx, snapshot, canonical, now);
      if (rekey) await applyRekey(tx, tenantId, rekey.rekey);
      return { ok: true, changed: true, version: next, problems: [] };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof Unchanged) return { ok: true, changed: false, version: error.version, problems: [] };
    if (error instanceof Refused || isUniqueViolation(error)) {
      const version = await tenantVersion(db, tenantId);
      const problems =
        error instanceof Refused
          ? error.problems
          : [problem('CONFIGURATION_CONFLICT', 'the configuration was changed by another request at the same time; nothing was applied')];
      return { ok: false, changed: false, version, problems };
    }
    throw error;
  }
}
