import { z } from 'zod';
import { providerOf } from '../db/adapter.ts';
import { TENANT_ID_PATTERN } from '../tenancy/tenant-id.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .default('file:./data/interactions.db')
    .superRefine((url, ctx) => {
      try {
        providerOf(url);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  DEFAULT_TENANT: z
    .string()
    .default('demo')
    .refine((value) => value === '' || TENANT_ID_PATTERN.test(value), 'letters, digits, - and _ (at most 64), or empty for none'),
  // auto: on embedded SQLite (the quick start) but not on PostgreSQL.
  LOAD_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export type Config = z.infer<typeof schema>;

/** Whether the default tenant gets the demo configuration when it has never been configured. */
export function loadsDemo(config: Config): boolean {
  return config.LOAD_DEMO === 'auto' ? providerOf(config.DATABASE_URL) === 'sqlite' : config.LOAD_DEMO === 'true';
}

export class ConfigError extends Error {}

/** Reads and checks the service's settings; a bad value is a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  if (env.DEFAULT_TENANT === '') present.DEFAULT_TENANT = '';
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0]);
  throw new ConfigError(`invalid ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
}
