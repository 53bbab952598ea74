// Writes a tenant's configuration as a JSON document that config:import takes back unchanged:
// this service's format, or (--format customer-insights) its interaction types as Customer
// Insights interaction type definitions.
import { writeFileSync } from 'node:fs';
import { exportConfiguration } from '../modules/configuration/export.ts';
import { toCustomerInsights } from '../modules/configuration/customer-insights.ts';
import { commandLine, usageError } from './command-line.ts';
import { runAsTool } from './tool-context.ts';

const FORMATS = ['service', 'customer-insights'];

const { values } = commandLine({
  script: 'config:export',
  synopsis: '[--tenant T] [--output FILE] [--format service|customer-insights]',
  help: `Writes a tenant's configuration as JSON, as config:import takes it back.

  --tenant T       the tenant (DEMO_TENANT when not given)
  --output FILE    write to FILE rather than to standard output
  --format F       service (the default): this service's configuration document;
                   customer-insights: the interaction types as Customer Insights definitions

Exit codes: 0 written, 1 failed (no such tenant, database error), 64 a command line it does not take.`,
  options: { tenant: { type: 'string' }, output: { type: 'string' }, format: { type: 'string' } },
});
const format = values.format ?? 'service';
if (!FORMATS.includes(format)) usageError('config:export', `--format takes ${FORMATS.join(' or ')}, not ${format}`);

await runAsTool(async ({ config, tenantContext }) => {
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const document = exportConfiguration(await ctx.configuration());
  const json = `${JSON.stringify(format === 'service' ? document : toCustomerInsights(document), null, 2)}\n`;
  if (values.output) writeFileSync(values.output, json);
  else process.stdout.write(json);
  return 0;
});
