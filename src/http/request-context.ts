import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import { requestError } from '../errors/request-errors.ts';
import type { RequestContext } from '../graphql/context.ts';
import { createLoaders } from '../graphql/loaders.ts';
import type { Logger } from '../logger.ts';
import type { ConfigurationCache } from '../modules/configuration/snapshot-cache.ts';
import type { ConfigurationSnapshot } from '../modules/configuration/model.ts';
import { tenantConfigVersion } from '../modules/tenants/tenant-service.ts';
import { TENANT_ID_PATTERN } from '../tenancy/tenant-id.ts';

export const TENANT_HEADER = 'x-tenant-id';
export const CALLER_HEADER = 'x-caller';
export const SOURCE_SYSTEM_HEADER = 'source-system';

export interface ContextDependencies {
  db: Db;
  logger: Logger;
  config: Config;
  configurationCache: ConfigurationCache;
}

function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Builds a request's context: its tenant and caller from the headers, its configuration reader. */
export function buildRequestContext(headers: IncomingHttpHeaders, deps: ContextDependencies): RequestContext {
  const tenantId = singleHeader(headers, TENANT_HEADER)?.trim() || deps.config.DEFAULT_TENANT;
  if (!tenantId) throw requestError('BAD_REQUEST', `the ${TENANT_HEADER} header is required`);
  if (!TENANT_ID_PATTERN.test(tenantId)) {
    throw requestError('BAD_REQUEST', `the ${TENANT_HEADER} header must be 1 to 64 letters, digits, - or _, starting with a letter or digit`);
  }
  const caller = singleHeader(headers, CALLER_HEADER)?.trim() || 'anonymous';
  return createRequestContext(tenantId, caller, deps, singleHeader(headers, SOURCE_SYSTEM_HEADER)?.trim() || null);
}

/** A context for work done as `caller` in `tenantId`, over HTTP or from a command-line tool. */
export function createRequestContext(tenantId: string, caller: string, deps: ContextDependencies, sourceSystem: string | null = null): RequestContext {
  let configuration: Promise<ConfigurationSnapshot> | undefined;
  return {
    tenantId,
    caller,
    db: deps.db,
    loaders: createLoaders(deps.db, tenantId),
    sourceSystem,
    logger: deps.logger.child({ tenantId }),
    settings: { MAX_BATCH_SIZE: deps.config.MAX_BATCH_SIZE },
    configuration: () =>
      (configuration ??= tenantConfigVersion(deps.db, tenantId).then((version) => deps.configurationCache.get(tenantId, version))),
    invalidateConfiguration: () => {
      configuration = undefined;
    },
  };
}
