// What the file loader refuses before it sends a row, so that a slip of the user never costs
// data: a file that is not what its format says, a checkpoint of another version of the file,
// a second load of the same file at once, a rejects file over one the load reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, startProcess } from './helpers/cli.ts';
import { demoTenant } from './helpers/demo.ts';
import { interactionCount } from './helpers/interactions.ts';
import { loaderEnvironment, runLoader } from './helpers/loader.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const exhibition = (name: string, timestamp: number) =>
  JSON.stringify({ type: 'ExhibitionEvent', timestamp, attributes: [{ name: 'EXHBT_NAME', values: [name] }] });

describe('the file loader refuses, storing nothing', () => {
  let service: TestService;
  let dir: string;
  beforeAll(async () => {
    service = await startTestService('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'loader-guards-'));
  });
  afterAll(() => service?.stop());

  it(
    'a command line it does not take, with exit code 64, as every tool: a mistyped flag, contradicting flags, flags npm kept for itself',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const file = join(dir, 'usage.ndjson');
      writeFileSync(file, `${exhibition('Expo', 1)}\n`);
      const mistyped = await runLoader([file, '--resmue'], env);
      expect(mistyped.code).toBe(64);
      expect(mistyped.stderr).toContain("Unknown option '--resmue'");
      const contradicting = await runLoader([file, '--resume', '--restart'], env);
      expect(contradicting.code).toBe(64);
      expect(contradicting.stderr).toContain('--resume and --restart contradict each other');
      // Without --, npm keeps --restart and --concurrency for itself and would start a plain load.
      const npm = await startProcess('npm', ['run', '--silent', 'load', file, '--restart', '--concurrency=1'], {
        HOME: process.env.HOME ?? '',
        ...env,
      }).done;
      expect(npm.code).toBe(64);
      expect(npm.stderr).toContain('npm took --concurrency, --restart as its own setting and did not pass it on');
      expect(await interactionCount(service, tenant)).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'a file none of whose first 100 rows reads as its format, saying so',
    async () => {
      const tenant = await demoTenant(service);
      const file = join(dir, 'export.txt');
      writeFileSync(file, Array.from({ length: 300 }, (_, index) => `ExhibitionEvent\t${index}\tExpo ${index}`).join('\n'));
      const run = await runLoader([file], await loaderEnvironment(service, tenant));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /none of the first 100 rows could be read as NDJSON \(the first: not JSON: .*\): is this the right file, and the right --format\?/,
      );
      expect(await interactionCount(service, tenant)).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'a changed file whose earlier load left a checkpoint, unless --restart says so',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const file = join(dir, 'changed.ndjson');
      writeFileSync(file, `${exhibition('Nope', 1).replace('ExhibitionEvent', 'Unknown')}\n`);
      expect((await runLoader([file], env)).code).toBe(2);
      writeFileSync(file, `${exhibition('Expo', 1)}\n`);
      for (const args of [[], ['--resume']]) {
        const refused = await runLoader([file, ...args], env);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('is of an earlier load that finished, and the file changed since: it cannot be resumed');
      }
      expect(await interactionCount(service, tenant)).toBe(0);
      // Loaded anew: its one row is rejected (no HCO is named Expo), so exit code 2.
      expect((await runLoader([file, '--restart'], env)).code).toBe(2);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'a second load of a file while another process holds its checkpoint; a lock left by a killed load is taken over',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const file = join(dir, 'locked.ndjson');
      writeFileSync(file, `${exhibition('Expo', 1)}\n`);
      writeFileSync(`${file}.checkpoint.json.lock`, String(process.pid));
      const refused = await runLoader([file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`another load (process ${process.pid}) is loading this file`);
      const gone = spawnSync('true').pid;
      writeFileSync(`${file}.checkpoint.json.lock`, String(gone));
      const taken = await runLoader([file], env);
      expect(taken.stderr).not.toContain('another load');
      expect(taken.code).toBe(2);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'a rejects file over the mapping file or the checkpoint, leaving both as they were',
    async () => {
      const tenant = await demoTenant(service);
      const env = await loaderEnvironment(service, tenant);
      const file = join(dir, 'rows.csv');
      const mapping = join(dir, 'rows.mapping.json');
      writeFileSync(file, 'name\nExpo\n');
      writeFileSync(mapping, JSON.stringify({ type: { value: 'ExhibitionEvent' }, attributes: { EXHBT_NAME: 'name' } }));
      const overMapping = await runLoader([file, '--mapping', mapping, '--rejects', mapping], env);
      expect(overMapping.code).toBe(1);
      expect(overMapping.stderr).toContain(`--rejects names the mapping file (${mapping})`);
      expect(JSON.parse(readFileSync(mapping, 'utf8'))).toMatchObject({ type: { value: 'ExhibitionEvent' } });
      const checkpoint = join(dir, 'rows.progress.json');
      const overCheckpoint = await runLoader([file, '--mapping', mapping, '--rejects', checkpoint, '--checkpoint', checkpoint], env);
      expect(overCheckpoint.code).toBe(1);
      expect(overCheckpoint.stderr).toContain('--rejects names the checkpoint');
      expect(await interactionCount(service, tenant)).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );
});
