// Serves the example app (src/app) at /app: static files built by Vite at install time
// (src/tools/build-app.ts). The build derives from installed packages, so it lives beside them,
// out of the repository. No credential is needed for these files; the app's own requests to
// /graphql are checked like any other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { requestError } from '../errors/request-errors.ts';

export const APP_BUNDLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/interactions-app', import.meta.url));

export function exampleAppRouter(dir = APP_BUNDLE_DIR): Router {
  const router = express.Router();
  router.use(
    express.static(dir, {
      // Vite names assets by their content hash: they never change under one name.
      setHeaders: (res, path) =>
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  // Only reached when the build is missing: say how to make it rather than a bare 404.
  router.get(['/', '/index.html'], (_req, _res, next) => {
    next(
      existsSync(join(dir, 'index.html'))
        ? undefined
        : requestError('SERVICE_UNAVAILABLE', 'the example app is not built: run `npm run build:app`'),
    );
  });
  return router;
}
