// What the install-time builds (the playground's and the example app's bundles) share: a
// stamp of their inputs' hash so an unchanged build is skipped, and a build made aside and
// moved in whole, so that a running service never serves half a bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Beside the served folder, not in it: the stamp is the build's business, not the browser's.
const STAMP = 'build-stamp.json';

/** Every file below `dir`. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * npm's record of every installed package (node_modules/.package-lock.json), else the
 * project's lockfile: a bundle holds packages its sources never name, and they count too.
 */
export function installedPackagesFile(root: string): string {
  const installed = join(root, 'node_modules', '.package-lock.json');
  return existsSync(installed) ? installed : join(root, 'package-lock.json');
}

/** The hash of the files' names (below `root`) and contents, in the order given. */
export function hashOfFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** The input hash the build in `dir` was made from, if there is one. */
export function stampedHash(dir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(dir, STAMP), 'utf8')) as { hash: string }).hash;
  } catch {
    return null;
  }
}

/** The size of the files below `dir` (0 when it does not exist). */
export function bytesBelow(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;
}

/**
 * Runs `build` into a staging folder, stamps it with `hash` and moves it in as `dir`. The old
 * build is moved aside (one step) rather than deleted in place: a build running at the same
 * time (two test files, or an install) may move its own in meanwhile, which a recursive delete
 * of the folder would tear apart; when that one wins, it has the same inputs and is kept.
 */
export async function buildAside(dir: string, hash: string, build: (staging: string) => Promise<void>): Promise<void> {
  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await build(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await writeFile(join(staging, STAMP), JSON.stringify({ hash }));
  await mkdir(dirname(dir), { recursive: true });
  const previous = `${dir}.${process.pid}.old`;
  await rename(dir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  try {
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (stampedHash(dir) !== hash) {
      // No build of these inputs took its place: the old one goes back rather than leaving none.
      if (!existsSync(dir)) await rename(previous, dir).catch(() => undefined);
      throw error;
    }
  } finally {
    await rm(previous, { recursive: true, force: true });
  }
}
