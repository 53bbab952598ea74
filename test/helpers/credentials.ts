import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';

/** The JWT settings every test service accepts tokens by (an HS256 secret made for the run). */
export const TEST_JWT = {
  JWT_SECRET: randomBytes(32).toString('base64url'),
  JWT_ISSUER: 'https://issuer.test',
  JWT_AUDIENCE: 'interactions-test',
};

export interface TokenClaims {
  sub?: string;
  tenant?: string | string[];
  roles?: string[] | string;
  iss?: string;
  aud?: string;
  /** Seconds from now; negative for a token already expired. */
  expiresIn?: number;
  /** Seconds from now before which the token is not valid. */
  notBefore?: number;
  /** Any other claims. */
  extra?: Record<string, unknown>;
}

/** A signed test JWT (HS256 with the test secret, unless another key is given). */
export async function signToken(claims: TokenClaims, secret = TEST_JWT.JWT_SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = { ...claims.extra };
  if (claims.tenant !== undefined) payload.tenant = claims.tenant;
  if (claims.roles !== undefined) payload.roles = claims.roles;
  let jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(now)
    .setIssuer(claims.iss ?? TEST_JWT.JWT_ISSUER)
    .setAudience(claims.aud ?? TEST_JWT.JWT_AUDIENCE)
    .setExpirationTime(now + (claims.expiresIn ?? 600));
  if (claims.sub !== '') jwt = jwt.setSubject(claims.sub ?? 'tester');
  if (claims.notBefore !== undefined) jwt = jwt.setNotBefore(now + claims.notBefore);
  return jwt.sign(new TextEncoder().encode(secret));
}

export const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
