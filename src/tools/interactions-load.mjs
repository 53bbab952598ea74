#!/usr/bin/env -S node --max-semi-space-size=2
// A load keeps few objects alive (the batches in flight): a small young generation keeps its
// memory flat at little cost in collections (Node's default 16 MB semi-spaces cost some 20 MB
// more at the peak). npm run load passes the same flag.
// The file loader's command (npm run load, npx interactions-load): src/tools/load.ts bundled by
// esbuild into one JavaScript file, built on first use and again whenever a file it was built
// from changes, so that a load runs on plain Node (tsx's compiler would cost it some 40 MB of
// memory). Without esbuild, or when the build fails, it runs through tsx as the other tools do.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'src/tools/load.ts');
const cache = join(root, 'node_modules/.cache/interactions-loader');
const bundlePath = join(cache, 'load.mjs');
const stampPath = join(cache, 'stamp.json');

function hashOf(inputs) {
  const hash = createHash('sha256');
  // This file first: how it builds (the banner, the options) is part of what the bundle is.
  for (const input of ['src/tools/interactions-load.mjs', ...inputs]) hash.update(`${input}\n`).update(readFileSync(join(root, input)));
  return hash.digest('hex');
}

/** The bundle, when it was built from the files as they are now. */
function currentBundle() {
  try {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    return hashOf(stamp.inputs) === stamp.hash ? bundlePath : null;
  } catch {
    return null;
  }
}

/** Builds aside and moves in whole: two loads starting at once each build and either wins. */
async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const staging = join(cache, `load.${process.pid}.mjs`);
  const { metafile } = await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages require Node's own modules.
    // Under a name of its own: a bundled module importing createRequire itself keeps that name.
    banner: {
      js: "import { createRequire as createBannerRequire } from 'node:module'; const require = createBannerRequire(import.meta.url);",
    },
  });
  const inputs = Object.keys(metafile.inputs).sort();
  renameSync(staging, bundlePath);
  writeFileSync(`${stampPath}.${process.pid}`, JSON.stringify({ hash: hashOf(inputs), inputs }));
  renameSync(`${stampPath}.${process.pid}`, stampPath);
  return bundlePath;
}

let bundle = currentBundle();
if (!bundle) bundle = await build().catch(() => null);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
