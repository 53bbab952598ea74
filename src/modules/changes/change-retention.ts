import { purgeChangesBefore } from '../../db/change-queries.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logging/logger.ts';
import { retentionInterval, runPeriodically, type PeriodicTask } from '../housekeeping/periodic-task.ts';

// Entries removed per statement: a purge never holds a long transaction.
const PURGE_BATCH = 5_000;

/** Removes change-stream entries older than the retention, now and then, until stopped. */
export function keepChangesFor(db: Db, retentionMs: number, logger: Logger): PeriodicTask {
  return runPeriodically(
    'purge old change-stream entries',
    retentionInterval(retentionMs),
    async () => {
      const removed = await purgeChangesBefore(db, BigInt(Date.now() - Math.round(retentionMs)), PURGE_BATCH);
      if (removed) logger.info({ removed }, 'removed change-stream entries older than CHANGE_RETENTION_HOURS');
    },
    logger,
  );
}
