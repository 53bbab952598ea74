// Starts the real service in this process on a new database, for benchmarks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/env.ts';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.ts';
import type { Provider } from '../db/schema-files.ts';
import { createLogger } from '../logger.ts';
import { startService, type RunningService } from '../service.ts';

export const postgresServerUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchService {
  service: RunningService;
  database: ScratchDatabase;
  graphql<T = any>(tenant: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

export async function startBenchService(provider: Provider): Promise<BenchService> {
  const database = await createScratchDatabase(provider, { postgresServerUrl, sqliteDir: mkdtempSync(join(tmpdir(), 'interactions-bench-')), prefix: 'bench' });
  const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEFAULT_TENANT: '' });
  const service = await startService(config, createLogger('silent'));
  return {
    service,
    database,
    async graphql(tenant, query, variables) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant-id': tenant },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown };
      if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async stop() {
      await service.stop();
      await database.drop();
    },
  };
}
