// npm run build and npm run start:dist: the service compiled ahead of time runs on plain Node
// and finds every file it reads from the project (schema, migrations, the demo configuration,
// the playground's build), which a module's own path no longer locates once bundled; and it
// still starts tracing before the service's modules load (the HTTP span needs that), sending
// OTLP's default encoding, protobuf, when only an endpoint is configured.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { OtlpReceiver } from './helpers/otlp-receiver.ts';
import { startServiceProcess } from './helpers/service-process.ts';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';

describe('the compiled service (npm run build, npm run start:dist)', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('builds dist/server.mjs, which migrates a new database, loads the demo, serves GraphQL and the playground, traces, and stops on SIGTERM', async () => {
    const built = await runTool('build-server', [], {});
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/built .*dist\/server\.mjs/);

    const database = `file:${mkdtempSync(join(tmpdir(), 'interactions-dist-'))}/service.db`;
    const receiver = new OtlpReceiver();
    const collector = await receiver.start();
    const service = await startServiceProcess({ DATABASE_URL: database, OTEL_EXPORTER_OTLP_ENDPOINT: collector }, [
      '--enable-source-maps',
      'dist/server.mjs',
    ]);
    const { url } = service;
    try {
      expect(service.output()).toContain('applied migrations');
      expect(service.output()).toContain('loaded the demo configuration');

      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-b7ad6b7169203331-01` },
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

    await receiver.stop();
    const protobuf = receiver.exports.filter((each) => each.contentType === 'application/x-protobuf');
    expect(protobuf.length).toBeGreaterThan(0);
    const sent = Buffer.concat(protobuf.map((each) => each.body));
    // Protobuf carries ids as raw bytes and names as text.
    expect(sent.includes(Buffer.from(TRACE_ID, 'hex'))).toBe(true);
    for (const name of ['POST /graphql', 'Query.interactionTypes', 'prisma:client:db_query']) expect(sent.includes(name)).toBe(true);
  });
});
