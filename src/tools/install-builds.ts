// The builds `npm install` runs (postinstall), after the Prisma client: the playground and the
// example app. Neither may fail the install itself: the service runs without them, and their
// routes answer 503 saying how to build. So a failed build, or one whose build tool is not
// installed (`npm ci --omit=dev` when the tool is a devDependency), is a warning here. CI stays
// strict: .ci/run checks both are served after the install, and the browser tests fail
// without them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface InstallBuild {
  name: string;
  /** The package that does the build: without it, the build is skipped. */
  tool: string;
  script: string;
  /** How to build it later, named in the warning. */
  command: string;
}

export const INSTALL_BUILDS: InstallBuild[] = [
  { name: 'playground', tool: 'esbuild', script: 'src/tools/build-playground.ts', command: 'npm run build:playground' },
  { name: 'example app', tool: 'vite', script: 'src/tools/build-app.ts', command: 'npm run build:app' },
];

export type InstallBuildOutcome = 'built' | 'skipped' | 'failed';

/** Runs each build (only if stale) in a process of its own; returns what happened to each, never throws. */
export function runInstallBuilds(
  builds: InstallBuild[] = INSTALL_BUILDS,
  { cwd = root, warn = (message: string) => console.warn(message) } = {},
): Record<string, InstallBuildOutcome> {
  const outcomes: Record<string, InstallBuildOutcome> = {};
  for (const build of builds) {
    // Read from node_modules directly: not every package exports its package.json.
    if (!existsSync(join(cwd, 'node_modules', build.tool, 'package.json'))) {
      warn(`warning: ${build.name} not built: ${build.tool} is not installed (install the dev dependencies, then ${build.command})`);
      outcomes[build.name] = 'skipped';
      continue;
    }
    const run = spawnSync(process.execPath, ['--import', 'tsx', build.script, '--if-stale'], { cwd, stdio: 'inherit' });
    if (run.status === 0) {
      outcomes[build.name] = 'built';
    } else {
      const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`);
      warn(`warning: ${build.name} not built (${why}); the service runs without it: ${build.command} to build it`);
      outcomes[build.name] = 'failed';
    }
  }
  return outcomes;
}

// Run as a command by the install: its exit code stays 0 whatever the builds did.
if (process.argv[1] === fileURLToPath(import.meta.url)) runInstallBuilds();
