// npm run build: the service compiled ahead of time into one JavaScript file, dist/server.mjs,
// which `npm run start:dist` runs on plain Node. npm start compiles TypeScript as it loads
// (tsx); measured on this project's 2-core machine, that doubles the time to ready (8.1-9.0 s
// against 3.3-5.1 s) and costs some 40 MB of memory, every start of every process.
// Packages stay in node_modules (imported at run time): the bundle is the project's own code.
// Split at dynamic imports: main.ts starts tracing before it imports the service, which one
// file would undo (esbuild hoists every bundled module's package imports to its top).
import { build } from 'esbuild';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { projectFile, projectRoot } from '../config/project-files.ts';
import { commandLine } from './command-line.ts';

commandLine({
  script: 'build',
  synopsis: '',
  help: `Compiles src/main.ts and what it imports into dist/server.mjs (and dist/chunks/, loaded as it starts); run it with npm run start:dist.

Exit codes: 0 built, 1 failed, 64 a command line it does not take.`,
  options: {},
});

const outdir = projectFile('dist');
const outfile = join(outdir, 'server.mjs');
const chunks = join(outdir, 'chunks');
const started = performance.now();
const { outputFiles } = await build({
  absWorkingDir: projectRoot,
  entryPoints: { server: join(projectRoot, 'src/main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
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
for (const file of outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  const staging = `${file.path}.${process.pid}.tmp`;
  await writeFile(staging, file.contents);
  await rename(staging, file.path);
}
// Chunks of earlier builds: their names hold their content's hash, so none is in use any more.
const written = new Set(outputFiles.map((file) => file.path));
for (const name of await readdir(chunks).catch(() => [])) {
  if (!written.has(join(chunks, name)) && !written.has(join(chunks, name.replace(/\.map$/, '')))) await rm(join(chunks, name));
}
console.log(`built ${outfile} in ${Math.round(performance.now() - started)} ms`);
