import type { Principal } from '../access/principal.ts';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Loaders } from './loaders.ts';
import type { ConfigurationSnapshot } from '../configuration/model.ts';
import type { CommittedWrites } from './committed-writes.ts';
import type { ChangeFeed } from '../changes/change-feed.ts';

/** The request limits services and resolvers apply themselves (the rest are enforced before execution). */
export type Limits = Pick<
  Config,
  | 'MAX_BATCH_SIZE'
  | 'MAX_VALUES_PER_ATTRIBUTE'
  | 'MAX_MEMBERS_PER_PARTICIPANT'
  | 'MAX_CROSSWALKS_PER_OBJECT'
  | 'MAX_REQUEST_VALUES'
  | 'MAX_BODY_BYTES'
  | 'MAX_DEPTH'
  | 'MAX_ALIASES'
  | 'MAX_TOKENS'
  | 'MAX_DIRECTIVES'
  | 'MAX_COST'
  | 'SOFT_DELETE_RETENTION_DAYS'
  | 'RATE_LIMIT_REQUESTS'
  | 'RATE_LIMIT_WINDOW_SECONDS'
  | 'IDEMPOTENCY_RETENTION_SECONDS'
  | 'CONFIGURATION_TIMEOUT_SECONDS'
>;

/** The caps on one stored object: values of an attribute, members of a participant, crosswalks. */
export type ObjectLimits = Pick<Limits, 'MAX_VALUES_PER_ATTRIBUTE' | 'MAX_MEMBERS_PER_PARTICIPANT' | 'MAX_CROSSWALKS_PER_OBJECT'>;

/**
 * What every resolver and service gets for one request. The tenant is fixed here, from the
 * credential, and nothing below reads it from anywhere else.
 */
export interface ServiceContext {
  /** The request's tenant. Reading it in a request that acts on no tenant (an operator's provisioning) is a 400. */
  readonly tenantId: string;
  /** Whether the request acts on a tenant at all. */
  readonly hasTenant: boolean;
  /** Who is calling, from the credential. */
  principal: Principal;
  /** The principal's subject: recorded as createdBy / updatedBy. */
  caller: string;
  db: Db;
  /** Batched lookups, fresh for each request. */
  readonly loaders: Loaders;
  /** The `Source-System` header: the source system the request speaks for, if it names one. */
  sourceSystem: string | null;
  logger: Logger;
  settings: Limits;
  /** The tenant's configuration, read once per request (from the per-process cache). */
  configuration(): Promise<ConfigurationSnapshot>;
  /**
   * The configuration when this request has read it already, else undefined: lets the
   * resolvers of a page's many fields answer at once instead of each awaiting it.
   */
  loadedConfiguration(): ConfigurationSnapshot | undefined;
  /** Forgets the configuration read so far: the next configuration() reads it anew (after a change). */
  invalidateConfiguration(): void;
  /** Forgets every row the loaders hold: after a write that deleted, hid or moved rows others may have loaded. */
  forgetLoadedRows(): void;
  /** Forgets everything read so far (loaders' caches, configuration): a long-lived context's next read is fresh. */
  forgetReads(): void;
  /** What the request has committed so far: writers record each commit here, right after it. */
  readonly writes: CommittedWrites;
  /** This process's wake-ups of change-stream readers (absent in command-line tools). */
  readonly changeFeed: ChangeFeed | undefined;
}
