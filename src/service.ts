import { developmentMode, loadsDemo, settingError, type Config } from './config/env.ts';
import { createAdapterFactory } from './db/adapter.ts';
import { providerOf } from './config/database-url.ts';
import { openDatabase, type Database } from './db/client.ts';
import { applyMigrations, committedMigrationNames } from './db/migrations.ts';
import { commandLinePrincipal } from './modules/access/principal.ts';
import { createServiceContext } from './modules/context/create-service-context.ts';
import { startHttpServer } from './http/server.ts';
import { listenForChanges } from './db/change-listener.ts';
import { ChangeFeed } from './modules/changes/change-feed.ts';
import { keepChangesFor } from './modules/changes/change-retention.ts';
import { keepSoftDeletedFor } from './modules/interactions/purge-soft-deleted.ts';
import { ConfigurationCache } from './modules/configuration/snapshot-cache.ts';
import { applyDataSteps } from './modules/configuration/data-steps.ts';
import { loadDemoIntoNewTenant } from './modules/demo/demo-tenant.ts';
import type { Logger } from './logging/logger.ts';
import { provisionTenant } from './modules/tenants/tenant-service.ts';
import { isTenantId, TENANT_ID_RULE } from './modules/tenants/tenant-id.ts';

export interface RunningService {
  url: string;
  database: Database;
  /** Refuses new connections (then calls `refusing`), answers every request already received, then closes the database. */
  stop(refusing?: () => void): Promise<void>;
  /** Requests received and not yet answered. */
  requestsInFlight(): number;
}

/**
 * Runs the data steps tenants still need before anything is served: no request may meet rows
 * a step has yet to bring up to date. On a connection of their own, opened after the service's
 * and closed before it serves: on SQLite, a connection that has read the file keeps another
 * process's schema engine from migrating it for as long as it is open.
 */
async function applyDataStepsAside(config: Config, logger: Logger): Promise<void> {
  const steps = await openDatabase(config.DATABASE_URL);
  try {
    await applyDataSteps(steps.db, logger, config);
  } finally {
    await steps.close();
  }
}

/** Migrates the database, connects, provisions the demo tenant when asked and starts serving. */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  if (!isTenantId(config.DEMO_TENANT)) throw settingError('DEMO_TENANT', config.DEMO_TENANT, TENANT_ID_RULE);
  const provider = providerOf(config.DATABASE_URL);
  const applied = await applyMigrations(provider, createAdapterFactory(config.DATABASE_URL));
  logger.info({ provider, applied }, applied.length ? 'applied migrations' : 'database schema is up to date');

  const database = await openDatabase(config.DATABASE_URL, logger);
  try {
    await applyDataStepsAside(config, logger);
    const configurationCache = new ConfigurationCache(database.db);
    if (developmentMode(config) || loadsDemo(config)) {
      const tenantId = config.DEMO_TENANT;
      if (await provisionTenant(database.db, tenantId)) logger.info({ tenantId }, 'provisioned the demo tenant');
      if (loadsDemo(config)) {
        const ctx = createServiceContext(tenantId, commandLinePrincipal('demo-loader'), {
          db: database.db,
          logger,
          config,
          configurationCache,
        });
        if (await loadDemoIntoNewTenant(ctx)) logger.info({ tenantId }, 'loaded the demo configuration');
      }
    }
    // Commits in any API process wake every process's change-stream readers (PostgreSQL's NOTIFY).
    const listener =
      provider === 'postgresql'
        ? listenForChanges(
            config.DATABASE_URL,
            { changed: (tenantId) => changeFeed.committedElsewhere(tenantId), resumed: () => changeFeed.wakeEveryone() },
            logger,
          )
        : undefined;
    const changeFeed = new ChangeFeed((tenantId) => listener?.notify(tenantId));
    const changeRetention = keepChangesFor(database.db, config.CHANGE_RETENTION_HOURS * 3_600_000, logger);
    const softDeleteRetention = keepSoftDeletedFor(
      { db: database.db, logger, config, configurationCache, changeFeed },
      config.SOFT_DELETE_RETENTION_DAYS,
      logger,
    );
    const stopRetention = () => Promise.all([changeRetention.stop(), softDeleteRetention.stop()]);
    let http;
    try {
      http = await startHttpServer(config, database, configurationCache, changeFeed, committedMigrationNames(provider), logger);
    } catch (error) {
      await Promise.all([listener?.close(), stopRetention()]);
      throw error;
    }
    if (developmentMode(config)) {
      logger.warn(
        { tenantId: config.DEMO_TENANT },
        `DEVELOPMENT MODE: requests without credentials act as admin of tenant ${config.DEMO_TENANT}. Never expose this service so; set DEV_MODE=false (or NODE_ENV=production) and use credentials`,
      );
    }
    logger.info({ url: http.url, provider }, 'interactions service listening');
    return {
      url: http.url,
      database,
      requestsInFlight: () => http.requestsInFlight(),
      stop: async (refusing) => {
        await http.stop(refusing);
        await Promise.all([listener?.close(), stopRetention()]);
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
