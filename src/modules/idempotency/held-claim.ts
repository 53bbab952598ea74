import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logging/logger.ts';
import { LEASE_MS, type Claim, type IdempotencySettings } from './claim.ts';
import { DONE, forgottenRows, PENDING, TOO_LARGE, UNKNOWN, WRITING } from './claim-state.ts';
import { storedAnswer, type KeptAnswer } from './stored-answer.ts';

// Renewed well before the lease runs out, so that one slow statement does not lose it.
const RENEW_EVERY_MS = Number(LEASE_MS) / 3;
// A request is never this long; a claim still held then was lost track of, and lapses.
const LONGEST_HOLD_MS = 15 * 60_000;

/** How a request under a key ended. */
export interface RequestEnd<Body> {
  /** Its answer, when it has one that a retry can be given again. */
  answer: KeptAnswer<Body> | undefined;
  /** Whether it ran to an answer (item failures are results) rather than failing as a whole. */
  ranToAnAnswer: boolean;
  /** Whether it committed writes, however it ended. */
  wrote: boolean;
}

/** A claim this request holds: renewed while the operation runs, then settled by how the request ended. */
export interface HeldClaim {
  /** Records that the request has committed writes: from now on it is never run again under this key. Never throws. */
  markWritten(): Promise<void>;
  /**
   * Keeps the request's answer for its retries (those with the same key and body); gives the
   * key up when the request failed as a whole without writing, so that a retry runs it; when
   * it wrote but its answer cannot be kept, keeps the key answering 409. Never throws.
   */
  settle<Body>(end: RequestEnd<Body>): Promise<void>;
}

/** This claim's row, as long as no other request has taken the key over. */
const ownRow = (claim: Claim) => ({ ...claim, state: { in: [PENDING, WRITING] } });

/** Holds the claim for the request that made it (see claimOrReplay). */
export function holdClaim(db: Db, claim: Claim, settings: IdempotencySettings, logger: Logger): HeldClaim {
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
  const attempt = async (work: () => Promise<void>, what: string) => {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error, key: claim.key }, `could not ${what} an Idempotency-Key claim`);
    }
  };
  const retentionMs = BigInt(settings.IDEMPOTENCY_RETENTION_SECONDS) * 1000n;

  /** Ends the claim with the key answering `state` (and `response`) until its retention runs out. */
  const keep = async (state: string, response: string | null) => {
    const now = BigInt(Date.now());
    const kept = await db.idempotentRequest.updateMany({ where: ownRow(claim), data: { state, response, expiresTime: now + retentionMs } });
    if (kept.count === 0) logger.warn({ key: claim.key }, 'an Idempotency-Key claim was taken over before its outcome was stored');
    // Forgotten keys are cleared here rather than by a timer: one indexed statement per stored answer.
    await db.idempotentRequest.deleteMany({ where: forgottenRows(claim.tenantId, now, retentionMs) });
  };
  const release = async () => {
    await db.idempotentRequest.deleteMany({ where: ownRow(claim) });
  };

  return {
    markWritten: () =>
      attempt(async () => {
        await db.idempotentRequest.updateMany({ where: { ...claim, state: PENDING }, data: { state: WRITING } });
      }, 'mark as written'),
    settle: ({ answer, ranToAnAnswer, wrote }) => {
      clearInterval(renewal);
      return attempt(async () => {
        // Failed as a whole before writing anything: nothing happened, and a retry runs it.
        if (!wrote && !ranToAnAnswer) return release();
        const stored = answer && storedAnswer(answer);
        if (stored !== undefined && Buffer.byteLength(stored) <= settings.IDEMPOTENCY_MAX_STORED_BYTES) return keep(DONE, stored);
        // Its answer cannot be kept, but running it again changes nothing when it wrote nothing.
        if (!wrote) return release();
        return keep(stored === undefined ? UNKNOWN : TOO_LARGE, null);
      }, 'settle');
    },
  };
}
