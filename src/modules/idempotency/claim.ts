import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { DONE, isRunning, keptUntil, PENDING, TOO_LARGE, type KeyRow } from './claim-state.ts';
import { answerNotKept, keyBusy, keyInUse, keyReused, outcomeUnknown } from './idempotency-errors.ts';
import { FIRST_LOOK_MS, nextLook, type KeyWatches } from './key-watches.ts';

export type IdempotencySettings = Pick<
  Config,
  'IDEMPOTENCY_RETENTION_SECONDS' | 'IDEMPOTENCY_WAIT_SECONDS' | 'IDEMPOTENCY_MAX_STORED_BYTES'
>;

/**
 * How long a pending claim stands without being renewed. Its holder renews it while it works
 * (see held-claim.ts), so only a claim whose process died or hung this long is taken over.
 */
export const LEASE_MS = 60_000n;

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
 * answered another request within its retention, when the first one is still running after
 * the longest wait, or when it wrote but its answer cannot be given (see claim-state.ts). A
 * key past its retention, or a claim that wrote nothing and is past its lease, is taken over.
 */
export async function claimOrReplay(
  db: Db,
  tenantId: string,
  key: string,
  requestHash: string,
  settings: IdempotencySettings,
  watches: KeyWatches,
): Promise<ClaimOutcome> {
  const giveUpAt = Date.now() + settings.IDEMPOTENCY_WAIT_SECONDS * 1000;
  const retentionMs = BigInt(settings.IDEMPOTENCY_RETENTION_SECONDS) * 1000n;
  let interval = FIRST_LOOK_MS;
  // Before claiming again a key that changed hands under this request: never a busy loop, never past the wait.
  const pause = async () => {
    const left = giveUpAt - Date.now();
    if (left <= 0) throw keyInUse(settings.IDEMPOTENCY_WAIT_SECONDS);
    await sleep(Math.min(interval, left));
    interval = nextLook(interval);
  };
  for (;;) {
    let now = BigInt(Date.now());
    const claim: Claim = { tenantId, key, requestHash, createdTime: now };
    const pending = { requestHash, state: PENDING, response: null, createdTime: now, expiresTime: now + LEASE_MS };
    try {
      await db.idempotentRequest.create({ data: { tenantId, key, ...pending } });
      return { kind: 'claimed', claim };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    let held: KeyRow | null = await db.idempotentRequest.findUnique({ where: row(tenantId, key) });
    if (held && isRunning(held, now)) {
      if (held.requestHash !== requestHash) throw keyReused(settings.IDEMPOTENCY_RETENTION_SECONDS);
      if (watches.full(tenantId, key)) throw keyBusy(watches.maxWaiters);
      const settled = await watches.untilSettled(db, tenantId, key, giveUpAt);
      if (settled === undefined) throw keyInUse(settings.IDEMPOTENCY_WAIT_SECONDS);
      [held, now] = [settled, BigInt(Date.now())];
    }
    // Released by a request that failed as a whole: free to claim again.
    if (!held) {
      await pause();
      continue;
    }
    if (keptUntil(held, retentionMs) <= now) {
      // Compare-and-set: of several requests finding the same expired row, one takes it over.
      const { requestHash: readHash, state, expiresTime } = held;
      const taken = await db.idempotentRequest.updateMany({
        where: { tenantId, key, requestHash: readHash, state, expiresTime },
        data: pending,
      });
      if (taken.count === 1) return { kind: 'claimed', claim };
      await pause();
      continue;
    }
    if (held.requestHash !== requestHash) throw keyReused(settings.IDEMPOTENCY_RETENTION_SECONDS);
    if (held.state === DONE && held.response !== null) return { kind: 'replay', response: held.response };
    if (held.state === TOO_LARGE) throw answerNotKept(settings.IDEMPOTENCY_MAX_STORED_BYTES);
    // A claim that wrote and whose process died, or a request that wrote and ended without an answer.
    throw outcomeUnknown();
  }
}
