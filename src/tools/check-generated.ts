// Fails when a generated, committed file differs from what its source produces now:
// the provider Prisma schemas (from prisma/models.prisma) and every output of codegen.ts
// (from schema.graphql): the resolver types, the tests' typed operations, and the client
// kit's hooks and cache keys (with src/client/operations), so a schema or operation change
// without `npm run generate` fails CI.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { providerSchemaPath, renderProviderSchema } from '../db/schema-files.ts';
import { PROVIDERS } from '../config/database-url.ts';
import { commandLine } from './command-line.ts';

commandLine({
  script: 'check:generated',
  synopsis: '',
  help: `Fails when a generated, committed file (the provider Prisma schemas, every output of
codegen.ts) differs from what its source produces now.

Exit codes: 0 up to date, 1 stale files (listed; run npm run generate), 64 a command line it does not take.`,
  options: {},
});
// Loaded once the command line is known good: codegen takes seconds to load, --help should not.
const { generate } = await import('@graphql-codegen/cli');
const { default: codegenConfig } = await import('../../codegen.ts');

const stale: string[] = [];
const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

for (const provider of PROVIDERS) {
  if (read(providerSchemaPath(provider)) !== renderProviderSchema(provider))
    stale.push(relative(process.cwd(), providerSchemaPath(provider)));
}
const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as Array<{ filename: string; content: string }>;
for (const output of outputs) {
  if (read(resolve(output.filename)) !== output.content) stale.push(output.filename);
}

if (stale.length) {
  console.error(`generated files are stale; run \`npm run generate\` and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('generated files are up to date');
