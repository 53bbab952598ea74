import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config/env.ts';
import { createScratchDatabase } from '../../src/db/scratch-database.ts';
import type { Provider } from '../../src/db/schema-files.ts';
import { createLogger } from '../../src/logger.ts';
import { startService } from '../../src/service.ts';
import type { Database } from '../../src/db/client.ts';
import { testPostgresUrl } from './databases.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface TestService {
  url: string;
  databaseUrl: string;
  /** Posts a GraphQL operation as `tenant` (see newTenant). */
  graphql<T = any>(tenant: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The service's own database handle (same process), for counting statements. */
  database: Database;
  /** Runs `work` and returns what it returned with the SQL statements the service sent meanwhile. */
  recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  stop(): Promise<void>;
}

/** A tenant id no other test uses: tests isolate themselves by tenant, not by wiping tables. */
export function newTenant(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** A new, empty database of the provider, for one test file. */
export function createTestDatabase(provider: Provider) {
  return createScratchDatabase(provider, {
    postgresServerUrl: testPostgresUrl,
    sqliteDir: mkdtempSync(join(tmpdir(), 'interactions-test-')),
    prefix: 'test',
  });
}

/**
 * Starts the real service on a free port: on a new, empty database of the provider (dropped
 * on stop), or on `env.DATABASE_URL` when given (left as it is).
 */
export async function startTestService(provider: Provider, env: Record<string, string> = {}): Promise<TestService> {
  const scratch = env.DATABASE_URL ? { url: env.DATABASE_URL, drop: async () => {} } : await createTestDatabase(provider);
  const config = loadConfig({ DATABASE_URL: scratch.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEFAULT_TENANT: '', ...env });
  const service = await startService(config, createLogger(config.LOG_LEVEL));
  return {
    url: service.url,
    databaseUrl: scratch.url,
    async graphql(tenant, query, variables, headers = {}) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant-id': tenant, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    database: service.database,
    async recordQueries(work) {
      const statements: string[] = [];
      const stop = service.database.onQuery((sql) => statements.push(sql));
      try {
        return { result: await work(), statements };
      } finally {
        stop();
      }
    },
    async stop() {
      await service.stop();
      await scratch.drop();
    },
  };
}
