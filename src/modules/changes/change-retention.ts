import { purgeChangesBefore } from '../../db/change-queries.ts';
import type { Db } from '../../db/client.ts';
import { isDatabaseUnavailable } from '../../db/errors.ts';
import type { Logger } from '../../logging/logger.ts';

// Entries removed per statement: a purge never holds a long transaction.
const PURGE_BATCH = 5_000;
// How often a process purges: a tenth of the retention, between a second and ten minutes.
// Every API process does it; running at the same time, they only remove the same rows.
const purgeInterval = (retentionMs: number) => Math.min(10 * 60_000, Math.max(1_000, retentionMs / 10));

export interface ChangeRetention {
  stop(): Promise<void>;
}

/** Removes change-stream entries older than the retention, now and then, until stopped. */
export function keepChangesFor(db: Db, retentionMs: number, logger: Logger): ChangeRetention {
  let running: Promise<void> | undefined;
  const purge = async () => {
    try {
      const removed = await purgeChangesBefore(db, BigInt(Date.now() - Math.round(retentionMs)), PURGE_BATCH);
      if (removed) logger.info({ removed }, 'removed change-stream entries older than CHANGE_RETENTION_HOURS');
    } catch (error) {
      if (isDatabaseUnavailable(error))
        logger.warn({ err: error }, 'could not purge old change-stream entries: the database is unavailable');
      else logger.error({ err: error }, 'could not purge old change-stream entries');
    }
  };
  const timer = setInterval(() => {
    running ??= purge().finally(() => (running = undefined));
  }, purgeInterval(retentionMs));
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
