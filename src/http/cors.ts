import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config/env.ts';

// What a browser app may send and read; everything else stays same-origin only.
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-tenant-id',
  'source-system',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  // A browser app retries its mutations safely too (README: Retrying safely).
  'idempotency-key',
];
const EXPOSED_HEADERS = [
  'retry-after',
  'www-authenticate',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  // Whether an answer is a replay, and whether the service acts in development mode.
  'idempotent-replayed',
  'x-development-mode',
];

/** CORS for the origins of CORS_ORIGINS (`*` for any); null when none is allowed. */
export function corsMiddleware(config: Config): RequestHandler | null {
  if (!config.CORS_ORIGINS.length) return null;
  return cors({
    origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}
