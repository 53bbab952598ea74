import { spawn, type ChildProcess } from 'node:child_process';

/** For a test that runs tool processes: each starts Node and tsx, seconds apiece on a busy machine. */
export const CLI_TEST_TIMEOUT = 180_000;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts a process with only PATH and `env` for its environment, its output collected;
 * `child` is there to signal it. Never spawnSync: services under test answer from this process.
 */
export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // 'close', not 'exit': a process can exit before its last output has been read from the pipes.
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs one of the project's command-line tools (src/tools/*.ts) with the given environment. */
export function runTool(tool: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return startProcess(process.execPath, ['--import', 'tsx', `src/tools/${tool}.ts`, ...args], env).done;
}
