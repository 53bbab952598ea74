import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config/env.ts';
import { providerOf } from '../config/database-url.ts';
import { createSidePool } from '../db/side-pool.ts';
import type { GraphQLError } from 'graphql';
import { requestError } from '../errors/request-errors.ts';
import type { Logger } from '../logging/logger.ts';
import type { Authenticated } from './authentication.ts';

export interface RateLimit {
  middleware: RequestHandler;
  /** Draws one request from the credential's budget (a subscription over WebSocket): the refusal when it is spent. */
  refusal(rateLimitKey: string): Promise<GraphQLError | null>;
  close(): Promise<void>;
}

// A failing shared store is reported at most this often, not once per request.
const STORE_FAILURE_REPORT_MS = 60_000;

/** Consumes one request of `key`: the outcome, and whether it was within the budget. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<{ outcome: RateLimiterRes; allowed: boolean }> {
  try {
    return { outcome: await limiter.consume(key), allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { outcome: error, allowed: false };
    throw error;
  }
}

/**
 * The per-credential request budget: RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS. On
 * PostgreSQL the counters live in the database, so that every API process draws on one
 * budget; while the database fails to answer, a per-process budget stands in (and a warning
 * says so): requests are neither refused nor let through unmetered for the store's sake.
 */
export function createRateLimit(config: Config, logger: Logger): RateLimit | null {
  if (config.RATE_LIMIT_REQUESTS === 0) return null;
  const options = { points: config.RATE_LIMIT_REQUESTS, duration: config.RATE_LIMIT_WINDOW_SECONDS, keyPrefix: 'requests' };
  const local = new RateLimiterMemory(options);
  let shared: RateLimiterAbstract | null = null;
  let close = async () => {};
  if (providerOf(config.DATABASE_URL) === 'postgresql') {
    const pool = createSidePool(config.DATABASE_URL, logger);
    shared = new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      storeType: 'pool',
      tableName: 'RateLimitCounter',
      tableCreated: true,
    });
    close = () => pool.end();
  }
  let lastReported = 0;
  const budget = async (key: string) => {
    if (!shared) return consume(local, key);
    try {
      return await consume(shared, key);
    } catch (error) {
      if (Date.now() - lastReported > STORE_FAILURE_REPORT_MS) {
        lastReported = Date.now();
        logger.warn({ err: error }, 'the shared rate-limit store failed: counting requests per process until it answers again');
      }
      return consume(local, key);
    }
  };

  const middleware: RequestHandler = async (_req, res, next) => {
    const { principal } = res.locals.authenticated as Authenticated;
    let outcome: RateLimiterRes;
    let allowed: boolean;
    try {
      ({ outcome, allowed } = await budget(principal.rateLimitKey));
    } catch (error) {
      return next(error);
    }
    const resetSeconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    res.setHeader('RateLimit-Limit', String(config.RATE_LIMIT_REQUESTS));
    res.setHeader('RateLimit-Remaining', String(outcome.remainingPoints));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (allowed) return next();
    // Through the route's error handler, so that each protocol answers in its own error shape.
    next(spent(resetSeconds));
  };
  const spent = (resetSeconds: number) =>
    requestError(
      'RATE_LIMITED',
      `more than ${config.RATE_LIMIT_REQUESTS} requests in ${config.RATE_LIMIT_WINDOW_SECONDS} s from this credential: try again in ${resetSeconds} s`,
      { retryAfterSeconds: resetSeconds },
      { 'Retry-After': String(resetSeconds) },
    );
  const refusal = async (key: string) => {
    const { outcome, allowed } = await budget(key);
    return allowed ? null : spent(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)));
  };
  return { middleware, refusal, close };
}
