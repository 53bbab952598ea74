import { isDatabaseUnavailable } from '../../db/errors.ts';
import type { Logger } from '../../logging/logger.ts';

export interface PeriodicTask {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs` (never two runs at once) until stopped; a failure is logged
 * (a database that is down as a warning) and the next run tries again. Every API process runs
 * its own: the tasks are written so that processes running them at once only repeat work.
 */
export function runPeriodically(what: string, intervalMs: number, task: () => Promise<void>, logger: Logger): PeriodicTask {
  let running: Promise<void> | undefined;
  const run = async () => {
    try {
      await task();
    } catch (error) {
      if (isDatabaseUnavailable(error)) logger.warn({ err: error }, `could not ${what}: the database is unavailable`);
      else logger.error({ err: error }, `could not ${what}`);
    }
  };
  const timer = setInterval(() => {
    running ??= run().finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/** How often a retention runs: a tenth of the retention, between a second and ten minutes. */
export const retentionInterval = (retentionMs: number) => Math.min(10 * 60_000, Math.max(1_000, retentionMs / 10));
