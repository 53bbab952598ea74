import type { Principal } from '../access/principal.ts';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import type { Limits, ServiceContext } from './service-context.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Logger } from '../../logging/logger.ts';
import type { ConfigurationCache } from '../configuration/snapshot-cache.ts';
import type { ConfigurationSnapshot } from '../configuration/model.ts';
import { tenantVersion } from '../tenants/tenant-service.ts';
import { committedWrites, type CommittedWrites } from './committed-writes.ts';
import type { ChangeFeed } from '../changes/change-feed.ts';

export interface ContextDependencies {
  db: Db;
  logger: Logger;
  config: Config;
  configurationCache: ConfigurationCache;
  /** This process's wake-ups of change-stream readers; absent in command-line tools, which serve none. */
  changeFeed?: ChangeFeed;
}

export interface ContextOptions {
  sourceSystem?: string | null;
  /** The tenant's configuration version when the caller has just read it (saves reading it again). */
  configVersion?: number | null;
  /**
   * The logger of an HTTP request, whose lines already carry its tenant and caller (see
   * src/logging/logger.ts); by default, a child of the service's logger naming them.
   */
  logger?: Logger;
}

// A class, not an object literal with getters: Apollo copies the context's own properties
// into a new object of the same prototype, which would run (and freeze) literal getters.
class TenantRequestContext implements ServiceContext {
  readonly caller: string;
  readonly db: Db;
  readonly logger: Logger;
  readonly settings: Limits;
  readonly sourceSystem: string | null;
  readonly hasTenant: boolean;
  readonly writes: CommittedWrites;
  readonly changeFeed: ChangeFeed | undefined;
  private cachedLoaders: Loaders | undefined;
  private cachedConfiguration: Promise<ConfigurationSnapshot> | undefined;
  private readConfiguration: ConfigurationSnapshot | undefined;
  private knownVersion: number | null;

  constructor(
    private readonly tenant: string | null,
    readonly principal: Principal,
    private readonly deps: ContextDependencies,
    options: ContextOptions,
  ) {
    this.caller = principal.subject;
    this.db = deps.db;
    this.logger = options.logger ?? deps.logger.child({ tenantId: tenant, caller: principal.subject });
    this.settings = deps.config;
    this.sourceSystem = options.sourceSystem ?? null;
    this.hasTenant = tenant !== null;
    this.knownVersion = options.configVersion ?? null;
    this.changeFeed = deps.changeFeed;
    this.writes = committedWrites(() => {
      if (tenant !== null) deps.changeFeed?.committedHere(tenant);
    });
  }

  get tenantId(): string {
    // Access control refuses tenant operations without a tenant before they run: reaching
    // this is a field whose @auth rule says it needs no tenant, yet reads one.
    if (this.tenant === null) throw new Error('this request acts on no tenant; the field reading one must declare @auth(tenant: true)');
    return this.tenant;
  }

  get loaders(): Loaders {
    return (this.cachedLoaders ??= createLoaders(this.db, this.tenantId));
  }

  configuration(): Promise<ConfigurationSnapshot> {
    if (!this.cachedConfiguration) {
      const tenantId = this.tenantId;
      const version = this.knownVersion;
      this.knownVersion = null;
      const reading = (version === null ? tenantVersion(this.db, tenantId) : Promise.resolve(version)).then((current) =>
        this.deps.configurationCache.get(tenantId, current),
      );
      this.cachedConfiguration = reading;
      void reading.then(
        (snapshot) => {
          // Unless invalidated meanwhile.
          if (this.cachedConfiguration === reading) this.readConfiguration = snapshot;
        },
        () => {},
      );
    }
    return this.cachedConfiguration;
  }

  loadedConfiguration(): ConfigurationSnapshot | undefined {
    return this.readConfiguration;
  }

  invalidateConfiguration(): void {
    this.cachedConfiguration = undefined;
    this.readConfiguration = undefined;
    this.knownVersion = null;
  }

  forgetLoadedRows(): void {
    this.cachedLoaders = undefined;
  }

  forgetReads(): void {
    this.invalidateConfiguration();
    this.forgetLoadedRows();
  }
}

/** A context for work done by `principal` in `tenantId` (null: no tenant), over HTTP or from a command-line tool. */
export function createServiceContext(
  tenantId: string | null,
  principal: Principal,
  deps: ContextDependencies,
  options: ContextOptions = {},
): ServiceContext {
  return new TenantRequestContext(tenantId, principal, deps, options);
}
