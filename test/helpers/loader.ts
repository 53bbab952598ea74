import type { ChildProcess } from 'node:child_process';
import { startProcess, type CliRun } from './cli.ts';
import type { TestService } from './test-service.ts';

export interface LoaderRun extends CliRun {
  /** The `summary` JSON line of a run with --json. */
  summary?: Record<string, unknown> & {
    outcome: string;
    read: number;
    created: number;
    replayed: number;
    rejected: number;
    peakRssBytes: number;
  };
}

/**
 * Starts the file loader as `npm run load` does (its own process, plain Node through the
 * command's bundle), its output collected; `child` is there to kill it.
 */
export function startLoader(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<LoaderRun> } {
  const { child, done } = startProcess(process.execPath, ['--max-semi-space-size=2', 'src/tools/interactions-load.mjs', ...args], env);
  return {
    child,
    done: done.then((run) => {
      const summaryLine = run.stdout.split('\n').find((line) => line.startsWith('{"event":"summary"'));
      return { ...run, ...(summaryLine ? { summary: JSON.parse(summaryLine) as LoaderRun['summary'] } : {}) };
    }),
  };
}

/** Runs the loader to its end. */
export const runLoader = (args: string[], env: Record<string, string> = {}) => startLoader(args, env).done;

/** The environment that points the loader at a test service as an admin of `tenant`. */
export async function loaderEnvironment(service: TestService, tenant: string): Promise<Record<string, string>> {
  const { authorization } = await service.as(tenant);
  return { INTERACTIONS_URL: `${service.url}/graphql`, INTERACTIONS_API_KEY: authorization!.replace(/^Bearer /, '') };
}
