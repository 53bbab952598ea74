// Builds the playground's browser bundle with esbuild: GraphiQL, React and Monaco from
// node_modules into static files the service serves (src/http/playground), so that the page
// needs no other host. Monaco's language workers are bundled as classic worker scripts beside
// it. The result is checked for references to other hosts (fonts, CDNs, telemetry).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PLAYGROUND_ASSETS_DIR, PLAYGROUND_BUNDLE_DIR, PLAYGROUND_ENTRY_FILES } from '../http/playground/bundle-location.ts';
import { buildAside, bytesBelow, hashOfFiles, installedPackagesFile, listFiles, stampedHash } from './staged-build.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const browserDir = fileURLToPath(new URL('../http/playground/browser', import.meta.url));
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
  return [
    ...listFiles(browserDir).sort(),
    fileURLToPath(new URL('../http/playground/page-config.ts', import.meta.url)),
    fileURLToPath(new URL('../http/playground/bundle-location.ts', import.meta.url)),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./build-playground.ts', import.meta.url)),
    installedPackagesFile(root),
  ];
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
  const hash = hashOfFiles(root, playgroundInputs());
  if (ifStale && stampedHash(PLAYGROUND_BUNDLE_DIR) === hash && existsSync(join(PLAYGROUND_ASSETS_DIR, PLAYGROUND_ENTRY_FILES.script))) {
    return { built: false, milliseconds: Date.now() - started, bytes: bytesBelow(PLAYGROUND_ASSETS_DIR) };
  }
  await buildAside(PLAYGROUND_BUNDLE_DIR, hash, (staging) => bundleInto(staging));
  return { built: true, milliseconds: Date.now() - started, bytes: bytesBelow(PLAYGROUND_ASSETS_DIR) };
}

/** GraphiQL's page script and Monaco's workers, bundled into `staging`; refused when they name another host. */
async function bundleInto(staging: string): Promise<void> {
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
    throw new Error(`the playground bundle refers to other hosts:\n  ${remote.join('\n  ')}`);
  }
}
