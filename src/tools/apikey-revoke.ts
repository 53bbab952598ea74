// Revokes an API key, given by its id (the part after isk_) or as the whole key.
import { apiKeyId } from '../modules/api-keys/api-key-secret.ts';
import { revokeApiKey } from '../modules/api-keys/api-key-service.ts';
import { commandLine } from './command-line.ts';
import { runAsTool, ToolFailure } from './tool-context.ts';

const { positionals } = commandLine({
  script: 'apikey:revoke',
  synopsis: '<key id or key>',
  help: `Revokes an API key, given by its id (the part after isk_) or as the whole key.

Exit codes: 0 revoked, 1 failed (no such key), 64 a command line it does not take.`,
  options: {},
  positionals: { min: 1, max: 1 },
});
const given = positionals[0]!;

await runAsTool(async ({ db }) => {
  const id = apiKeyId(given) ?? given;
  const revoked = await revokeApiKey(db, id);
  if (!revoked) throw new ToolFailure(`there is no API key ${id}`);
  console.log(`revoked key ${revoked.id} (${revoked.name}) of ${revoked.tenantId ? `tenant ${revoked.tenantId}` : 'every tenant'}`);
  return 0;
});
