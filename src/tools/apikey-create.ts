// Creates an API key and prints it once: only its hash is stored.
import { isRole } from '../modules/access/roles.ts';
import { createApiKey } from '../modules/api-keys/api-key-service.ts';
import { commandLine, usageError } from './command-line.ts';
import { runAsTool } from './tool-context.ts';

const script = 'apikey:create';
const { values } = commandLine({
  script,
  synopsis: '--tenant T --role reader|writer|admin|operator [--name N] [--expires-in-days D]',
  help: `Creates an API key and prints it once on standard output (only its hash is stored).

  --tenant T             the tenant the key acts in; required but for an operator key,
                         which without it acts in every tenant
  --role R               reader, writer, admin or operator
  --name N               a name to tell the key by
  --expires-in-days D    the key stops working after D days (default: never)

Exit codes: 0 created, 1 failed, 64 a command line it does not take.`,
  options: {
    tenant: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    'expires-in-days': { type: 'string' },
  },
});
const role = values.role;
if (!isRole(role)) usageError(script, '--role must be reader, writer, admin or operator');
const days = values['expires-in-days'];
if (days !== undefined && !/^\d+$/.test(days)) usageError(script, '--expires-in-days takes a whole number of days');
if (!values.tenant && role !== 'operator') usageError(script, `--tenant is required for a ${role} key`);

await runAsTool(async ({ db }) => {
  const { apiKey, key } = await createApiKey(db, {
    tenantId: values.tenant ?? null,
    role,
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
