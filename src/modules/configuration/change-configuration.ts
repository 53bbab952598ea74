// Every configuration change goes through here: build the whole target document, check it
// on its own and against stored data, then write the difference and bump the tenant's
// configuration version, all in one transaction. A refused change writes nothing.
import type { Db } from '../../db/client.ts';
import { isTransactionTimeout, isUniqueViolation } from '../../db/errors.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { tenantVersion } from '../tenants/tenant-service.ts';
import { checkStoredData } from './check-stored-data.ts';
import { canonicalDocument, type ConfigurationDocument } from './document.ts';
import { exportConfiguration } from './export.ts';
import type { ConfigurationSnapshot } from './model.ts';
import type { ChangeOptions } from './change-options.ts';
import { Deadline, DeadlinePassed } from './configuration-timeout.ts';
import { rekeyChangedTypes } from './rekey-interactions.ts';
import { loadConfigurationSnapshot } from './snapshot-loader.ts';
import { StoredData } from './stored-data.ts';
import { validateDocument } from './validate-document.ts';
import { writeConfiguration } from './write-configuration.ts';

export interface ChangeOutcome {
  ok: boolean;
  /** False when the target equals what is stored: nothing was written. In a dry run: whether it would be. */
  changed: boolean;
  /** The configuration version after the change (the current one when nothing changed). */
  version: number;
  problems: Problem[];
  /** A dry run's configuration as it is and as the change would leave it (canonical form). */
  preview?: { before: ConfigurationDocument; after: ConfigurationDocument };
}

/** How a change turns the current configuration into the target, or why it cannot. */
export type ChangeBuilder = (current: ConfigurationDocument, snapshot: ConfigurationSnapshot) => ConfigurationDocument | Problem[];

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('configuration change refused');
  }
}

/** A dry run that got as far as writing: thrown to roll back what it did on the way (a re-key). */
class DryRunPassed extends Error {
  constructor(
    readonly version: number,
    readonly before: ConfigurationDocument,
    readonly after: ConfigurationDocument,
  ) {
    super('configuration dry run passed');
  }
}

class Unchanged extends Error {
  constructor(readonly version: number) {
    super('configuration unchanged');
  }
}

/**
 * Applies one configuration change for the tenant, atomically, within `timeoutMs` (else it is
 * rolled back and refused with CONFIGURATION_TIMEOUT). Changes of one tenant are serialised,
 * across processes too, by the lock on the tenant row that each takes first; writes prepared
 * against the configuration hold that row shared (configuration-guard.ts), so a change waits
 * for those under way and the ones after it find the new version.
 */
export async function changeConfiguration(
  db: Db,
  tenantId: string,
  build: ChangeBuilder,
  options: ChangeOptions & { now?: bigint; timeoutMs: number },
): Promise<ChangeOutcome> {
  await tenantVersion(db, tenantId);
  const now = options.now ?? BigInt(Date.now());
  const deadline = new Deadline(options.timeoutMs);
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
      if (JSON.stringify(canonical) === JSON.stringify(current)) throw new Unchanged(next - 1);
      const conflicts = await checkStoredData(new StoredData(tx, tenantId), snapshot, target, options);
      if (conflicts.length) throw new Refused(conflicts);
      const rekeyed = options.rekey ? await rekeyChangedTypes(tx, snapshot, target, deadline) : [];
      if (rekeyed.length) throw new Refused(rekeyed);
      if (options.dryRun) throw new DryRunPassed(next - 1, current, canonical);
      await writeConfiguration(tx, snapshot, canonical, now);
      deadline.check();
      return { ok: true, changed: true, version: next, problems: [] };
    }, transactionOptions(options.timeoutMs));
  } catch (error) {
    if (error instanceof Unchanged) return { ok: true, changed: false, version: error.version, problems: [] };
    if (error instanceof DryRunPassed)
      return { ok: true, changed: true, version: error.version, problems: [], preview: { before: error.before, after: error.after } };
    const problems = refusalOf(error, options.timeoutMs);
    if (!problems) throw error;
    return { ok: false, changed: false, version: await tenantVersion(db, tenantId), problems };
  }
}

// The wait for a database connection to start the transaction counts towards its time too.
const transactionOptions = (timeoutMs: number) => ({ maxWait: Math.min(10_000, timeoutMs), timeout: timeoutMs });

/** The problems of a change that failed as a refusal rather than a fault; null for a fault. */
function refusalOf(error: unknown, timeoutMs: number): Problem[] | null {
  if (error instanceof Refused) return error.problems;
  // A concurrent change created an object of the same name first.
  if (isUniqueViolation(error))
    return [problem('CONFIGURATION_CONFLICT', 'the configuration was changed by another request at the same time; nothing was applied')];
  if (error instanceof DeadlinePassed || isTransactionTimeout(error))
    return [
      problem(
        'CONFIGURATION_TIMEOUT',
        `the change did not finish within ${timeoutMs / 1000} s (CONFIGURATION_TIMEOUT_SECONDS) and was rolled back; nothing was changed`,
      ),
    ];
  return null;
}
