// Creates an API key and prints it once: only its hash is stored.
import { isRole } from '../modules/access/roles.ts';
import { createApiKey } from '../modules/api-keys/api-key-service.ts';
import { commandLine, runAsTool, ToolFailure } from './tool-context.ts';

const usage =
  'npm run apikey:create -- --tenant T --role reader|writer|admin [--name N] [--expires-in-days D]\n       npm run apikey:create -- --role operator [--tenant T] [--name N]   (no --tenant: every tenant)';
const { values } = commandLine(usage, {
  tenant: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  'expires-in-days': { type: 'string' },
});

await runAsTool(async ({ db }) => {
  if (!isRole(values.role)) throw new ToolFailure(`--role must be reader, writer, admin or operator\nusage: ${usage}`);
  const days = values['expires-in-days'];
  if (days !== undefined && !/^\d+$/.test(days)) throw new ToolFailure('--expires-in-days takes a whole number of days');
  if (!values.tenant && values.role !== 'operator') throw new ToolFailure(`--tenant is required for a ${values.role} key\nusage: ${usage}`);
  const { apiKey, key } = await createApiKey(db, {
    tenantId: values.tenant ?? null,
    role: values.role,
    name: values.name,
    createdBy: 'command-line',
    expiresInDays: days === undefined ? null : Number(days),
  });
  console.error(
    `created ${apiKey.role} key ${apiKey.id} (${apiKey.name}) for ${apiKey.tenantId ? `tenant ${apiKey.tenantId}` : 'every tenant'}; it is shown once:`,
  );
  console.log(key);
  return 0;
});
