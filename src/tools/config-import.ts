// Loads a tenant configuration from a JSON file: this service's configuration document, or
// Customer Insights interaction type definitions (one or a list), told apart by their keys.
// A configuration document is by default the whole configuration (REPLACE): what it does not
// name is removed. Customer Insights definitions are always merged into what is there.
import { readFileSync } from 'node:fs';
import { applyConfiguration, importCustomerInsights } from '../modules/configuration/configuration-commands.ts';
import { isCustomerInsightsDefinitions } from '../modules/configuration/customer-insights.ts';
import { commandLine, runAsTool } from './tool-context.ts';

const { values, positionals } = commandLine(
  'npm run config:import -- <file> [--tenant T] [--merge] [--allow-immutable-to-mutable] [--rekey]   (tenant: DEMO_TENANT when not given; --rekey: recompute the id-attribute keys of stored interactions, needed to change idAttributes of types that have interactions)',
  { tenant: { type: 'string' }, merge: { type: 'boolean' }, 'allow-immutable-to-mutable': { type: 'boolean' }, rekey: { type: 'boolean' } },
  { min: 1, max: 1 },
);

await runAsTool(async ({ config, tenantContext }) => {
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const document: unknown = JSON.parse(readFileSync(positionals[0]!, 'utf8'));
  const options = { allowImmutableToMutable: values['allow-immutable-to-mutable'] ?? false, rekey: values.rekey ?? false };
  const outcome = isCustomerInsightsDefinitions(document)
    ? await importCustomerInsights(ctx, document, options)
    : await applyConfiguration(ctx, document, { mode: values.merge ? 'MERGE' : 'REPLACE', ...options });
  for (const note of outcome.notes ?? []) console.error(`note: ${note}`);
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
