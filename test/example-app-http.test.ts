// The example app as the service serves it at /app, and the CORS an app on another origin
// needs: its preflight with every header the kit and the README's retries send, its answers
// (errors included) readable by the page, and the headers it may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleAppEnabled, loadConfig } from '../src/config/env.ts';
import { buildApp } from '../src/tools/app-bundle.ts';
import { bearer, signToken } from './helpers/credentials.ts';
import { newTenant, startTestService, type TestService } from './helpers/test-service.ts';

const APP_ORIGIN = 'https://app.example.com';

describe('example app over HTTP, and CORS for an app on another origin', () => {
  let service: TestService;
  beforeAll(async () => {
    // The install builds it; this only catches a build older than its sources.
    await buildApp({ ifStale: true });
    service = await startTestService('sqlite', { CORS_ORIGINS: APP_ORIGIN });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('serves the built app at /app, its hashed assets cacheable for good', async () => {
    const page = await fetch(`${service.url}/app/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${service.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${service.url}/app`)).status).toBe(200);
    const missing = await fetch(`${service.url}/app/no-such-file.js`);
    expect(missing.status).toBe(404);
    // The build's stamp is the build's business: not among the served files.
    expect((await fetch(`${service.url}/app/build-stamp.json`)).status).toBe(404);
  });

  it('sends the page and its assets with a policy that lets only its own files run and talk to this service', async () => {
    const html = await (await fetch(`${service.url}/app/`)).text();
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    for (const path of ['/app/', script, '/app/no-such-file.js']) {
      const answer = await fetch(`${service.url}${path}`);
      const policy = (answer.headers.get('content-security-policy') ?? '').split(';').map((directive) => directive.trim());
      expect(policy, path).toEqual(
        expect.arrayContaining(["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]),
      );
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(answer.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    // Nothing inline for the policy to refuse: the page's only script is a file of its own.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('answers an allowed origin’s preflight for every header a browser app sends', async () => {
    const preflight = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-tenant-id,source-system,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const allowed = preflight.headers.get('access-control-allow-headers')?.split(',') ?? [];
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-tenant-id', 'source-system', 'idempotency-key']));
  });

  it('lets the page read answers, refusals and the headers it needs', async () => {
    const tenant = newTenant('cors');
    await service.provision(tenant);
    const post = (headers: Record<string, string>) =>
      fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { origin: APP_ORIGIN, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ viewer { tenant } }' }),
      });
    const answer = await post(bearer(await signToken({ tenant, roles: ['reader'] })));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(((await answer.json()) as { data: { viewer: { tenant: string } } }).data.viewer.tenant).toBe(tenant);
    const exposed = answer.headers.get('access-control-expose-headers')?.split(',') ?? [];
    expect(exposed).toEqual(expect.arrayContaining(['retry-after', 'www-authenticate', 'idempotent-replayed', 'ratelimit-remaining']));

    const refused = await post(bearer('isk_nope_nope'));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);

    const other = await post({ ...bearer(await signToken({ tenant, roles: ['reader'] })), origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('EXAMPLE_APP', () => {
  it('serves the app unless NODE_ENV=production, and as set when set', () => {
    expect(exampleAppEnabled(loadConfig({}))).toBe(true);
    expect(exampleAppEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(exampleAppEnabled(loadConfig({ NODE_ENV: 'production', EXAMPLE_APP: 'on' }))).toBe(true);
    expect(exampleAppEnabled(loadConfig({ EXAMPLE_APP: 'off' }))).toBe(false);
    expect(() => loadConfig({ EXAMPLE_APP: 'maybe' })).toThrow(/EXAMPLE_APP/);
  });

  it('answers /app with 404 when off, like any route the service does not have', async () => {
    const service = await startTestService('sqlite', { EXAMPLE_APP: 'off' });
    try {
      expect((await fetch(`${service.url}/app/`)).status).toBe(404);
    } finally {
      await service.stop();
    }
  });
});
