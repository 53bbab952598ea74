import { spawn } from 'node:child_process';

/** For a test that runs tool processes: each starts Node and tsx, seconds apiece on a busy machine. */
export const CLI_TEST_TIMEOUT = 180_000;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's command-line tools (src/tools/*.ts) with the given environment. */
export function runTool(tool: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/tools/${tool}.ts`, ...args], {
      env: { PATH: process.env.PATH!, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
