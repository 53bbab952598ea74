// The backfill on request: a re-key asked for with nothing to change (applyConfiguration(input:
// {}, rekey: true), config:import --rekey of the stored configuration) backfills the tenant's
// keys again, for interactions stored by a process of an older release after start-up did it.
import type { ServiceContext } from '../context/service-context.ts';
import { backfillIdKeys } from './backfill-id-keys.ts';
import type { ChangeOutcome } from './change-configuration.ts';

/** The outcome of an unchanged configuration with the backfill done: `changed` when keys were set, the notes saying what was done. */
export async function backfillOnRequest(ctx: ServiceContext, unchanged: ChangeOutcome): Promise<ChangeOutcome & { notes: string[] }> {
  const { keyed, unkeyed, examples } = await backfillIdKeys(ctx.db, ctx.tenantId, ctx.logger, ctx.settings);
  const notes = [`backfill: ${keyed} interaction${keyed === 1 ? '' : 's'} stored before dedup keys got their key`];
  if (unkeyed) {
    notes.push(
      `backfill: ${unkeyed} interaction${unkeyed === 1 ? ' was' : 's were'} left without a key, as another interaction holds it (the same event stored twice, once per source); each is listed below as the one without a key and the one holding it`,
      ...examples.map(({ uri, heldBy }) => `${uri}: key held by ${heldBy}`),
    );
    if (unkeyed > examples.length)
      notes.push(
        `and ${unkeyed - examples.length} more: the service log lists every one (warning "interactions left without a dedup key")`,
      );
  }
  return { ...unchanged, changed: keyed > 0, notes };
}
