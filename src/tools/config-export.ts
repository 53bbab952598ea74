// Writes a tenant's configuration as a JSON document that config:import takes back unchanged.
// Usage: npm run config:export -- [--tenant T] [--output file]
import { writeFileSync } from 'node:fs';
import { exportConfiguration } from '../modules/configuration/export.ts';
import { option, runAsTool } from './tool-context.ts';

await runAsTool(async (ctx) => {
  const json = `${JSON.stringify(exportConfiguration(await ctx.configuration()), null, 2)}\n`;
  const output = option('output');
  if (output) writeFileSync(output, json);
  else process.stdout.write(json);
  return 0;
});
