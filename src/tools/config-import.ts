// Loads a tenant configuration from a JSON file.
// By default the file is the whole configuration (REPLACE): what it does not name is removed.
import { readFileSync } from 'node:fs';
import { applyConfiguration } from '../modules/configuration/configuration-commands.ts';
import { commandLine, runAsTool } from './tool-context.ts';

const { values, positionals } = commandLine(
  'npm run config:import -- <file> [--tenant T] [--merge] [--allow-immutable-to-mutable]   (tenant: DEMO_TENANT when not given)',
  { tenant: { type: 'string' }, merge: { type: 'boolean' }, 'allow-immutable-to-mutable': { type: 'boolean' } },
  { min: 1, max: 1 },
);

await runAsTool(async ({ config, tenantContext }) => {
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const document: unknown = JSON.parse(readFileSync(positionals[0]!, 'utf8'));
  const outcome = await applyConfiguration(ctx, document, {
    mode: values.merge ? 'MERGE' : 'REPLACE',
    allowImmutableToMutable: values['allow-immutable-to-mutable'] ?? false,
  });
  if (!outcome.ok) {
    for (const item of outcome.problems)
      console.error(`${item.code} ${item.name} at ${item.path.join('.') || '(document)'}: ${item.message}`);
    return 1;
  }
  console.log(
    outcome.changed
      ? `tenant ${ctx.tenantId}: configuration applied, version ${outcome.version}`
      : `tenant ${ctx.tenantId}: already up to date (version ${outcome.version})`,
  );
  return 0;
});
