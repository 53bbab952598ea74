import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT } from './helpers/cli.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the service's entry point as `npm start` does, with the given environment. */
function startMain(env: Record<string, string>, whenListening?: (url: string) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH!, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const listening = /"url":"(http[^"]+)".*interactions service listening/.exec(stdout);
      if (listening && whenListening) {
        const url = listening[1]!;
        whenListening = undefined;
        void fetch(`${url}/health`).then(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Far above a start-up's seconds: a CI machine running the loader's tests beside it took over 40 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TEST_TIMEOUT - 20_000);
    // 'close', not 'exit': the last output may still be in the pipes when the process exits.
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const sqliteUrl = () => `file:${mkdtempSync(join(tmpdir(), 'interactions-startup-'))}/service.db`;
const looksLikeStack = /\n\s+at .+:\d+/;

describe('start-up and shutdown', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses a DATABASE_URL it cannot use with a one-line error and exit code 1', async () => {
    const run = await startMain({ DATABASE_URL: 'mysql://localhost/db', PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('DATABASE_URL');
    expect(run.stderr).not.toMatch(looksLikeStack);
  });

  it('refuses a bad PORT with a one-line error naming it', async () => {
    const run = await startMain({ DATABASE_URL: sqliteUrl(), PORT: 'eighty' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^configuration error: invalid PORT="eighty"/);
    expect(run.stderr).not.toMatch(looksLikeStack);
  });

  it('refuses a DEMO_TENANT that is no tenant id with a one-line error naming it', async () => {
    const run = await startMain({ DATABASE_URL: sqliteUrl(), PORT: '0', DEMO_TENANT: 'not a tenant!' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'configuration error: invalid DEMO_TENANT="not a tenant!": a tenant id is 1 to 64 letters, digits, - or _, starting with a letter or digit',
    );
  });

  it('reports a port already in use without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await startMain({ DATABASE_URL: sqliteUrl(), PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`cannot start: port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('reports an unreachable PostgreSQL server without a stack trace', async () => {
    const run = await startMain({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^cannot start: /);
    expect(run.stderr).not.toMatch(looksLikeStack);
  });

  it('drains and exits 0 on SIGTERM', async () => {
    const run = await startMain({ DATABASE_URL: sqliteUrl(), PORT: '0' }, () => {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shutting down');
    expect(run.stdout).toContain('"msg":"stopped"');
  });
});
