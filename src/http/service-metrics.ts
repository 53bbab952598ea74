import type { Database } from '../db/client.ts';
import { createServiceMetrics, type ServiceMetrics } from '../observability/metrics.ts';

/** The service's metrics over `database`: every statement it sends is timed by kind, its pool read when scraped. */
export function serviceMetricsFor(database: Database): ServiceMetrics {
  const metrics = createServiceMetrics(() => database.poolUse());
  database.onQuery((sql, durationMs) => metrics.recordStatement(sql, durationMs));
  return metrics;
}
