// Builds the example app (src/app) with Vite into the folder the service serves at /app
// (src/tools/build-app.ts is the command). `ifStale` skips a build whose inputs are unchanged:
// the app's and the client kit's sources, this file and the Vite config, and the installed
// packages as a whole (the lockfile npm writes into node_modules), since the bundle holds
// packages the app never names (wonka, @0no-co/graphql.web, graphql, scheduler, ...).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { APP_BUNDLE_DIR, appPublicDir } from '../http/example-app.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src/app', 'src/client'];
// npm's record of what is installed (node_modules/.package-lock.json), else the project's lockfile.
const INSTALLED = ['node_modules/.package-lock.json', 'package-lock.json'];
// Outside public/: the stamp is the build's business, not the browser's.
const STAMP = 'build-stamp.json';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The hash of everything the bundle is made from; `base` is the project's root. */
export function appInputsHash(base = root): string {
  const hash = createHash('sha256');
  const sources = [...SOURCES.flatMap((dir) => files(join(base, dir))), fileURLToPath(import.meta.url)];
  for (const file of sources.sort()) hash.update(`${file}\n`).update(readFileSync(file));
  const installed = INSTALLED.map((file) => join(base, file)).find((file) => existsSync(file));
  if (installed) hash.update(readFileSync(installed));
  return hash.digest('hex');
}

const stampedHash = (dir: string): string | null => {
  try {
    return (JSON.parse(readFileSync(join(dir, STAMP), 'utf8')) as { hash: string }).hash;
  } catch {
    return null;
  }
};

export interface AppBuild {
  built: boolean;
  milliseconds: number;
  bytes: number;
}

/** Builds the app into APP_BUNDLE_DIR, or, with `ifStale`, only when its inputs changed since. */
export async function buildApp({ ifStale = false } = {}): Promise<AppBuild> {
  const started = Date.now();
  const hash = appInputsHash();
  const size = () => files(appPublicDir()).reduce((sum, file) => sum + statSync(file).size, 0);
  if (ifStale && stampedHash(APP_BUNDLE_DIR) === hash && existsSync(appPublicDir()))
    return { built: false, milliseconds: Date.now() - started, bytes: size() };
  // Built aside and moved in whole: a running service never serves half an app.
  const staging = `${APP_BUNDLE_DIR}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
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
  await writeFile(join(staging, STAMP), JSON.stringify({ hash }));
  await rm(APP_BUNDLE_DIR, { recursive: true, force: true });
  try {
    await rename(staging, APP_BUNDLE_DIR);
  } catch (error) {
    // Another process (a parallel test file) moved the same build in first: keep theirs.
    await rm(staging, { recursive: true, force: true });
    if (stampedHash(APP_BUNDLE_DIR) !== hash) throw error;
  }
  return { built: true, milliseconds: Date.now() - started, bytes: size() };
}
