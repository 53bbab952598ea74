// Data steps: changes to stored rows that come with a release, run after the schema
// migrations (at start-up and by `npm run migrate`) for every tenant that has not had them,
// recorded per tenant in Tenant.dataVersion. Each step is safe to run again (a process that
// stopped halfway, two processes starting together); with nothing to do, the whole is one query.
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Limits } from '../context/service-context.ts';
import { DATA_VERSION } from '../tenants/data-version.ts';
import { backfillIdKeys } from './backfill-id-keys.ts';

type Settings = Pick<Limits, 'CONFIGURATION_TIMEOUT_SECONDS'>;

/** What a step did for one tenant. */
export interface DataStepOutcome {
  tenantId: string;
  step: string;
  summary: string;
}

interface DataStep {
  name: string;
  /** Runs the step for the tenant; says what it did. */
  run(db: Db, tenantId: string, logger: Logger, settings: Settings): Promise<string>;
}

// In release order: step n takes a tenant from dataVersion n to n + 1.
const STEPS: DataStep[] = [
  {
    name: 'dedup key backfill',
    run: async (db, tenantId, logger, settings) => {
      const { keyed, unkeyed } = await backfillIdKeys(db, tenantId, logger, settings);
      const left = unkeyed ? `; ${unkeyed} left without one, as another interaction holds their key (each is in the log)` : '';
      return `${keyed} interaction${keyed === 1 ? '' : 's'} stored before dedup keys got their key${left}`;
    },
  },
];

/** Runs the data steps every tenant still needs, in order; returns what each did. */
export async function applyDataSteps(db: Db, logger: Logger, settings: Settings): Promise<DataStepOutcome[]> {
  // A release adds a step and raises DATA_VERSION together, or new tenants would skip the step.
  if (STEPS.length !== DATA_VERSION) throw new Error(`${STEPS.length} data steps but DATA_VERSION ${DATA_VERSION}`);
  const tenants = await db.tenant.findMany({
    where: { dataVersion: { lt: DATA_VERSION } },
    select: { id: true, dataVersion: true },
    orderBy: { id: 'asc' },
  });
  const outcomes: DataStepOutcome[] = [];
  for (const tenant of tenants) {
    for (let version = tenant.dataVersion; version < DATA_VERSION; version++) {
      const step = STEPS[version]!;
      const summary = await step.run(db, tenant.id, logger, settings);
      await db.tenant.update({ where: { id: tenant.id }, data: { dataVersion: version + 1 } });
      logger.info({ tenantId: tenant.id, step: step.name }, summary);
      outcomes.push({ tenantId: tenant.id, step: step.name, summary });
    }
  }
  return outcomes;
}
