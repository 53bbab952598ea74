import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logging/logger.ts';
import { LEASE_MS, type Claim } from './claim.ts';

// Renewed well before the lease runs out, so that one slow statement does not lose it.
const RENEW_EVERY_MS = Number(LEASE_MS) / 3;
// A request is never this long; a claim still held then was lost track of, and lapses.
const LONGEST_HOLD_MS = 15 * 60_000;

/** A claim this request holds: renewed while the operation runs, then completed with its answer or released. */
export interface HeldClaim {
  /** Stores the answer: requests with the same key and body get it until the retention runs out. Never throws. */
  complete(response: string, retentionSeconds: number): Promise<void>;
  /** Gives the key up, so that a retry runs the request again. Never throws. */
  release(): Promise<void>;
}

/** This claim's row, as long as no other request has taken the key over. */
const ownRow = (claim: Claim) => ({ ...claim, state: 'pending' });

/** Holds the claim for the request that made it (see claimOrReplay). */
export function holdClaim(db: Db, claim: Claim, logger: Logger): HeldClaim {
  const startedAt = Date.now();
  const renewal = setInterval(() => {
    if (Date.now() - startedAt > LONGEST_HOLD_MS) return clearInterval(renewal);
    db.idempotentRequest
      .updateMany({ where: ownRow(claim), data: { expiresTime: BigInt(Date.now()) + LEASE_MS } })
      .catch((error: unknown) => logger.warn({ err: error, key: claim.key }, 'could not renew an Idempotency-Key claim'));
  }, RENEW_EVERY_MS);
  renewal.unref();

  // The answer is on its way whatever happens here: a failure to keep it is logged, and the
  // claim lapses after its lease like that of a process that died.
  const settle = async (work: () => Promise<void>, what: string) => {
    clearInterval(renewal);
    try {
      await work();
    } catch (error) {
      logger.error({ err: error, key: claim.key }, `could not ${what} an Idempotency-Key claim`);
    }
  };

  return {
    complete: (response, retentionSeconds) =>
      settle(async () => {
        const now = BigInt(Date.now());
        const stored = await db.idempotentRequest.updateMany({
          where: ownRow(claim),
          data: { state: 'done', response, expiresTime: now + BigInt(retentionSeconds) * 1000n },
        });
        if (stored.count === 0) logger.warn({ key: claim.key }, 'an Idempotency-Key claim was taken over before its answer was stored');
        // Expired keys are cleared here rather than by a timer: one indexed statement per stored answer.
        await db.idempotentRequest.deleteMany({ where: { tenantId: claim.tenantId, expiresTime: { lt: now } } });
      }, 'complete'),
    release: () =>
      settle(async () => {
        await db.idempotentRequest.deleteMany({ where: ownRow(claim) });
      }, 'release'),
  };
}
