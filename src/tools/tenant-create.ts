// Provisions a tenant (with its default source), optionally with the demo configuration, and
// says how to give it its first credential.
import { provisionTenant } from '../modules/tenants/tenant-service.ts';
import { loadDemoIntoNewTenant } from '../modules/demo/demo-tenant.ts';
import { commandLine } from './command-line.ts';
import { runAsTool } from './tool-context.ts';

const { values, positionals } = commandLine({
  script: 'tenant:create',
  synopsis: '<tenant> [--demo]',
  help: `Provisions a tenant with its default source; provisioning an existing tenant changes nothing.

  --demo    also load the demo configuration (prisma/seed/demo-configuration.json)

Exit codes: 0 provisioned or already there, 1 failed, 64 a command line it does not take.`,
  options: { demo: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
});
const tenantId = positionals[0]!;

await runAsTool(async ({ db, tenantContext }) => {
  const created = await provisionTenant(db, tenantId);
  console.log(created ? `tenant ${tenantId}: provisioned` : `tenant ${tenantId}: already exists`);
  if (values.demo && (await loadDemoIntoNewTenant(await tenantContext(tenantId))))
    console.log(`tenant ${tenantId}: demo configuration loaded`);
  if (created) console.log(`next: npm run apikey:create -- --tenant ${tenantId} --role admin`);
  return 0;
});
