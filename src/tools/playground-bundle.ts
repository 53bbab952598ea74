// Builds the playground's browser bundle with esbuild: GraphiQL, React and Monaco from
// node_modules into static files the service serves (src/http/playground), so that the page
// needs no other host. Monaco's language workers are bundled as classic worker scripts beside
// it. The result is checked for references to other hosts (fonts, CDNs, telemetry).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PLAYGROUND_ASSETS_DIR, PLAYGROUND_BUNDLE_DIR, PLAYGROUND_ENTRY_FILES } from '../http/playground/bundle-location.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const browserDir = fileURLToPath(new URL('../http/playground/browser', import.meta.url));
// The stamp sits beside the served folder (PLAYGROUND_ASSETS_DIR), not in it.
const STAMP = 'build-stamp.json';
const ASSETS = relative(PLAYGROUND_BUNDLE_DIR, PLAYGROUND_ASSETS_DIR);

// Monaco's modules import their own style sheets, which graphiql/style.css already holds whole.
const skipMonacoStyles: Plugin = {
  name: 'skip-monaco-styles',
  setup(builder) {
    builder.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'skipped-css' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'skipped-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

/**
 * What the bundle is made of: the page's browser code and the configuration type it shares,
 * this build (its script and options) and every installed package's version. The lock file
 * npm keeps in node_modules lists them all, so a package bundled indirectly (graphql, the
 * GraphiQL plugins, the toolkit) counts as well as a direct one; package-lock.json stands in
 * for it when it is missing.
 */
export function playgroundInputs(): string[] {
  const installed = join(root, 'node_modules', '.package-lock.json');
  return [
    ...listFiles(browserDir).sort(),
    fileURLToPath(new URL('../http/playground/page-config.ts', import.meta.url)),
    fileURLToPath(new URL('../http/playground/bundle-location.ts', import.meta.url)),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./build-playground.ts', import.meta.url)),
    existsSync(installed) ? installed : join(root, 'package-lock.json'),
  ];
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of playgroundInputs()) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Hosts the bundle names that a browser could be made to fetch from: any url() in the style
 * sheets that is not data: or relative, and any CDN, font or telemetry host in the scripts.
 * Other URLs in the scripts are text (licence links, XML namespaces, links in messages).
 */
export function remoteReferences(files: Record<string, string>): string[] {
  const found: string[] = [];
  const fetched =
    /\b(?:esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|google-analytics\.com|googletagmanager\.com|sentry\.io|segment\.(?:io|com)|apollographql\.com)\b/g;
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.css'))
      for (const [, target] of text.matchAll(/url\(\s*["']?([^"')]+)/g))
        if (!/^(data:|#|\.{0,2}\/[^/])/.test(target!)) found.push(`${name}: url(${target})`);
    for (const [host] of text.matchAll(fetched)) found.push(`${name}: ${host}`);
    for (const [rule] of text.matchAll(/@import\s+(?:url\()?["']?https?:[^;]*/g)) found.push(`${name}: ${rule}`);
  }
  return [...new Set(found)];
}

export interface PlaygroundBuild {
  built: boolean;
  milliseconds: number;
  bytes: number;
}

/** Builds the bundle into PLAYGROUND_BUNDLE_DIR, or, with `ifStale`, only when its inputs changed since the last build. */
export async function buildPlayground({ ifStale = false } = {}): Promise<PlaygroundBuild> {
  const started = Date.now();
  const hash = inputsHash();
  if (ifStale && readStampHash() === hash && existsSync(join(PLAYGROUND_ASSETS_DIR, PLAYGROUND_ENTRY_FILES.script))) {
    return { built: false, milliseconds: Date.now() - started, bytes: bundleBytes(PLAYGROUND_ASSETS_DIR) };
  }
  // Built aside and moved in whole: a running service never serves half a bundle.
  const staging = `${PLAYGROUND_BUNDLE_DIR}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const common = { absWorkingDir: root, bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: { [PLAYGROUND_ENTRY_FILES.script.replace(/\.js$/, '')]: join(browserDir, 'main.ts') },
      format: 'esm',
      // Monaco and Prettier are loaded when GraphiQL asks for them, as the package intends.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outdir: join(staging, ASSETS),
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [skipMonacoStyles],
    }),
    build({
      ...common,
      entryPoints: {
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
      },
      format: 'iife',
      outdir: join(staging, ASSETS),
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
  ]);
  const files = Object.fromEntries(listFiles(staging).map((file) => [file.slice(staging.length + 1), readFileSync(file, 'utf8')]));
  const remote = remoteReferences(files);
  if (remote.length) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`the playground bundle refers to other hosts:\n  ${remote.join('\n  ')}`);
  }
  await writeFile(join(staging, STAMP), JSON.stringify({ hash }));
  await mkdir(dirname(PLAYGROUND_BUNDLE_DIR), { recursive: true });
  // The old build is moved aside (one step) rather than deleted in place: a build running at the
  // same time (two test files, or an install) may move its own in meanwhile, which a recursive
  // delete of the folder would tear apart.
  const previous = `${PLAYGROUND_BUNDLE_DIR}.${process.pid}.old`;
  await rename(PLAYGROUND_BUNDLE_DIR, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  try {
    await rename(staging, PLAYGROUND_BUNDLE_DIR);
  } catch (error) {
    // Another build moved its own in first: the same inputs, so keep that one.
    await rm(staging, { recursive: true, force: true });
    if (readStampHash() !== hash) throw error;
  } finally {
    await rm(previous, { recursive: true, force: true });
  }
  return { built: true, milliseconds: Date.now() - started, bytes: bundleBytes(PLAYGROUND_ASSETS_DIR) };
}

function readStampHash(): string | undefined {
  const file = join(PLAYGROUND_BUNDLE_DIR, STAMP);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { hash: string }).hash : undefined;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function bundleBytes(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((sum, file) => sum + readFileSync(file).length, 0) : 0;
}
