import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { keyInUse, keyReused } from './idempotency-errors.ts';

export type IdempotencySettings = Pick<Config, 'IDEMPOTENCY_RETENTION_SECONDS' | 'IDEMPOTENCY_WAIT_SECONDS'>;

/**
 * How long a pending claim stands without being renewed. Its holder renews it while it works
 * (see held-claim.ts), so only a claim whose process died or hung this long is taken over.
 */
export const LEASE_MS = 60_000n;
// Between two looks at a key another request holds: the row is the only signal, since that
// request may be running in another API process.
const POLL_MS = 25;

/** A key this request holds while it runs the operation; createdTime tells this claim from later ones of the key. */
export interface Claim {
  tenantId: string;
  key: string;
  requestHash: string;
  createdTime: bigint;
}

export type ClaimOutcome = { kind: 'claimed'; claim: Claim } | { kind: 'replay'; response: string };

const row = (tenantId: string, key: string) => ({ tenantId_key: { tenantId, key } });

/**
 * Claims the key for this request, or returns the stored answer of the first request that
 * asked the same (waiting for it while it runs, in whatever process). 409 when the key
 * answered another request within its retention, or when the first one is still running
 * after the longest wait. A key past its retention, or a claim past its lease, is taken over.
 */
export async function claimOrReplay(
  db: Db,
  tenantId: string,
  key: string,
  requestHash: string,
  settings: IdempotencySettings,
): Promise<ClaimOutcome> {
  const giveUpAt = Date.now() + settings.IDEMPOTENCY_WAIT_SECONDS * 1000;
  for (;;) {
    const now = BigInt(Date.now());
    const claim: Claim = { tenantId, key, requestHash, createdTime: now };
    const pending = { requestHash, state: 'pending', response: null, createdTime: now, expiresTime: now + LEASE_MS };
    try {
      await db.idempotentRequest.create({ data: { tenantId, key, ...pending } });
      return { kind: 'claimed', claim };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const held = await db.idempotentRequest.findUnique({ where: row(tenantId, key) });
    // Released by a request that failed as a whole: free to claim again.
    if (!held) continue;
    if (held.expiresTime <= now) {
      // Compare-and-set: of several requests finding the same expired row, one takes it over.
      const { requestHash: readHash, state, expiresTime } = held;
      const taken = await db.idempotentRequest.updateMany({
        where: { tenantId, key, requestHash: readHash, state, expiresTime },
        data: pending,
      });
      if (taken.count === 1) return { kind: 'claimed', claim };
      continue;
    }
    if (held.requestHash !== requestHash) throw keyReused(settings.IDEMPOTENCY_RETENTION_SECONDS);
    if (held.state === 'done' && held.response !== null) return { kind: 'replay', response: held.response };
    if (Date.now() >= giveUpAt) throw keyInUse(settings.IDEMPOTENCY_WAIT_SECONDS);
    await sleep(POLL_MS);
  }
}
