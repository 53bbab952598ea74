import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config/env.ts';
import { providerOf } from '../db/adapter.ts';
import { createSidePool } from '../db/side-pool.ts';
import { requestError } from '../errors/request-errors.ts';
import type { Logger } from '../logger.ts';
import type { Authenticated } from './authentication.ts';
import { sendRequestError } from './error-response.ts';

export interface RateLimit {
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * The per-credential request budget: RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS. On
 * PostgreSQL the counters live in the database, so that every API process draws on one
 * budget; should the database fail to answer, a per-process budget stands in.
 */
export function createRateLimit(config: Config, logger: Logger): RateLimit | null {
  if (config.RATE_LIMIT_REQUESTS === 0) return null;
  const options = { points: config.RATE_LIMIT_REQUESTS, duration: config.RATE_LIMIT_WINDOW_SECONDS, keyPrefix: 'requests' };
  const memory = new RateLimiterMemory(options);
  let limiter: RateLimiterAbstract = memory;
  let close = async () => {};
  if (providerOf(config.DATABASE_URL) === 'postgresql') {
    const pool = createSidePool(config.DATABASE_URL, logger);
    limiter = new RateLimiterPostgres({ ...options, storeClient: pool, storeType: 'pool', tableName: 'RateLimitCounter', tableCreated: true, insuranceLimiter: memory });
    close = () => pool.end();
  }

  const middleware: RequestHandler = async (_req, res, next) => {
    const { principal } = res.locals.authenticated as Authenticated;
    let outcome: RateLimiterRes;
    let allowed = true;
    try {
      outcome = await limiter.consume(principal.rateLimitKey);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      outcome = error;
      allowed = false;
    }
    const resetSeconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    res.setHeader('RateLimit-Limit', String(config.RATE_LIMIT_REQUESTS));
    res.setHeader('RateLimit-Remaining', String(outcome.remainingPoints));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (allowed) return next();
    sendRequestError(
      res,
      requestError('RATE_LIMITED', `more than ${config.RATE_LIMIT_REQUESTS} requests in ${config.RATE_LIMIT_WINDOW_SECONDS} s from this credential: try again in ${resetSeconds} s`, { retryAfterSeconds: resetSeconds }, { 'Retry-After': String(resetSeconds) }),
    );
  };
  return { middleware, close };
}
