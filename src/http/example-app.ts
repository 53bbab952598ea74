// Serves the example app (src/app) at /app: static files built by Vite at install time
// (src/tools/app-bundle.ts). The build derives from installed packages, so it lives beside them,
// out of the repository. No credential is needed for these files; the app's own requests to
// /graphql are checked like any other. Off in production unless EXAMPLE_APP=on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { projectFile } from '../config/project-files.ts';
import { requestError } from '../errors/request-errors.ts';

/** The build: `public/` is what is served, the build's stamp (its inputs' hash) sits beside it, unserved. */
export const APP_BUNDLE_DIR = projectFile('node_modules', '.cache', 'interactions-app');
export const appPublicDir = (bundleDir = APP_BUNDLE_DIR) => join(bundleDir, 'public');

// The page holds a bearer token, so nothing but its own files may run in it, and it may only
// talk to this service: connect-src 'self' means the app served here reaches this service's
// /graphql and no other endpoint (to point the app elsewhere, serve the build from that
// origin, or run `npm run dev:app`). Styles are the bundle's stylesheet; React sets style
// properties through the DOM, which style-src does not govern.
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', APP_CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  // The app's address never leaves with its requests.
  res.setHeader('referrer-policy', 'no-referrer');
  next();
};

export function exampleAppRouter(bundleDir = APP_BUNDLE_DIR): Router {
  const dir = appPublicDir(bundleDir);
  const router = express.Router();
  router.use(securityHeaders);
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
        : requestError(
            'SERVICE_UNAVAILABLE',
            'the example app is not built: install the dev dependencies (`npm install`) and run `npm run build:app`',
          ),
    );
  });
  return router;
}
