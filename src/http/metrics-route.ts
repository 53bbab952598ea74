import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { metricsEnabled, type Config } from '../config/env.ts';
import { requestError } from '../errors/request-errors.ts';
import type { ServiceMetrics } from '../observability/metrics.ts';
import { singleHeader } from './authentication.ts';
import { methodNotAllowed } from './error-response.ts';

// Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first differing byte.
const digest = (text: string) => createHash('sha256').update(text).digest();

function bearerMatches(authorization: string | undefined, token: Buffer): boolean {
  const [scheme, credential, ...rest] = authorization?.split(/\s+/) ?? [];
  return scheme?.toLowerCase() === 'bearer' && credential !== undefined && !rest.length && timingSafeEqual(digest(credential), token);
}

/**
 * GET /metrics in Prometheus' text format, when METRICS allows it (see metricsEnabled),
 * behind `Authorization: Bearer <METRICS_TOKEN>` when a token is set. Labels name routes,
 * operations, codes and statement kinds, never tenants.
 */
export function metricsRouter(config: Config, metrics: ServiceMetrics): Router | undefined {
  if (!metricsEnabled(config)) return undefined;
  const token = config.METRICS_TOKEN === undefined ? undefined : digest(config.METRICS_TOKEN);
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token && !bearerMatches(singleHeader(req.headers, 'authorization'), token))
      throw requestError('UNAUTHENTICATED', 'the metrics need the metrics token: Authorization: Bearer <METRICS_TOKEN>', undefined, {
        'WWW-Authenticate': 'Bearer realm="metrics"',
      });
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  router.all('/metrics', methodNotAllowed('GET'));
  return router;
}
