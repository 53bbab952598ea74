// Loads a tenant configuration from a JSON file: this service's configuration document, or
// Customer Insights interaction type definitions (one or a list), told apart by their keys.
// A configuration document is by default the whole configuration (REPLACE): what it does not
// name is removed. Customer Insights definitions are always merged into what is there.
import { readFileSync } from 'node:fs';
import { applyConfiguration, importCustomerInsights } from '../modules/configuration/configuration-commands.ts';
import { isCustomerInsightsDefinitions } from '../modules/configuration/customer-insights.ts';
import { describeChanges } from '../modules/configuration/describe-changes.ts';
import { commandLine } from './command-line.ts';
import { runAsTool } from './tool-context.ts';

/** config:import --dry-run's exit code when the change is valid and would change the configuration. */
const WOULD_CHANGE = 2;

const script = 'config:import';
const { values, positionals } = commandLine({
  script,
  synopsis: '<file> [--tenant T] [--merge] [--dry-run] [--allow-immutable-to-mutable] [--rekey]',
  help: `Loads a tenant's configuration from a JSON file: a configuration document (as config:export
writes it), or Customer Insights interaction type definitions (one or a list), which are
always merged.

  --tenant T                      the tenant (DEMO_TENANT when not given); it must exist
  --merge                         keep what the document does not name; without it the
                                  document is the whole configuration, and what it does not
                                  name is removed
  --dry-run                       check the change as an import would (against stored data
                                  too, a re-key included) and print what it would add, change
                                  and remove; change nothing
  --allow-immutable-to-mutable    allow interaction types to become mutable
  --rekey                         recompute the id-attribute keys of stored interactions,
                                  needed to change the idAttributes of types that have them

Exit codes: 0 applied or already up to date (--dry-run: nothing would change), 1 refused or
failed (the problems are listed) and nothing was changed, 2 (--dry-run only) the change is
valid and would change the configuration, 64 a command line it does not take.`,
  options: {
    tenant: { type: 'string' },
    merge: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'allow-immutable-to-mutable': { type: 'boolean' },
    rekey: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
});
const file = positionals[0]!;
const dryRun = values['dry-run'] ?? false;

let document: unknown;
try {
  document = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${script}: cannot read ${file} as JSON: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
const customerInsights = isCustomerInsightsDefinitions(document);

await runAsTool(async ({ config, tenantContext }) => {
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const options = { allowImmutableToMutable: values['allow-immutable-to-mutable'] ?? false, rekey: values.rekey ?? false, dryRun };
  const outcome = customerInsights
    ? await importCustomerInsights(ctx, document, options)
    : await applyConfiguration(ctx, document, { mode: values.merge ? 'MERGE' : 'REPLACE', ...options });
  for (const note of outcome.notes ?? []) console.error(`note: ${note}`);
  if (!outcome.ok) {
    for (const item of outcome.problems)
      console.error(`${item.code} ${item.name} at ${item.path.join('.') || '(document)'}: ${item.message}`);
    return 1;
  }
  if (dryRun) {
    const mode = customerInsights || values.merge ? 'merged' : 'replacing the whole configuration';
    if (!outcome.changed) {
      console.log(`tenant ${ctx.tenantId}: dry run: nothing would change (version ${outcome.version})`);
      return 0;
    }
    console.log(`tenant ${ctx.tenantId}: dry run (${mode}): these changes would be applied to version ${outcome.version}, and were not:`);
    if (outcome.preview) for (const line of describeChanges(outcome.preview.before, outcome.preview.after)) console.log(line);
    return WOULD_CHANGE;
  }
  console.log(
    outcome.changed
      ? `tenant ${ctx.tenantId}: configuration applied, version ${outcome.version}`
      : `tenant ${ctx.tenantId}: already up to date (version ${outcome.version})`,
  );
  return 0;
});
