// The command-line tools as an operator runs them: a mistyped flag (given to the tool, or kept
// by npm before `--`) stops the tool before it changes anything, --help always answers,
// config:import --dry-run shows a change without making it, and a tool on an SQLite file
// another process holds says so within seconds rather than after the driver's long wait.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe as describeConcurrently, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runTool, startProcess, type CliRun } from './helpers/cli.ts';

// One test at a time: each runs tool processes, and the busy-file tests compare their timings.
const describe = describeConcurrently.sequential;

const USAGE_ERROR = 64;
/** The longest a tool may wait for another process's lock: a few seconds, not the driver's 10. */
const LONGEST_WAIT_S = 5;
/** Slack for two processes started together to finish apart on a loaded machine. */
const START_SLACK_MS = 4_000;
const MANY_RUNS_TIMEOUT = 2 * CLI_TEST_TIMEOUT;

/** Each tool's file and its npm script. */
const TOOLS: Record<string, string> = {
  'config-import': 'config:import',
  'config-export': 'config:export',
  'tenant-create': 'tenant:create',
  'apikey-create': 'apikey:create',
  'apikey-revoke': 'apikey:revoke',
  'migrate-deploy': 'migrate',
  'migrate-create': 'migrate:create',
  'migrate-check': 'migrate:check',
  'build-app': 'build:app',
  'build-playground': 'build:playground',
  'build-server': 'build',
  'prisma-generate': 'generate:prisma',
  'check-generated': 'check:generated',
};

const demoFile = 'prisma/seed/demo-configuration.json';
const dir = mkdtempSync(join(tmpdir(), 'tools-strict-'));
/** A migrated database with the demo tenant (demo configuration) and an empty tenant `acme`, copied by each test that needs one. */
const template = join(dir, 'template.db');

function databaseCopy(name: string) {
  const file = join(dir, `${name}.db`);
  copyFileSync(template, file);
  return { file, env: { DATABASE_URL: `file:${file}` } };
}

/** What the tenant's configuration is: its version (every change bumps it) and its stored definitions. */
function storedConfiguration(file: string, tenant: string) {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "tenantId" = ?`).get(tenant) as { n: number }).n;
    return {
      version: (db.prepare('SELECT "configVersion" AS v FROM "Tenant" WHERE id = ?').get(tenant) as { v: number }).v,
      rows: ['Source', 'EntityType', 'InteractionType', 'InteractionAttributeType', 'EntityAttributeType'].map(count),
    };
  } finally {
    db.close();
  }
}

/** Runs `tools` a few at a time: each is a Node process compiling TypeScript, and the machine is shared. */
async function inTurns<T>(items: T[], run: (item: T) => Promise<void>, atOnce = 2) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
    }),
  );
}

async function timed(run: Promise<CliRun>) {
  const started = performance.now();
  const result = await run;
  return { ...result, ms: performance.now() - started };
}

/** As an operator types it: `npm run <script> <args>`, npm's own warnings included. */
const npmRun = (script: string, args: string[], env: Record<string, string>) =>
  startProcess('npm', ['run', '--silent', script, ...args], { HOME: process.env.HOME ?? '', ...env }).done;

beforeAll(async () => {
  const env = { DATABASE_URL: `file:${template}` };
  expect((await runTool('migrate-deploy', [], env)).code).toBe(0);
  expect((await runTool('tenant-create', ['demo', '--demo'], env)).code).toBe(0);
  expect((await runTool('tenant-create', ['acme'], env)).code).toBe(0);
}, CLI_TEST_TIMEOUT);

describe('strict command lines', () => {
  it(
    'every tool answers --help with its usage and exit code 0, and refuses a mistyped flag with one line and exit code 64',
    async () => {
      const { env } = databaseCopy('help');
      await inTurns(Object.entries(TOOLS), async ([tool, script]) => {
        const help = await runTool(tool, ['--help'], env);
        expect({ tool, code: help.code, stderr: help.stderr }).toEqual({ tool, code: 0, stderr: '' });
        expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${script.replace(':', '\\:')}\\b`));
        expect(help.stdout).toContain('Exit codes:');

        const typo = await runTool(tool, ['--marge'], env);
        expect({ tool, code: typo.code, stdout: typo.stdout }).toEqual({ tool, code: USAGE_ERROR, stdout: '' });
        expect(typo.stderr.trim().split('\n')).toEqual([`${script}: Unknown option '--marge' (see npm run ${script} -- --help)`]);
      });
    },
    MANY_RUNS_TIMEOUT,
  );

  it(
    "config:import refuses --marge, a mistyped --tenant and a surplus argument, and changes no tenant's configuration",
    async () => {
      const { file, env } = databaseCopy('typos');
      const before = { demo: storedConfiguration(file, 'demo'), acme: storedConfiguration(file, 'acme') };
      const replacing = join(dir, 'one-source.json');
      writeFileSync(replacing, JSON.stringify({ sources: [{ name: 'crm', isDefault: true }] }));

      const runs = [
        await runTool('config-import', [replacing, '--marge'], env),
        await runTool('config-import', [replacing, '--tennant', 'acme'], env),
        await runTool('config-import', [replacing, 'acme'], env),
      ];
      expect(runs.map((run) => run.code)).toEqual([USAGE_ERROR, USAGE_ERROR, USAGE_ERROR]);
      expect(runs.map((run) => run.stderr.trim())).toEqual([
        "config:import: Unknown option '--marge' (see npm run config:import -- --help)",
        "config:import: Unknown option '--tennant' (see npm run config:import -- --help)",
        expect.stringMatching(/^config:import: unexpected argument 'acme': usage: npm run config:import -- <file> /),
      ]);
      expect({ demo: storedConfiguration(file, 'demo'), acme: storedConfiguration(file, 'acme') }).toEqual(before);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'through npm, flags npm keeps for itself (no -- before them) are refused too, and nothing is changed',
    async () => {
      const { file, env } = databaseCopy('npm');
      const before = { demo: storedConfiguration(file, 'demo'), acme: storedConfiguration(file, 'acme') };
      const replacing = join(dir, 'npm-one-source.json');
      writeFileSync(replacing, JSON.stringify({ sources: [{ name: 'crm', isDefault: true }] }));

      // npm would start the tool with the file alone: a REPLACE of the demo tenant's configuration.
      const cases: Array<[string[], string]> = [
        [[replacing, '--marge'], '--marge'],
        [[replacing, '--tennant', 'acme'], '--tennant'],
        [[replacing, '--dry-run'], '--dry-run'],
      ];
      await inTurns(cases, async ([args, flag]) => {
        const run = await npmRun('config:import', args, env);
        const refusal = run.stderr.split('\n').filter((line) => line.startsWith('config:import:'));
        expect({ args, code: run.code, refusal }).toEqual({
          args,
          code: USAGE_ERROR,
          refusal: [
            expect.stringContaining(`npm took ${flag} as its own setting and did not pass it on; put the tool's arguments after --`),
          ],
        });
      });
      expect({ demo: storedConfiguration(file, 'demo'), acme: storedConfiguration(file, 'acme') }).toEqual(before);

      // After --, npm passes everything on: the same flags reach the tool.
      const merged = await npmRun('config:import', ['--', replacing, '--tenant', 'acme', '--merge'], env);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toContain('tenant acme: configuration applied, version 1');
      expect(storedConfiguration(file, 'demo')).toEqual(before.demo);
    },
    MANY_RUNS_TIMEOUT,
  );
});

describe('config:import --dry-run', () => {
  it(
    'prints what a REPLACE or a MERGE would add, change and remove, exits 2, and changes nothing',
    async () => {
      const { file, env } = databaseCopy('dry-run');
      const before = storedConfiguration(file, 'demo');
      const demo = JSON.parse(readFileSync(demoFile, 'utf8')) as {
        sources: Array<{ name: string; isDefault?: boolean }>;
        interactionTypes: Array<{ name: string; attributes: Array<{ name: string; valueType: string; label?: string }> }>;
      };
      const lunch = demo.interactionTypes.find((type) => type.name === 'Lunch')!;
      lunch.attributes.push({ name: 'Course', valueType: 'STRING' });
      lunch.attributes[0]!.label = 'Renamed';
      const changed = {
        ...demo,
        sources: [...demo.sources, { name: 'crm' }],
        interactionTypes: demo.interactionTypes.filter((type) => type.name !== 'SupportCase'),
      };
      const changedFile = join(dir, 'changed.json');
      writeFileSync(changedFile, JSON.stringify(changed));

      const replace = await runTool('config-import', [changedFile, '--dry-run'], env);
      expect(replace.stderr).toBe('');
      expect(replace.code).toBe(2);
      const lines = replace.stdout.trim().split('\n');
      expect(lines[0]).toBe(
        'tenant demo: dry run (replacing the whole configuration): these changes would be applied to version 1, and were not:',
      );
      expect(lines.slice(1)).toEqual([
        '+ source crm',
        '~ interaction type Lunch',
        `    ~ attribute ${lunch.attributes[0]!.name}`,
        expect.stringMatching(/^ {8}label .* → "Renamed"$/),
        '    + attribute Course',
        '- interaction type SupportCase',
      ]);

      // Merged, what the file does not name stays: SupportCase is not removed.
      const merge = await runTool('config-import', [changedFile, '--dry-run', '--merge'], env);
      expect(merge.code).toBe(2);
      expect(merge.stdout).toContain('dry run (merged)');
      expect(merge.stdout).toContain('+ attribute Course');
      expect(merge.stdout).not.toContain('SupportCase');
      expect(storedConfiguration(file, 'demo')).toEqual(before);

      const same = await runTool('config-import', [demoFile, '--dry-run'], env);
      expect({ code: same.code, stdout: same.stdout.trim() }).toEqual({
        code: 0,
        stdout: 'tenant demo: dry run: nothing would change (version 1)',
      });

      // Refused as the import itself would be: a removal under stored data or a bad document, exit 1.
      const invalid = join(dir, 'invalid.json');
      writeFileSync(invalid, JSON.stringify({ ...changed, sources: [{ name: 'crm', isDefault: true }, { name: 'crm' }] }));
      const refused = await runTool('config-import', [invalid, '--dry-run'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/DUPLICATE_NAME/);
      expect(refused.stdout).toBe('');
      expect(storedConfiguration(file, 'demo')).toEqual(before);
    },
    MANY_RUNS_TIMEOUT,
  );
});

describe('a tool on an SQLite file another process holds', () => {
  /** The test process as the other process: it holds the file as a running service or a migration would. */
  function hold(file: string, how: 'open' | 'writing' | 'migrating') {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (how === 'writing') db.exec('BEGIN IMMEDIATE');
    if (how === 'migrating') {
      // What Prisma's schema engine does while it migrates.
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT');
    }
    return () => db.close();
  }

  /**
   * The tool on the held file, and beside it, started at the same moment, the same tool on a
   * copy no process holds: Node and tsx take seconds to start on a busy machine, and this
   * is how much of the run was waiting.
   */
  async function runBesideFree(name: string, tool: string, args: string[], env: Record<string, string>) {
    const [held, free] = await Promise.all([timed(runTool(tool, args, env)), timed(runTool(tool, args, databaseCopy(name).env))]);
    expect(free.code).toBe(0);
    return { ...held, waitedMs: held.ms - free.ms };
  }

  const lockedBy = (file: string) => `the SQLite file ${file} is locked by process ${process.pid} (`;

  /** One line naming the file and this process, saying how long it waited: a few seconds, and no longer than it says. */
  function expectQuickRefusal(run: CliRun & { waitedMs: number }, file: string, what: string) {
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(lockedBy(file));
    expect(lines[0]).toContain(what);
    const seconds = Number(/\(waited (\d+(?:\.\d+)?) s\)$/.exec(lines[0]!)?.[1]);
    expect(seconds).toBeLessThanOrEqual(LONGEST_WAIT_S);
    expect(run.waitedMs).toBeLessThan(seconds * 1000 + START_SLACK_MS);
  }

  it(
    'npm run migrate (and so npm start) beside a service on the file fails within seconds, naming the file and the process',
    async () => {
      const { file, env } = databaseCopy('migrate-busy');
      const release = hold(file, 'open');
      try {
        const run = await runBesideFree('migrate-free', 'migrate-deploy', [], env);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/^migration failed: /);
        expectQuickRefusal(run, file, 'the schema engine needs the file to itself; stop that process (or let it finish) and try again');
      } finally {
        release();
      }
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'config:import while another process holds the write lock waits briefly, then fails saying so, and changes nothing',
    async () => {
      const { file, env } = databaseCopy('import-busy');
      const before = storedConfiguration(file, 'acme');
      const source = join(dir, 'busy-source.json');
      writeFileSync(source, JSON.stringify({ sources: [{ name: 'crm', isDefault: true }] }));
      const release = hold(file, 'writing');
      try {
        const run = await runBesideFree('import-free', 'config-import', [source, '--tenant', 'acme', '--merge'], env);
        expect(run.code).toBe(1);
        expectQuickRefusal(run, file, 'nothing was changed; try again when it is done');
      } finally {
        release();
      }
      expect(storedConfiguration(file, 'acme')).toEqual(before);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'config:export while a migration holds the file fails within seconds, naming the file and the process',
    async () => {
      const { file, env } = databaseCopy('export-busy');
      const release = hold(file, 'migrating');
      try {
        const run = await runBesideFree('export-free', 'config-export', [], env);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expectQuickRefusal(run, file, 'nothing was changed; try again when it is done');
      } finally {
        release();
      }
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'config:import beside a service that has the file open but is not writing works as ever',
    async () => {
      const { file, env } = databaseCopy('import-beside');
      const source = join(dir, 'beside-source.json');
      writeFileSync(source, JSON.stringify({ sources: [{ name: 'crm', isDefault: true }] }));
      const release = hold(file, 'open');
      try {
        const run = await runTool('config-import', [source, '--tenant', 'acme', '--merge'], env);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('tenant acme: configuration applied, version 1');
      } finally {
        release();
      }
      expect(storedConfiguration(file, 'acme').version).toBe(1);
    },
    CLI_TEST_TIMEOUT,
  );
});
