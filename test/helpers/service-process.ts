import type { ChildProcess } from 'node:child_process';
import { openDatabase } from '../../src/db/client.ts';
import { provisionTenant } from '../../src/modules/tenants/tenant-service.ts';
import { startProcess, type CliRun } from './cli.ts';
import { bearer, signToken } from './credentials.ts';

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited and its pipes are read. */
  exited: Promise<CliRun>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** What it has written to stdout so far (its JSON log lines). */
  output(): string;
  /** SIGTERM, then its exit. */
  stop(): Promise<CliRun>;
}

/** How `npm start` runs the service. */
const NPM_START = ['--import', 'tsx', 'src/main.ts'];

/**
 * Starts the service's entry point (`npm start`, or Node with `nodeArgs`) as a process of its
 * own, so that a crash is seen as its exit, and resolves once it is listening.
 */
export async function startServiceProcess(env: Record<string, string>, nodeArgs: string[] = NPM_START): Promise<ServiceProcess> {
  const { child, done } = startProcess(process.execPath, nodeArgs, {
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  });
  let stdout = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const listening = /"url":"(http[^"]+)".*interactions service listening/.exec(stdout);
      if (!listening) return;
      child.stdout!.off('data', onData);
      resolve(listening[1]!);
    };
    child.stdout!.on('data', onData);
    void done.then((run) => {
      reject(new Error(`the service exited before listening (code ${run.code}): ${run.stderr || run.stdout}`));
    });
  });
  return {
    url,
    child,
    exited: done,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => stdout,
    stop: async () => {
      child.kill('SIGTERM');
      return done;
    },
  };
}

/** Provisions `tenant` in the database as an operator would; returns the headers of its admin (a JWT of TEST_JWT's key). */
export async function adminOfNewTenant(databaseUrl: string, tenant: string): Promise<Record<string, string>> {
  const database = await openDatabase(databaseUrl);
  try {
    await provisionTenant(database.db, tenant);
  } finally {
    await database.close();
  }
  return bearer(await signToken({ tenant, roles: ['admin'] }));
}
