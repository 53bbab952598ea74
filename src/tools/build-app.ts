// npm run build:app (and the install, through postinstall): builds the example app (src/app)
// with Vite into the folder the service serves at /app. --if-stale skips a build whose inputs
// (the app's and the client kit's sources, the versions of the packages bundled) are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { APP_BUNDLE_DIR } from '../http/example-app.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src/app', 'src/client'];
const PACKAGES = ['react', 'react-dom', 'urql', '@urql/core', '@urql/exchange-graphcache', 'vite', '@vitejs/plugin-react'];
const STAMP = 'build-stamp.json';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((dir) => files(join(root, dir))).sort()) hash.update(`${file}\n`).update(readFileSync(file));
  // Read from node_modules directly: not every package exports its package.json.
  for (const name of PACKAGES) hash.update(readFileSync(join(root, 'node_modules', name, 'package.json')));
  return hash.digest('hex');
}

export interface AppBuild {
  built: boolean;
  milliseconds: number;
  bytes: number;
}

/** Builds the app into APP_BUNDLE_DIR, or, with `ifStale`, only when its inputs changed since. */
export async function buildApp({ ifStale = false } = {}): Promise<AppBuild> {
  const started = Date.now();
  const hash = inputsHash();
  const stamp = join(APP_BUNDLE_DIR, STAMP);
  const size = () => files(APP_BUNDLE_DIR).reduce((sum, file) => sum + statSync(file).size, 0);
  if (ifStale && existsSync(stamp) && (JSON.parse(readFileSync(stamp, 'utf8')) as { hash: string }).hash === hash)
    return { built: false, milliseconds: Date.now() - started, bytes: size() };
  // Built aside and moved in whole: a running service never serves half an app.
  const staging = `${APP_BUNDLE_DIR}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  // A production build whatever NODE_ENV the caller runs with (vitest sets `test`): Vite takes
  // NODE_ENV over its mode, and React's JSX runtime and build follow it.
  const callersEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'src/app/vite.config.ts'), logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
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
    if (!existsSync(stamp) || (JSON.parse(readFileSync(stamp, 'utf8')) as { hash: string }).hash !== hash) throw error;
  }
  return { built: true, milliseconds: Date.now() - started, bytes: size() };
}

// Run as a command (the tests import buildApp instead). Arguments are parsed here rather than
// by tool-context.ts, which opens the database: the install runs this before any exists.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const usage = 'npm run build:app [-- --if-stale]   (--if-stale: only when the sources or packages changed)';
  let flags: { 'if-stale'?: boolean; help?: boolean };
  try {
    flags = parseArgs({ options: { 'if-stale': { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]}\nusage: ${usage}`);
    process.exit(1);
  }
  if (flags.help) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  const result = await buildApp({ ifStale: flags['if-stale'] === true });
  const size = `${(result.bytes / 1024).toFixed(0)} KiB`;
  console.log(
    result.built ? `example app: built ${APP_BUNDLE_DIR} (${size}) in ${result.milliseconds} ms` : `example app: up to date (${size})`,
  );
}
