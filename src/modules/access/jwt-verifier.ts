import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ConfigError, type Config } from '../../config/env.ts';
import { requestError } from '../../errors/request-errors.ts';
import { invalidCredential } from './auth-errors.ts';
import { claimValue, roleFromClaim, tenantScopeFromClaim } from './claims.ts';
import type { Principal } from './principal.ts';

// Asymmetric algorithms a key set may use; `none` and HMAC are never taken from a key set.
const KEY_SET_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];

type Key = Uint8Array | JWTVerifyGetKey;

/** Verifies a bearer JWT into a principal; throws 401 (or 403 for an authentic token granting nothing usable). */
export type JwtVerifier = (token: string) => Promise<Principal>;

function keyOf(config: Config): { key: Key; algorithms: string[] } | null {
  if (config.JWT_SECRET) return { key: new TextEncoder().encode(config.JWT_SECRET), algorithms: ['HS256'] };
  if (config.JWT_JWKS_URL) {
    return {
      key: createRemoteJWKSet(new URL(config.JWT_JWKS_URL), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000 }),
      algorithms: KEY_SET_ALGORITHMS,
    };
  }
  if (config.JWT_JWKS_FILE) {
    let keySet: JSONWebKeySet;
    try {
      keySet = JSON.parse(readFileSync(config.JWT_JWKS_FILE, 'utf8')) as JSONWebKeySet;
      return { key: createLocalJWKSet(keySet), algorithms: KEY_SET_ALGORITHMS };
    } catch (error) {
      throw new ConfigError(
        `invalid JWT_JWKS_FILE=${JSON.stringify(config.JWT_JWKS_FILE)}: not a readable JSON Web Key Set (${(error as Error).message.split('\n')[0]})`,
      );
    }
  }
  return null;
}

/** Why jose refused a token, in words a caller can act on (never the token itself). */
function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return invalidCredential('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return invalidCredential('the token is not valid yet');
    return invalidCredential(`the token's ${error.claim} claim is not accepted`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalidCredential('the token signature does not verify');
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return invalidCredential('the token is not signed with an accepted algorithm');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return invalidCredential('no single known key matches the token');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    // The key set could not be fetched: the service's problem, not the caller's.
    return requestError('SERVICE_UNAVAILABLE', 'credentials cannot be checked right now: try again shortly', undefined, {
      'Retry-After': '5',
    });
  }
  return invalidCredential('the token is malformed');
}

// A client sends the same token with every request until it expires: its signature (and, with
// a key set, the key lookup) is checked once, and the principal it grants reused for at most a
// minute and never past the token's expiry. A key removed from a key set stops tokens within a minute.
const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS = 10_000;

/** The verifier configured by the JWT_* settings, or null when JWTs are not accepted. */
export function createJwtVerifier(config: Config): JwtVerifier | null {
  const source = keyOf(config);
  if (!source) return null;
  const { key, algorithms } = source;
  const options = {
    issuer: config.JWT_ISSUER!,
    audience: config.JWT_AUDIENCE!,
    algorithms,
    clockTolerance: config.JWT_CLOCK_SKEW_SECONDS,
    requiredClaims: ['exp'],
  };
  const verified = new LRUCache<string, { principal: Principal; until: number }>({ max: VERIFIED_TOKENS });
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() < known.until) return known.principal;
    let payload: Record<string, unknown>;
    try {
      // Both overloads of jwtVerify take the same options; the key decides which applies.
      payload = (typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options)).payload;
    } catch (error) {
      throw refusal(error);
    }
    const subject = claimValue(payload, config.JWT_SUBJECT_CLAIM);
    if (typeof subject !== 'string' || !subject.trim() || subject.length > 200)
      throw invalidCredential(`the token has no usable ${config.JWT_SUBJECT_CLAIM} claim`);
    const role = roleFromClaim(claimValue(payload, config.JWT_ROLES_CLAIM));
    const principal: Principal = Object.freeze({
      subject,
      role,
      tenants: tenantScopeFromClaim(claimValue(payload, config.JWT_TENANT_CLAIM), role),
      credential: 'jwt',
      rateLimitKey: `jwt:${subject}`,
    });
    // exp is required, so a number here (jose checked it).
    verified.set(token, { principal, until: Math.min(Date.now() + VERIFIED_TOKEN_TTL_MS, Number(payload.exp) * 1000) });
    return principal;
  };
}
