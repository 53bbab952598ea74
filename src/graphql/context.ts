import type { Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { Loaders } from './loaders.ts';
import type { ConfigurationSnapshot } from '../modules/configuration/model.ts';

/**
 * What every resolver and service gets for one request. The tenant is fixed here, from the
 * request, and nothing below reads it from anywhere else.
 */
export interface RequestContext {
  tenantId: string;
  /** Who is calling: recorded as createdBy / updatedBy. */
  caller: string;
  db: Db;
  /** Batched lookups, fresh for each request. */
  loaders: Loaders;
  /** The `Source-System` header: the source system the request speaks for, if it names one. */
  sourceSystem: string | null;
  logger: Logger;
  settings: Pick<Config, 'MAX_BATCH_SIZE'>;
  /** The tenant's configuration, read once per request (from the per-process cache). */
  configuration(): Promise<ConfigurationSnapshot>;
  /** Forgets the configuration read so far: the next configuration() reads it anew (after a change). */
  invalidateConfiguration(): void;
}
