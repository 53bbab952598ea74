// Provisions a tenant (with its default source), optionally with the demo configuration, and
// says how to give it its first credential.
import { provisionTenant } from '../modules/tenants/tenant-service.ts';
import { loadDemoIntoNewTenant } from '../modules/demo/demo-tenant.ts';
import { commandLine, runAsTool } from './tool-context.ts';

const { values, positionals } = commandLine(
  'npm run tenant:create -- <tenant> [--demo]   (--demo: load the demo configuration)',
  { demo: { type: 'boolean' } },
  { min: 1, max: 1 },
);
const tenantId = positionals[0]!;

await runAsTool(async ({ db, tenantContext }) => {
  const created = await provisionTenant(db, tenantId);
  console.log(created ? `tenant ${tenantId}: provisioned` : `tenant ${tenantId}: already exists`);
  if (values.demo && (await loadDemoIntoNewTenant(await tenantContext(tenantId))))
    console.log(`tenant ${tenantId}: demo configuration loaded`);
  if (created) console.log(`next: npm run apikey:create -- --tenant ${tenantId} --role admin`);
  return 0;
});
