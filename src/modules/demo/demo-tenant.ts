import { readFileSync } from 'node:fs';
import { projectFile } from '../../config/project-files.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { applyConfiguration } from '../configuration/configuration-commands.ts';

const demoConfigurationPath = projectFile('prisma', 'seed', 'demo-configuration.json');

/** The demo configuration shipped with the project, built from the source documents' examples. */
export function demoConfiguration(): unknown {
  return JSON.parse(readFileSync(demoConfigurationPath, 'utf8'));
}

/**
 * Gives a tenant that was never configured the demo configuration, so the README's examples
 * work at once on the quick start. A tenant configured before is left alone.
 */
export async function loadDemoIntoNewTenant(ctx: ServiceContext): Promise<boolean> {
  if ((await ctx.configuration()).version !== 0) return false;
  const outcome = await applyConfiguration(ctx, demoConfiguration(), { mode: 'MERGE' });
  if (!outcome.ok) throw new Error(`the demo configuration is invalid: ${outcome.problems.map((item) => item.message).join('; ')}`);
  return outcome.changed;
}
