// Starts the real service on a new database for benchmarks: in this process (to count its
// statements) or as a process of its own (so that load generators do not share its CPU).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig } from '../config/env.ts';
import { projectFile } from '../config/project-files.ts';
import { openDatabase, type Db } from '../db/client.ts';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.ts';
import type { Provider } from '../config/database-url.ts';
import { createLogger } from '../logging/logger.ts';
import { provisionTenant } from '../modules/tenants/tenant-service.ts';
import { startService, type RunningService } from '../service.ts';
import { startListeningProcess } from './listening-process.ts';

export const postgresServerUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

const ISSUER = 'https://bench.invalid';
const AUDIENCE = 'interactions-bench';

export interface BenchClient {
  url: string;
  /** Headers of an admin of `tenant`, which is provisioned on first use. */
  credential(tenant: string): Promise<Record<string, string>>;
  /** The data of a GraphQL answer, typed by the caller; an answer with errors throws. */
  graphql<T>(tenant: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface BenchService extends BenchClient {
  service: RunningService;
  database: ScratchDatabase;
  stop(): Promise<void>;
}

/**
 * Settings as in production (JWTs, no development mode) but no rate limit: benchmarks
 * measure throughput, which a per-credential budget would cap.
 */
function benchEnvironment(databaseUrl: string, secret: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DEV_MODE: 'false',
    RATE_LIMIT_REQUESTS: '0',
    JWT_SECRET: secret,
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
  };
}

function benchClient(url: string, db: Db, secret: string): BenchClient {
  const credentials = new Map<string, Promise<Record<string, string>>>();
  const credential = (tenant: string) => {
    let headers = credentials.get(tenant);
    if (!headers) {
      headers = provisionTenant(db, tenant).then(async () => {
        const token = await new SignJWT({ tenant, roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('bench')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('12h')
          .sign(new TextEncoder().encode(secret));
        return { authorization: `Bearer ${token}` };
      });
      credentials.set(tenant, headers);
    }
    return headers;
  };
  return {
    url,
    credential,
    async graphql(tenant, query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await credential(tenant)) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data as never;
    },
  };
}

const scratchDatabase = (provider: Provider) =>
  createScratchDatabase(provider, { postgresServerUrl, sqliteDir: mkdtempSync(join(tmpdir(), 'interactions-bench-')), prefix: 'bench' });

/** The service in this process. */
export async function startBenchService(provider: Provider, env: Record<string, string> = {}): Promise<BenchService> {
  const database = await scratchDatabase(provider);
  const secret = randomBytes(32).toString('base64url');
  const config = loadConfig({ ...benchEnvironment(database.url, secret), LOG_LEVEL: 'silent', ...env });
  const service = await startService(config, createLogger('silent'));
  return {
    ...benchClient(service.url, service.database.db, secret),
    service,
    database,
    async stop() {
      await service.stop();
      await database.drop();
    },
  };
}

export interface BenchServiceProcess extends BenchClient {
  databaseUrl: string;
  /** A client of the service's database, opened by the bench (for its raw baselines). */
  db: Db;
  /** The service's process id (to read its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

let built = false;

/** Node's arguments in an npm script of package.json (`node <arguments>`), so that the bench runs what the script runs. */
function nodeArgumentsOf(script: string): string[] {
  const { scripts } = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...nodeArguments] = scripts[script]!.split(/\s+/);
  if (command !== 'node') throw new Error(`npm run ${script} is expected to run node, not ${command}`);
  return nodeArguments;
}

/**
 * How the benchmarks start the service: as production does (see the README), compiled
 * (`npm run build`, then `npm run start:dist`, with its Node settings); BENCH_SERVICE_START=tsx
 * loads the sources through tsx as `npm start` does.
 */
function serviceCommand(): string[] {
  if (process.env.BENCH_SERVICE_START === 'tsx') return nodeArgumentsOf('start');
  if (!built) {
    execFileSync(process.execPath, ['--import', 'tsx', 'src/tools/build-server.ts'], { stdio: 'ignore' });
    built = true;
  }
  return nodeArgumentsOf('start:dist');
}

/** The service as production runs it, in a process of its own. */
export async function startBenchServiceProcess(provider: Provider): Promise<BenchServiceProcess> {
  const database = await scratchDatabase(provider);
  const secret = randomBytes(32).toString('base64url');
  // e.g. BENCH_SERVICE_NODE_ARGS=--cpu-prof to profile the service under the benchmark's load;
  // after the script's own, so that they can override them.
  const extraArguments = process.env.BENCH_SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const command = serviceCommand();
  const service = await startListeningProcess(
    'the service',
    [...command.slice(0, -1), ...extraArguments, ...command.slice(-1)],
    {
      PATH: process.env.PATH!,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      // Production serves /metrics only with a token; the bench reads its statement figures there.
      METRICS: 'on',
      ...benchEnvironment(database.url, secret),
    },
    /"url":"(http[^"]+)".*interactions service listening/,
  );
  const database_ = await openDatabase(database.url);
  return {
    ...benchClient(service.url, database_.db, secret),
    databaseUrl: database.url,
    db: database_.db,
    pid: service.pid,
    async stop() {
      await database_.close();
      await service.stop();
      await database.drop();
    },
  };
}
