// npm run build and npm run start:dist: the service compiled ahead of time runs on plain Node
// and finds every file it reads from the project (schema, migrations, the demo configuration,
// the playground's build), which a module's own path no longer locates once bundled.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { startServiceProcess } from './helpers/service-process.ts';

describe('the compiled service (npm run build, npm run start:dist)', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('builds dist/server.mjs, which migrates a new database, loads the demo, serves GraphQL and the playground, and stops on SIGTERM', async () => {
    const built = await runTool('build-server', [], {});
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/built .*dist\/server\.mjs/);

    const database = `file:${mkdtempSync(join(tmpdir(), 'interactions-dist-'))}/service.db`;
    const service = await startServiceProcess({ DATABASE_URL: database }, ['--enable-source-maps', 'dist/server.mjs']);
    const { url } = service;
    try {
      expect(service.output()).toContain('applied migrations');
      expect(service.output()).toContain('loaded the demo configuration');

      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ interactionTypes { name } }' }),
      });
      expect(answer.status).toBe(200);
      const { data } = (await answer.json()) as { data: { interactionTypes: Array<{ name: string }> } };
      expect(data.interactionTypes.map((type) => type.name)).toContain('Lunch');

      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="playground-config"');
    } finally {
      service.child.kill('SIGTERM');
    }
    const stopped = await service.exited;
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('"msg":"stopped"');
  });
});
