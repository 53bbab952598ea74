// Writes a tenant's configuration as a JSON document that config:import takes back unchanged:
// this service's format, or (--format customer-insights) its interaction types as Customer
// Insights interaction type definitions.
import { writeFileSync } from 'node:fs';
import { exportConfiguration } from '../modules/configuration/export.ts';
import { toCustomerInsights } from '../modules/configuration/customer-insights.ts';
import { commandLine, runAsTool, ToolFailure } from './tool-context.ts';

const FORMATS = ['service', 'customer-insights'];

const { values } = commandLine(
  'npm run config:export -- [--tenant T] [--output file] [--format service|customer-insights]   (tenant: DEMO_TENANT when not given)',
  { tenant: { type: 'string' }, output: { type: 'string' }, format: { type: 'string' } },
);

await runAsTool(async ({ config, tenantContext }) => {
  const format = values.format ?? 'service';
  if (!FORMATS.includes(format)) throw new ToolFailure(`--format takes ${FORMATS.join(' or ')}, got ${format}`);
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const document = exportConfiguration(await ctx.configuration());
  const json = `${JSON.stringify(format === 'service' ? document : toCustomerInsights(document), null, 2)}\n`;
  if (values.output) writeFileSync(values.output, json);
  else process.stdout.write(json);
  return 0;
});
