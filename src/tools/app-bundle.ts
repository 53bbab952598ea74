// Builds the example app (src/app) with Vite into the folder the service serves at /app
// (src/tools/build-app.ts is the command). `ifStale` skips a build whose inputs are unchanged:
// the app's and the client kit's sources, this file and the Vite config, and the installed
// packages as a whole (the lockfile npm writes into node_modules), since the bundle holds
// packages the app never names (wonka, @0no-co/graphql.web, graphql, scheduler, ...).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { APP_BUNDLE_DIR, appPublicDir } from '../http/example-app.ts';
import { buildAside, bytesBelow, hashOfFiles, installedPackagesFile, listFiles, stampedHash } from './staged-build.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src/app', 'src/client'];

/** The hash of everything the bundle is made from; `base` is the project's root. */
export function appInputsHash(base = root): string {
  const sources = [...SOURCES.flatMap((dir) => listFiles(join(base, dir))), fileURLToPath(import.meta.url)].sort();
  return hashOfFiles(base, [...sources, installedPackagesFile(base)]);
}

export interface AppBuild {
  built: boolean;
  milliseconds: number;
  bytes: number;
}

/** Builds the app into APP_BUNDLE_DIR, or, with `ifStale`, only when its inputs changed since. */
export async function buildApp({ ifStale = false } = {}): Promise<AppBuild> {
  const started = Date.now();
  const hash = appInputsHash();
  if (ifStale && stampedHash(APP_BUNDLE_DIR) === hash && existsSync(appPublicDir()))
    return { built: false, milliseconds: Date.now() - started, bytes: bytesBelow(appPublicDir()) };
  await buildAside(APP_BUNDLE_DIR, hash, async (staging) => {
    // A production build whatever NODE_ENV the caller runs with (vitest sets `test`): Vite takes
    // NODE_ENV over its mode, and React's JSX runtime and build follow it.
    const callersEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: join(root, 'src/app/vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: appPublicDir(staging), emptyOutDir: true },
      });
    } finally {
      if (callersEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = callersEnv;
    }
  });
  return { built: true, milliseconds: Date.now() - started, bytes: bytesBelow(appPublicDir()) };
}
