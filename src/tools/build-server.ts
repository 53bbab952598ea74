// npm run build: the service compiled ahead of time into one JavaScript file, dist/server.mjs,
// which `npm run start:dist` runs on plain Node. npm start compiles TypeScript as it loads
// (tsx); measured on this project's 2-core machine, that doubles the time to ready (8.1-9.0 s
// against 3.3-5.1 s) and costs some 40 MB of memory, every start of every process.
// Packages stay in node_modules (imported at run time): the bundle is the project's own code.
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { projectFile, projectRoot } from '../config/project-files.ts';
import { commandLine } from './command-line.ts';

commandLine({
  script: 'build',
  synopsis: '',
  help: `Compiles src/main.ts and what it imports into dist/server.mjs; run it with npm run start:dist.

Exit codes: 0 built, 1 failed, 64 a command line it does not take.`,
  options: {},
});

const outfile = projectFile('dist', 'server.mjs');
const started = performance.now();
const { outputFiles } = await build({
  absWorkingDir: projectRoot,
  entryPoints: [join(projectRoot, 'src/main.ts')],
  outfile,
  write: false,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces in the logs point at src/ (start:dist runs Node with --enable-source-maps).
  sourcemap: 'linked',
  logLevel: 'warning',
});
// Each file written aside and moved in whole: a process starting meanwhile never reads half of one.
await mkdir(dirname(outfile), { recursive: true });
for (const file of outputFiles) {
  const staging = `${file.path}.${process.pid}.tmp`;
  await writeFile(staging, file.contents);
  await rename(staging, file.path);
}
console.log(`built ${outfile} in ${Math.round(performance.now() - started)} ms`);
