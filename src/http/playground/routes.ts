import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { introspectionEnabled, playgroundMode, type Config } from '../../config/env.ts';
import type { Logger } from '../../logging/logger.ts';
import { PLAYGROUND_ASSETS_DIR, PLAYGROUND_BUNDLE_DIR, PLAYGROUND_ENTRY_FILES } from './bundle-location.ts';
import { PLAYGROUND_CSP, playgroundPageConfig, renderPlaygroundPage } from './page.ts';
import { PLAYGROUND_ASSET_PATH } from './page-config.ts';

const SECURITY_HEADERS = {
  'Content-Security-Policy': PLAYGROUND_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** A browser opening /graphql: asks for HTML before JSON and sends no operation. Every other GET is an API request. */
function wantsPage(req: Request): boolean {
  return (
    req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/**
 * The playground: its page at /playground, and at /graphql for a browser; its bundle under
 * /playground/assets. Served before authentication: the page is the same for everyone and
 * holds no data, while every request it sends to /graphql passes the usual checks. Nothing
 * when PLAYGROUND turns it off.
 */
export function playgroundRouter(config: Config, logger: Logger): Router | undefined {
  const mode = playgroundMode(config);
  if (mode === 'off') return undefined;
  const entry = join(PLAYGROUND_ASSETS_DIR, PLAYGROUND_ENTRY_FILES.script);
  if (!existsSync(entry)) logger.warn({ bundle: PLAYGROUND_BUNDLE_DIR }, 'the playground is not built: run npm run build:playground');
  // Without introspection the page still runs operations, but its docs explorer and completion are empty.
  if (!introspectionEnabled(config))
    logger.warn(
      { playground: mode },
      'the playground is on but introspection is off: its docs explorer will be empty (INTROSPECTION=true)',
    );
  const html = renderPlaygroundPage(playgroundPageConfig(config));

  const page = (_req: Request, res: Response) => {
    // Checked on each request: a bundle built after the start is served at once.
    if (!existsSync(entry)) {
      res.status(503).type('text/plain').send('The playground is not built: run npm run build:playground.\n');
      return;
    }
    res
      .set({ ...SECURITY_HEADERS, 'Cache-Control': 'no-store' })
      .type('html')
      .send(html);
  };

  const router = express.Router();
  router.get('/playground', page);
  router.get('/graphql', (req, res, next) => (wantsPage(req) ? page(req, res) : next()));
  // Workers take the policy of their own script's answer, so the assets carry it too.
  router.use(
    PLAYGROUND_ASSET_PATH,
    express.static(PLAYGROUND_ASSETS_DIR, { index: false, setHeaders: (res) => res.set(SECURITY_HEADERS) }),
  );
  return router;
}
