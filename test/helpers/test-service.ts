import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config/env.ts';
import { createScratchDatabase } from '../../src/db/scratch-database.ts';
import type { Provider } from '../../src/config/database-url.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { provisionTenant } from '../../src/modules/tenants/tenant-service.ts';
import { startService } from '../../src/service.ts';
import type { Database } from '../../src/db/client.ts';
import { bearer, signToken, TEST_JWT, type TokenClaims } from './credentials.ts';
import { testPostgresUrl } from './databases.ts';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { DestinationStream } from 'pino';

// A plain-string operation (deliberately invalid or built at run time) answers untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<T = any> {
  status: number;
  headers?: Headers;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/** An operation written with graphql(`...`) from test/generated/operations: its result and variables are typed. */
export type TypedOperation<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

export interface TestService {
  url: string;
  databaseUrl: string;
  /**
   * Posts a GraphQL operation as an admin of `tenant` (see newTenant), which is provisioned on
   * first use. `headers` replace the credential when they carry an authorization header. A
   * typed operation gives a typed answer; a plain string (a deliberately invalid operation,
   * which codegen would refuse) an untyped one.
   */
  graphql<Result, Variables>(
    tenant: string,
    operation: TypedOperation<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Result>>;
  graphql(tenant: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** Posts a GraphQL operation with exactly these headers: no credential is added. */
  post<Result, Variables>(
    operation: TypedOperation<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Result>>;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** Authorization headers of a JWT for `tenant` (an admin by default). */
  as(tenant: string, claims?: TokenClaims): Promise<Record<string, string>>;
  /** Provisions the tenant (as an operator would). */
  provision(tenant: string): Promise<void>;
  /** The service's own database handle (same process), for counting statements. */
  database: Database;
  /**
   * Runs `work` and returns what it returned with the SQL statements the service sent
   * meanwhile for `tenant` (those binding its id): other tests may run at the same time.
   */
  recordQueries<T>(tenant: string, work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  /** Stops the service alone, keeping its database: what a shutdown test times. */
  stopServing(): Promise<void>;
  /** Stops the service (if still serving) and drops its scratch database. */
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

async function answer(response: Response): Promise<GraphQLResponse> {
  const body = { status: response.status, ...((await response.json()) as object) };
  // Not enumerable: tests compare whole answers, and headers are asked for by name.
  return Object.defineProperty(body, 'headers', { value: response.headers, enumerable: false });
}

/**
 * Starts the real service on a free port, accepting test JWTs and without development mode:
 * on a new, empty database of the provider (dropped on stop), or on `env.DATABASE_URL` when
 * given (left as it is). Its log lines go to `logs` when given (with a LOG_LEVEL in `env`).
 */
export async function startTestService(
  provider: Provider,
  env: Record<string, string> = {},
  logs?: DestinationStream,
): Promise<TestService> {
  const scratch = env.DATABASE_URL ? { url: env.DATABASE_URL, drop: async () => {} } : await createTestDatabase(provider);
  const config = loadConfig({
    DATABASE_URL: scratch.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEV_MODE: 'false',
    ...TEST_JWT,
    ...env,
  });
  const service = await startService(config, createLogger(config.LOG_LEVEL, logs));
  let serving: Promise<void> | undefined;
  const stopServing = () => (serving ??= service.stop());
  const provisioned = new Map<string, Promise<void>>();
  const tokens = new Map<string, Promise<string>>();
  const provision = (tenant: string) => {
    let done = provisioned.get(tenant);
    if (!done) {
      done = provisionTenant(service.database.db, tenant).then(() => {});
      provisioned.set(tenant, done);
    }
    return done;
  };
  const post = async (
    query: string | TypedOperation<unknown, unknown>,
    variables?: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse> =>
    answer(
      await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: String(query), variables }),
      }),
    );
  return {
    url: service.url,
    databaseUrl: scratch.url,
    async graphql(
      tenant: string,
      query: string | TypedOperation<unknown, unknown>,
      variables?: unknown,
      headers: Record<string, string> = {},
    ) {
      let credential = headers;
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
        await provision(tenant);
        let token = tokens.get(tenant);
        if (!token) tokens.set(tenant, (token = signToken({ sub: `tester@${tenant}`, tenant, roles: ['admin'] })));
        credential = { ...bearer(await token), ...headers };
      }
      return post(query, variables, credential);
    },
    post,
    async as(tenant, claims = {}) {
      await provision(tenant);
      return bearer(await signToken({ tenant, roles: ['admin'], ...claims }));
    },
    provision,
    database: service.database,
    async recordQueries(tenant, work) {
      const statements: string[] = [];
      const bound = JSON.stringify(tenant);
      const stop = service.database.onQuery((sql, _, params) => {
        if (params.includes(bound)) statements.push(sql);
      });
      try {
        return { result: await work(), statements };
      } finally {
        stop();
      }
    },
    stopServing,
    async stop() {
      try {
        await stopServing();
      } finally {
        await scratch.drop();
      }
    },
  };
}
