import { setTimeout as sleep } from 'node:timers/promises';
import type { Answer, RequestFailure } from './api-client.ts';

/** The load cannot go on: the message says why, for the user. */
export class LoadStopped extends Error {}

/** The file cannot be read on from some point: resuming meets the same break, the file must be mended. */
export class FileUnreadable extends LoadStopped {}

/** The user asked the load to stop (Ctrl-C): what was sent stays in flight in the checkpoint. */
export class LoadInterrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

export interface RetryPolicy {
  /** How long a request may keep failing before the load stops (it can be resumed later). */
  retryForMs: number;
  signal: AbortSignal;
  note: (message: string) => void;
  /** Waits until the next request may start, under the service's rate limit. */
  pace: () => Promise<void>;
}

const FIRST_WAIT_MS = 250;
const LONGEST_WAIT_MS = 30_000;

/**
 * Sends until the answer is one that retrying cannot change: waits grow exponentially with
 * full jitter (so that many loaders do not come back in step) and honour Retry-After.
 */
export async function withRetries<Data>(send: () => Promise<Answer<Data>>, policy: RetryPolicy): Promise<Answer<Data>> {
  let firstFailure: number | undefined;
  for (let attempt = 0; ; attempt += 1) {
    await policy.pace();
    const answer = await send();
    if (answer.ok || answer.failure.kind !== 'retry') return answer;
    const failure: Extract<RequestFailure, { kind: 'retry' }> = answer.failure;
    firstFailure ??= Date.now();
    if (Date.now() - firstFailure > policy.retryForMs) {
      throw new LoadStopped(
        `the service kept failing for ${Math.round(policy.retryForMs / 1000)} s (${attempt + 1} attempts): ${failure.message}`,
      );
    }
    if (policy.signal.aborted) throw new LoadInterrupted();
    const backoff = Math.random() * Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** attempt);
    const wait = Math.max(backoff, failure.retryAfterMs ?? 0);
    policy.note(`${failure.message}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 2})`);
    try {
      await sleep(wait, undefined, { signal: policy.signal });
    } catch {
      throw new LoadInterrupted();
    }
  }
}

/** Spaces request starts to keep under `requests` per `windowSeconds`; no spacing when there is no limit. */
export function pacer(requests: number, windowSeconds: number): () => Promise<void> {
  if (!requests) return async () => {};
  const gapMs = (windowSeconds * 1000) / requests;
  let next = 0;
  return async () => {
    const now = Date.now();
    const start = Math.max(now, next);
    next = start + gapMs;
    if (start > now) await sleep(start - now);
  };
}
