// Writes a tenant's configuration as a JSON document that config:import takes back unchanged.
import { writeFileSync } from 'node:fs';
import { exportConfiguration } from '../modules/configuration/export.ts';
import { commandLine, runAsTool } from './tool-context.ts';

const { values } = commandLine('npm run config:export -- [--tenant T] [--output file]   (tenant: DEMO_TENANT when not given)', {
  tenant: { type: 'string' },
  output: { type: 'string' },
});

await runAsTool(async ({ config, tenantContext }) => {
  const ctx = await tenantContext(values.tenant ?? config.DEMO_TENANT);
  const json = `${JSON.stringify(exportConfiguration(await ctx.configuration()), null, 2)}\n`;
  if (values.output) writeFileSync(values.output, json);
  else process.stdout.write(json);
  return 0;
});
