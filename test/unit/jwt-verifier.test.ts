// Tokens are verified once and their principal reused while they stay valid: the reuse must
// never outlive the token, nor let a token that differs in any byte through.
import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { createJwtVerifier } from '../../src/modules/access/jwt-verifier.ts';

const SECRET = 'a-secret-long-enough-for-hs256-tokens-0123456789';
const verify = createJwtVerifier(
  loadConfig({ JWT_SECRET: SECRET, JWT_ISSUER: 'https://issuer.test', JWT_AUDIENCE: 'interactions', JWT_CLOCK_SKEW_SECONDS: '0' }),
)!;

const token = (expiresInSeconds: number) =>
  new SignJWT({ tenant: 'acme', roles: ['reader'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ann')
    .setIssuer('https://issuer.test')
    .setAudience('interactions')
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(new TextEncoder().encode(SECRET));

describe('JWT verification', () => {
  it('refuses a token once it has expired, though it was accepted before', async () => {
    // exp counts whole seconds: one second ahead can be a millisecond away, so two are asked
    // for, and the wait ends only once the expiry second has begun.
    const shortLived = await token(2);
    const expiresAt = decodeJwt(shortLived).exp! * 1000;
    await expect(verify(shortLived)).resolves.toMatchObject({ subject: 'ann', credential: 'jwt' });
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 50));
    await expect(verify(shortLived)).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
  });

  it('refuses a token whose signature was altered after the genuine one was accepted', async () => {
    const genuine = await token(600);
    await expect(verify(genuine)).resolves.toMatchObject({ subject: 'ann' });
    const altered = `${genuine.slice(0, -2)}${genuine.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(altered)).rejects.toMatchObject({ message: expect.stringMatching(/signature|malformed/) });
    await expect(verify(genuine)).resolves.toMatchObject({ subject: 'ann' });
  });
});
