// Writes each provider's Prisma schema from prisma/models.prisma, then generates its client.
// With --client-only (as on install) the committed schemas are used as they are, so that
// `npm run check` can still tell when they are stale.
//
// The Prisma CLI wants a native schema engine at start-up even though generating a client
// never uses one, and cannot download it on offline machines: any existing file satisfies
// that check.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { providerSchemaPath, renderProviderSchema } from '../db/schema-files.ts';
import { PROVIDERS } from '../config/database-url.ts';
import { commandLine } from './command-line.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prismaCli = fileURLToPath(new URL('../../node_modules/prisma/build/index.js', import.meta.url));
const { values } = commandLine({
  script: 'generate:prisma',
  synopsis: '[--client-only]',
  help: `Writes each provider's Prisma schema from prisma/models.prisma, then generates its client.

  --client-only    generate the clients from the committed schemas, as the install does

Exit codes: 0 generated, 1 failed, 64 a command line it does not take.`,
  options: { 'client-only': { type: 'boolean' } },
});
const clientOnly = values['client-only'] === true;

for (const provider of PROVIDERS) {
  const schemaPath = providerSchemaPath(provider);
  if (!clientOnly) writeFileSync(schemaPath, renderProviderSchema(provider));
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      DATABASE_URL: process.env.DATABASE_URL ?? 'file:./unused.db',
    },
  });
}
