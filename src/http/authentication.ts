import type { IncomingHttpHeaders } from 'node:http';
import { credentialsRequired, invalidCredential } from '../modules/access/auth-errors.ts';
import { createJwtVerifier } from '../modules/access/jwt-verifier.ts';
import type { Principal } from '../modules/access/principal.ts';
import { selectTenant } from '../modules/access/tenant-selection.ts';
import { developmentMode, type Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logging/logger.ts';
import { authenticateApiKey } from '../modules/api-keys/api-key-service.ts';
import { looksLikeApiKey } from '../modules/api-keys/api-key-secret.ts';
import { findTenantVersion, unknownTenant } from '../modules/tenants/tenant-service.ts';
import { isTenantId, TENANT_ID_RULE } from '../modules/tenants/tenant-id.ts';
import { requestError } from '../errors/request-errors.ts';
import { unavailabilityOf } from '../db/unavailable.ts';
import { clip } from '../errors/quote.ts';
import { TENANT_HEADER } from '../protocol/headers.ts';

/** Who a request comes from and which tenant it acts on, established before anything else runs. */
export interface Authenticated {
  principal: Principal;
  /** Null for an operator acting on no tenant in particular. */
  tenantId: string | null;
  /** The tenant's configuration version, read with the tenant's existence. */
  configVersion: number | null;
}

/** `pathTenant`: the tenant a route's path names (the Reltio facade's {tenantId}), chosen as X-Tenant-Id would be. */
export type Authenticator = (headers: IncomingHttpHeaders, pathTenant?: string) => Promise<Authenticated>;

export function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** What requests without a credential act as in development mode: the demo tenant's admin. */
export function developmentPrincipal(config: Config): Principal {
  return {
    subject: 'development',
    role: 'admin',
    tenants: { kind: 'one', tenantId: config.DEMO_TENANT },
    credential: 'development',
    rateLimitKey: 'development',
  };
}

/** The tenant a request names: its path's (or MXO's site key), which an X-Tenant-Id header may repeat but not contradict. */
function requestedTenant(header: string | undefined, pathTenant: string | undefined): string | undefined {
  if (pathTenant === undefined) return header;
  if (!isTenantId(pathTenant)) throw requestError('BAD_REQUEST', `the request names no tenant: ${TENANT_ID_RULE}`);
  if (header !== undefined && header !== pathTenant)
    throw requestError('BAD_REQUEST', `the x-tenant-id header names tenant ${clip(header)}, the request tenant ${clip(pathTenant)}`);
  return pathTenant;
}

/** The password of HTTP Basic credentials (base64 of `user:password`), or '' when there is none. */
function basicPassword(encoded: string): string {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? '' : decoded.slice(colon + 1);
}

/**
 * Builds the one authentication every protocol of the service uses: a bearer JWT or API key
 * (or an API key as the password of HTTP Basic credentials)
 * (or, in development mode only, no credential), then the tenant, which must exist.
 */
export function createAuthenticator(config: Config, db: Db, logger: Logger): Authenticator {
  const verifyJwt = createJwtVerifier(config);
  const development = developmentMode(config) ? developmentPrincipal(config) : null;

  async function principalOf(authorization: string | undefined): Promise<Principal> {
    if (!authorization) {
      if (development) return development;
      throw credentialsRequired();
    }
    const [scheme, given, ...rest] = authorization.split(/\s+/);
    const kind = scheme?.toLowerCase();
    if ((kind !== 'bearer' && kind !== 'basic') || !given || rest.length)
      throw invalidCredential('use Authorization: Bearer <JWT or API key>, or Basic with an API key as the password');
    // HTTP Basic, as MXO's clients send it: the password is the API key, the user name is not read.
    const credential = kind === 'basic' ? basicPassword(given) : given;
    if (kind === 'basic' && !looksLikeApiKey(credential)) throw invalidCredential('with HTTP Basic, the password must be an API key');
    if (looksLikeApiKey(credential))
      return authenticateApiKey(db, credential, (error) => logger.warn({ err: error }, 'could not record when an API key was last used'));
    if (!verifyJwt) throw invalidCredential('this service accepts API keys only (no JWT key is configured)');
    return verifyJwt(credential);
  }

  async function authenticate(headers: IncomingHttpHeaders, pathTenant: string | undefined): Promise<Authenticated> {
    const principal = await principalOf(singleHeader(headers, 'authorization'));
    const tenantId = selectTenant(principal, requestedTenant(singleHeader(headers, TENANT_HEADER), pathTenant));
    if (tenantId === null) return { principal, tenantId, configVersion: null };
    const configVersion = await findTenantVersion(db, tenantId);
    if (configVersion === null) throw unknownTenant(tenantId);
    return { principal, tenantId, configVersion };
  }

  // API keys and tenants are read from the database: while it cannot be used, every request
  // fails here, before any resolver runs, and is answered 503 like one that failed in a resolver.
  return async (headers, pathTenant) => {
    try {
      return await authenticate(headers, pathTenant);
    } catch (error) {
      const unavailable = unavailabilityOf(error);
      if (!unavailable) throw error;
      logger.warn({ err: error }, 'cannot authenticate: the database is unavailable');
      throw unavailable;
    }
  };
}
