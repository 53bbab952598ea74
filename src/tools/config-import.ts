// Loads a tenant configuration from a JSON file.
// Usage: npm run config:import -- <file> [--tenant T] [--merge] [--allow-immutable-to-mutable]
// By default the file is the whole configuration (REPLACE): what it does not name is removed.
import { readFileSync } from 'node:fs';
import { applyConfiguration } from '../modules/configuration/configuration-commands.ts';
import { runAsTool } from './tool-context.ts';

const file = process.argv[2];
if (!file || file.startsWith('--')) {
  console.error('usage: npm run config:import -- <file> [--tenant T] [--merge] [--allow-immutable-to-mutable]');
  process.exit(1);
}

await runAsTool(async (ctx) => {
  const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const outcome = await applyConfiguration(ctx, document, {
    mode: process.argv.includes('--merge') ? 'MERGE' : 'REPLACE',
    allowImmutableToMutable: process.argv.includes('--allow-immutable-to-mutable'),
  });
  if (!outcome.ok) {
    for (const item of outcome.problems) console.error(`${item.code} ${item.name} at ${item.path.join('.') || '(document)'}: ${item.message}`);
    return 1;
  }
  console.log(outcome.changed ? `tenant ${ctx.tenantId}: configuration applied, version ${outcome.version}` : `tenant ${ctx.tenantId}: already up to date (version ${outcome.version})`);
  return 0;
});
