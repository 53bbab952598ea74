import { pino, type Logger } from 'pino';

/** The service's structured JSON logger. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'interactions' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
export type { Logger };
