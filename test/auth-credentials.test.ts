import { writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { bearer, signToken, TEST_JWT } from './helpers/credentials.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { newTenant, startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { ApiKeyInput } from './generated/operations/graphql.ts';

const WHO = graphql(`
  query CredentialsViewer {
    viewer {
      subject
      role
      tenant
      credential
    }
  }
`);
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectUnauthenticated(response: GraphQLResponse<unknown>, invalidToken = true) {
  expect(response.status).toBe(401);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const challenge = response.headers?.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer realm="interactions"/);
  if (invalidToken) expect(challenge).toContain('error="invalid_token"');
}

describeEachDatabase('credentials', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  describe('JWT bearer tokens (HS256)', () => {
    it('accepts a valid token: subject, role and tenant come from its claims', async () => {
      const tenant = newTenant();
      await service.provision(tenant);
      const response = await service.post(WHO, undefined, bearer(await signToken({ sub: 'ann@example.com', tenant, roles: ['writer'] })));
      expect(response).toMatchObject({
        status: 200,
        data: { viewer: { subject: 'ann@example.com', role: 'WRITER', tenant, credential: 'JWT' } },
      });
    });

    it('answers 401 with WWW-Authenticate to a request without a credential', async () => {
      const response = await service.post(WHO);
      expectUnauthenticated(response, false);
      expect(response.headers?.get('www-authenticate')).toBe('Bearer realm="interactions"');
    });

    it('answers 401 to alg none, a wrong signature, issuer or audience, an expired or not-yet-valid token, every time', async () => {
      const tenant = newTenant();
      await service.provision(tenant);
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'x', tenant, roles: ['admin'], iss: TEST_JWT.JWT_ISSUER, aud: TEST_JWT.JWT_AUDIENCE, exp: now + 600 })}.`;
      const valid = await signToken({ tenant });
      const [header, payload] = valid.split('.');
      const refused = {
        'alg none': unsigned,
        'wrong signature': await signToken({ tenant }, 'another-secret-of-at-least-32-characters!'),
        'tampered payload': `${header}.${base64url({ ...(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object), roles: ['operator'] })}.${valid.split('.')[2]}`,
        'wrong issuer': await signToken({ tenant, iss: 'https://evil.example' }),
        'wrong audience': await signToken({ tenant, aud: 'another-service' }),
        'expired beyond the clock skew': await signToken({ tenant, expiresIn: -60 }),
        'not valid before a minute from now': await signToken({ tenant, notBefore: 60 }),
        'no subject': await signToken({ tenant, sub: '' }),
        'not a JWT': 'abc.def',
      };
      for (const [why, token] of Object.entries(refused)) {
        for (let attempt = 0; attempt < 2; attempt++) {
          const response = await service.post(WHO, undefined, bearer(token));
          expect(response.status, why).toBe(401);
          expectUnauthenticated(response);
        }
      }
      expectUnauthenticated(await service.post(WHO, undefined, { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }));
      expectUnauthenticated(await service.post(WHO, undefined, { authorization: 'Bearer' }));
    });

    it('allows a small clock skew: a token expired 10 s ago is still accepted', async () => {
      const tenant = newTenant();
      await service.provision(tenant);
      const response = await service.post(WHO, undefined, bearer(await signToken({ tenant, roles: ['reader'], expiresIn: -10 })));
      expect(response.status).toBe(200);
    });

    it('never echoes the token in its answer', async () => {
      const token = await signToken({ tenant: newTenant(), iss: 'https://evil.example' });
      const response = await service.post(WHO, undefined, bearer(token));
      expect(JSON.stringify(response) + (response.headers?.get('www-authenticate') ?? '')).not.toContain(token.split('.')[1]);
    });
  });

  describe('API keys', () => {
    const CREATE_KEY = graphql(`
      mutation CredentialsCreateApiKey($input: ApiKeyInput!) {
        createApiKey(input: $input) {
          key
          apiKey {
            id
            name
            role
            tenant
            createdBy
            revokedTime
            lastUsedTime
          }
        }
      }
    `);
    const REVOKE_KEY = graphql(`
      mutation CredentialsRevokeApiKey($id: ID!) {
        revokeApiKey(id: $id) {
          id
          revokedTime
        }
      }
    `);

    /** Creates a key as the tenant's admin, failing the test when it is refused. */
    const createKey = async (tenant: string, input: ApiKeyInput) => {
      const created = await service.graphql(tenant, CREATE_KEY, { input });
      if (!created.data) throw new Error(`API key not created: ${JSON.stringify(created)}`);
      return created.data.createApiKey;
    };

    it('creates a key shown once and stored as a hash, uses it, records its use, and refuses it once revoked', async ({ expect }) => {
      const tenant = await demoTenant(service);
      const { key, apiKey } = await createKey(tenant, { name: 'nightly loader', role: 'WRITER' });
      expect(key).toMatch(/^isk_[0-9A-Za-z]{12}_[0-9A-Za-z_-]{43}$/);
      expect(apiKey).toMatchObject({
        name: 'nightly loader',
        role: 'WRITER',
        tenant,
        createdBy: `tester@${tenant}`,
        revokedTime: null,
        lastUsedTime: null,
      });
      expect(key).toContain(apiKey.id);

      const stored = await service.database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
      expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value))).not.toContain(
        key.slice(-43),
      );
      // Listed without its secret, which no query can read again.
      const listed = await service.graphql(
        tenant,
        graphql(`
          query CredentialsListedApiKeys {
            apiKeys {
              id
              name
              role
            }
          }
        `),
      );
      expect(listed.data?.apiKeys).toEqual([{ id: apiKey.id, name: 'nightly loader', role: 'WRITER' }]);

      const used = await service.post(CREATE_ENTITIES, { entities: [individual('Key User')] }, bearer(key));
      expect(used.data?.createEntities[0]).toMatchObject({ status: 'OK', object: { createdBy: `apikey:${apiKey.id}` } });
      const viewer = await service.post(WHO, undefined, bearer(key));
      expect(viewer.data?.viewer).toEqual({ subject: `apikey:${apiKey.id}`, role: 'WRITER', tenant, credential: 'API_KEY' });
      // Recorded in the background, once a minute at most.
      await expect
        .poll(async () => (await service.database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedTime)
        .not.toBeNull();
      const firstUse = (await service.database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedTime;
      await service.post(WHO, undefined, bearer(key));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await service.database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedTime).toBe(firstUse);

      const revoked = await service.graphql(tenant, REVOKE_KEY, { id: apiKey.id });
      expect(revoked.data?.revokeApiKey.revokedTime).toEqual(expect.any(Number));
      expectUnauthenticated(await service.post(WHO, undefined, bearer(key)));
      // Revoking again changes nothing.
      const again = await service.graphql(tenant, REVOKE_KEY, { id: apiKey.id });
      expect(again.data?.revokeApiKey.revokedTime).toBe(revoked.data?.revokeApiKey.revokedTime);
    });

    it('refuses a forged secret for a real key id, a malformed key and an expired key with 401', async () => {
      const tenant = newTenant();
      const { key, apiKey } = await createKey(tenant, { role: 'READER' });
      expect((await service.post(WHO, undefined, bearer(key))).status).toBe(200);
      const forged = `${key.slice(0, -43)}${'A'.repeat(43)}`;
      expectUnauthenticated(await service.post(WHO, undefined, bearer(forged)));
      expectUnauthenticated(await service.post(WHO, undefined, bearer('isk_short')));
      await service.database.db.apiKey.update({ where: { id: apiKey.id }, data: { expiresTime: BigInt(Date.now() - 1000) } });
      const expired = await service.post(WHO, undefined, bearer(key));
      expectUnauthenticated(expired);
      expect(expired.errors?.[0]?.message).toContain('expired');
    });

    it('lets an admin make keys up to its own role, never operator keys, and keeps keys to their tenant', async () => {
      const tenant = newTenant();
      const operatorKey = await service.graphql(tenant, CREATE_KEY, { input: { role: 'OPERATOR' } });
      expect(operatorKey.status).toBe(403);
      const writer = await service.as(tenant, { roles: ['writer'] });
      const byWriter = await service.graphql(tenant, CREATE_KEY, { input: { role: 'READER' } }, writer);
      expect(byWriter.status).toBe(403);
      const { apiKey } = await createKey(tenant, { role: 'ADMIN' });
      // Another tenant's admin neither sees nor revokes it.
      const other = newTenant();
      const otherKeys = graphql(`
        query CredentialsOtherTenantApiKeys {
          apiKeys {
            id
          }
        }
      `);
      expect((await service.graphql(other, otherKeys)).data?.apiKeys).toEqual([]);
      const foreignRevoke = await service.graphql(other, REVOKE_KEY, { id: apiKey.id });
      expect(foreignRevoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await service.database.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).revokedTime).toBeNull();
    });

    it(
      'are created and revoked with npm run apikey:create / apikey:revoke, and tenants with npm run tenant:create',
      async () => {
        const env = { DATABASE_URL: service.databaseUrl };
        const tenant = newTenant('cli');
        const unknown = await runTool('apikey-create', ['--tenant', tenant, '--role', 'writer'], env);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toContain(`tenant ${tenant} does not exist`);
        expect(await service.database.db.tenant.count({ where: { id: tenant } })).toBe(0);

        const provisioned = await runTool('tenant-create', [tenant], env);
        expect(provisioned).toMatchObject({ code: 0 });
        expect(provisioned.stdout).toContain(`tenant ${tenant}: provisioned`);
        const created = await runTool('apikey-create', ['--tenant', tenant, '--role', 'admin', '--name', 'first admin'], env);
        expect(created.code).toBe(0);
        const key = created.stdout.trim();
        expect(key).toMatch(/^isk_/);
        expect((await service.post(WHO, undefined, bearer(key))).data?.viewer).toMatchObject({ role: 'ADMIN', tenant });

        const revoked = await runTool('apikey-revoke', [key], env);
        expect(revoked.code).toBe(0);
        expectUnauthenticated(await service.post(WHO, undefined, bearer(key)));

        // An operator key of every tenant chooses one with X-Tenant-Id.
        const operator = (await runTool('apikey-create', ['--role', 'operator'], env)).stdout.trim();
        const chosen = await service.post(WHO, undefined, { ...bearer(operator), 'x-tenant-id': tenant });
        expect(chosen.data?.viewer).toMatchObject({ role: 'OPERATOR', tenant });

        // Flags are parsed strictly: a typo is an error, not a silent default.
        const typo = await runTool('apikey-create', ['--tenat', tenant, '--role', 'admin'], env);
        expect(typo.code).toBe(64); // the usage-error exit code of every tool
        expect(typo.stderr).toContain("Unknown option '--tenat'");
      },
      CLI_TEST_TIMEOUT,
    );
  });
});

describe('JWTs from an RS/ES key set', () => {
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let jwks: { keys: object[] };
  let keyServer: Server;
  let fromFile: TestService;
  let fromUrl: TestService;
  const tenant = newTenant('jwks');

  const sign = (key: CryptoKey, alg: string, kid: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ tenant, roles: ['reader'], ...claims })
      .setProtectedHeader({ alg, kid })
      .setSubject('svc@example.com')
      .setIssuer('https://idp.example')
      .setAudience('interactions')
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256', { extractable: true });
    ec = await generateKeyPair('ES256', { extractable: true });
    jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'jwks-')), 'jwks.json');
    writeFileSync(file, JSON.stringify(jwks));
    keyServer = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    const issuer = { JWT_SECRET: '', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'interactions' };
    fromFile = await startTestService('sqlite', { ...issuer, JWT_JWKS_FILE: file });
    fromUrl = await startTestService('sqlite', {
      ...issuer,
      JWT_JWKS_URL: `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json`,
    });
    await fromFile.provision(tenant);
    await fromUrl.provision(tenant);
  });
  afterAll(async () => {
    await fromFile?.stop();
    await fromUrl?.stop();
    keyServer?.close();
  });

  it('accepts RS256 and ES256 tokens of the set, from a file and from a URL', async () => {
    for (const service of [fromFile, fromUrl]) {
      for (const token of [await sign(rsa.privateKey, 'RS256', 'rsa-1'), await sign(ec.privateKey, 'ES256', 'ec-1')]) {
        const response = await service.post(WHO, undefined, bearer(token));
        expect(response).toMatchObject({ status: 200, data: { viewer: { subject: 'svc@example.com', role: 'READER', tenant } } });
      }
    }
  });

  it('refuses a key outside the set, HS256 signed with a public key (algorithm confusion) and alg none', async () => {
    const stranger = await generateKeyPair('RS256');
    const publicJwk = JSON.stringify(await exportJWK(rsa.publicKey));
    const confused = await new SignJWT({ tenant, roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setSubject('x')
      .setIssuer('https://idp.example')
      .setAudience('interactions')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicJwk));
    const none = `${base64url({ alg: 'none', kid: 'rsa-1' })}.${base64url({ sub: 'x', tenant, roles: ['admin'], iss: 'https://idp.example', aud: 'interactions', exp: Math.floor(Date.now() / 1000) + 300 })}.`;
    for (const service of [fromFile, fromUrl]) {
      expectUnauthenticated(await service.post(WHO, undefined, bearer(await sign(stranger.privateKey, 'RS256', 'rsa-1'))));
      expectUnauthenticated(await service.post(WHO, undefined, bearer(await sign(stranger.privateKey, 'RS256', 'unknown-kid'))));
      expectUnauthenticated(await service.post(WHO, undefined, bearer(confused)));
      expectUnauthenticated(await service.post(WHO, undefined, bearer(none)));
    }
  });
});

describe('configurable claim names', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService('sqlite', {
      JWT_TENANT_CLAIM: 'https://example.com/tenant',
      JWT_ROLES_CLAIM: 'realm_access.roles',
      JWT_SUBJECT_CLAIM: 'email',
    });
  });
  afterAll(() => service?.stop());

  it('reads tenant, roles and subject from the configured claims, a namespaced name and a nested path', async () => {
    const tenant = newTenant();
    await service.provision(tenant);
    const token = await signToken({
      sub: 'opaque-id-123',
      extra: { 'https://example.com/tenant': tenant, realm_access: { roles: ['offline_access', 'writer'] }, email: 'ann@example.com' },
    });
    const response = await service.post(WHO, undefined, bearer(token));
    expect(response).toMatchObject({ status: 200, data: { viewer: { subject: 'ann@example.com', role: 'WRITER', tenant } } });
    // The default claim names mean nothing here.
    const plain = await service.post(WHO, undefined, bearer(await signToken({ sub: 'x', tenant, roles: ['admin'] })));
    expect(plain.status).toBe(401);
  });
});
