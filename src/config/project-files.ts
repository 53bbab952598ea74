// Files the service reads from the project it runs in (schema.graphql, prisma/, the demo
// configuration, the install-time builds), found from the project's root rather than from each
// module's own place: `npm run build` bundles the modules into dist/server.mjs, where a
// module's path relative to its source file would point elsewhere.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module (or the bundle holding it) with a package.json. */
function findProjectRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}: the service runs from its project folder`);
  }
}

export const projectRoot = findProjectRoot();

/** A path inside the project: projectFile('prisma', 'seed', 'demo-configuration.json'). */
export const projectFile = (...segments: string[]): string => join(projectRoot, ...segments);
