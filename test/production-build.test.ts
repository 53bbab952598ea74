// npm run build and npm run start:dist: the service compiled ahead of time runs on plain Node
// and finds every file it reads from the project (schema, migrations, the demo configuration,
// the playground's build), which a module's own path no longer locates once bundled.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool, startProcess } from './helpers/cli.ts';

async function listeningUrl(output: () => string, done: Promise<unknown>): Promise<string> {
  let exited = false;
  void done.then(() => (exited = true));
  for (;;) {
    const listening = /"url":"(http[^"]+)".*interactions service listening/.exec(output());
    if (listening) return listening[1]!;
    if (exited) throw new Error(`the compiled service exited before listening:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the compiled service (npm run build, npm run start:dist)', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('builds dist/server.mjs, which migrates a new database, loads the demo, serves GraphQL and the playground, and stops on SIGTERM', async () => {
    const built = await runTool('build-server', [], {});
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/built .*dist\/server\.mjs/);

    const database = `file:${mkdtempSync(join(tmpdir(), 'interactions-dist-'))}/service.db`;
    let output = '';
    const service = startProcess(process.execPath, ['--enable-source-maps', 'dist/server.mjs'], {
      DATABASE_URL: database,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    service.child.stdout!.on('data', (chunk) => (output += chunk));
    service.child.stderr!.on('data', (chunk) => (output += chunk));
    try {
      const url = await listeningUrl(() => output, service.done);
      expect(output).toContain('applied migrations');
      expect(output).toContain('loaded the demo configuration');

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
    const stopped = await service.done;
    expect(stopped.code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  });
});
