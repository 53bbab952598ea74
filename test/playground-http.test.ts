// The playground's routes over HTTP: its page for browsers at /graphql and at /playground, with
// a Content-Security-Policy that allows only the service; API requests untouched; PLAYGROUND=off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_CONFIG_ELEMENT_ID, type PlaygroundPageConfig } from '../src/http/playground/page-config.ts';
import { buildPlayground } from '../src/tools/playground-bundle.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function pageConfig(html: string): PlaygroundPageConfig {
  const block = new RegExp(`<script type="application/json" id="${PLAYGROUND_CONFIG_ELEMENT_ID}">(.*?)</script>`).exec(html);
  return JSON.parse(block![1]!) as PlaygroundPageConfig;
}

describe('playground routes', () => {
  let on: TestService;
  let off: TestService;

  beforeAll(async () => {
    await buildPlayground({ ifStale: true });
    [on, off] = await Promise.all([startTestService('sqlite'), startTestService('sqlite', { PLAYGROUND: 'off' })]);
  });

  afterAll(async () => {
    await Promise.all([on?.stop(), off?.stop()]);
  });

  it('serves its page to a browser at /graphql and at /playground, without a credential, allowing only the service', async () => {
    for (const path of ['/graphql', '/playground']) {
      const response = await fetch(`${on.url}${path}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy')!;
      for (const directive of [
        "default-src 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-ancestors 'none'",
      ])
        expect(csp).toContain(directive);
      expect(csp).not.toMatch(/https?:|\*/);
      const html = await response.text();
      expect(html).not.toMatch(/(src|href)="https?:/);
      // Outside development mode the headers ask for a credential.
      expect(pageConfig(html)).toMatchObject({
        endpoint: '/graphql',
        readOnly: false,
        headers: expect.stringContaining('"Authorization"'),
      });
    }
  });

  it('serves the bundle from the service itself, under the same policy', async () => {
    const script = await fetch(`${on.url}/playground/assets/playground.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('content-security-policy')).toContain("connect-src 'self'");
    await script.arrayBuffer();
    expect((await fetch(`${on.url}/playground/assets/graphql.worker.js`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${on.url}/playground/assets/nothing.js`)).status).toBe(404);
    // What the build was made of stays on the server.
    expect((await fetch(`${on.url}/playground/assets/build-stamp.json`)).status).toBe(404);
  });

  it('leaves API requests to /graphql as they were', async () => {
    // No Accept, JSON first, or a query string: the API answers (here: a credential is needed).
    for (const headers of [{}, { accept: 'application/json, text/html' }] as Record<string, string>[]) {
      const response = await fetch(`${on.url}/graphql`, { headers });
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(response.status).toBe(401);
    }
    const query = await fetch(`${on.url}/graphql?query=%7B__typename%7D`, {
      headers: { ...HTML, 'apollo-require-preflight': 'true', ...(await on.as('t-playground')) },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is not served with PLAYGROUND=off, nor does Apollo serve its own landing page', async () => {
    expect((await fetch(`${off.url}/playground`, { headers: HTML })).status).toBe(404);
    expect((await fetch(`${off.url}/playground/assets/playground.js`)).status).toBe(404);
    const graphql = await fetch(`${off.url}/graphql`, { headers: HTML });
    expect(graphql.headers.get('content-type')).not.toMatch(/html/);
    expect(await graphql.text()).not.toMatch(/apollo|sandbox/i);
  });
});
