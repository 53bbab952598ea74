import type { Db } from '../../db/client.ts';
import type { ConfigurationSnapshot } from './model.ts';
import { loadConfigurationSnapshot } from './snapshot-loader.ts';

/**
 * Per-process cache of tenant configurations. Several API processes share one database, so
 * the cache is keyed by the tenant's configuration version, which every change bumps and
 * every request reads (one primary-key lookup): a change made through any process is in
 * force everywhere from the next request on.
 */
export class ConfigurationCache {
  readonly #entries = new Map<string, Promise<ConfigurationSnapshot>>();

  constructor(private readonly db: Db) {}

  /** The tenant's configuration at the given version, loading it when not cached. */
  get(tenantId: string, version: number): Promise<ConfigurationSnapshot> {
    const cached = this.#entries.get(tenantId);
    if (cached) {
      return cached.then((snapshot) => (snapshot.version >= version ? snapshot : this.#load(tenantId, version)));
    }
    return this.#load(tenantId, version);
  }

  #load(tenantId: string, version: number): Promise<ConfigurationSnapshot> {
    const loading = loadConfigurationSnapshot(this.db, tenantId, version);
    this.#entries.set(tenantId, loading);
    loading.catch(() => this.#entries.delete(tenantId));
    return loading;
  }
}
