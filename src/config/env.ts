import { z } from 'zod';
import type { TracingSettings } from '../observability/tracing/start-tracing.ts';
import { providerOf } from './database-url.ts';

const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(1).max(max).default(fallback);
const switchSetting = z.enum(['auto', 'true', 'false']).default('auto');
const optionalText = z.string().min(1).optional();

const ORIGIN = /^https?:\/\/[^/\s]+$/;
// gRPC would need a second exporter and its native-free but large stack; collectors take OTLP over HTTP on 4318.
const otlpProtocol = z.enum(['http/protobuf', 'http/json'], 'http/protobuf or http/json (gRPC is not supported)').optional();

const schema = z
  .object({
    NODE_ENV: z.string().default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    // Unset: every interface, but loopback only in development mode (it answers without credentials).
    HOST: z.string().min(1).optional(),
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
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // How long requests already received may run after SIGTERM/SIGINT before they are abandoned
    // and the process exits 1: below an orchestrator's kill grace (Kubernetes: 30 s), so that
    // the reason is logged. Fractions of a second are for tests.
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(10),

    // auto: on for the embedded SQLite quick start, off on PostgreSQL and in production.
    DEV_MODE: switchSetting,
    // Its form is a tenant id's, checked where tenants are (startService).
    DEMO_TENANT: z.string().default('demo'),
    // auto: whenever development mode is on.
    LOAD_DEMO: switchSetting,

    JWT_SECRET: z.string().min(32, 'an HS256 secret of at least 32 characters').optional(),
    JWT_JWKS_FILE: optionalText,
    // https, but for a key server on this machine: keys fetched in clear text could be swapped.
    JWT_JWKS_URL: z
      .url({ protocol: /^https?$/ })
      .refine(
        (url) => url.startsWith('https:') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url),
        'an https URL (http only for localhost)',
      )
      .optional(),
    JWT_ISSUER: optionalText,
    JWT_AUDIENCE: optionalText,
    JWT_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    JWT_TENANT_CLAIM: z.string().min(1).default('tenant'),
    JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    JWT_SUBJECT_CLAIM: z.string().min(1).default('sub'),

    // auto: off when NODE_ENV=production.
    INTROSPECTION: switchSetting,
    // The GraphiQL page at /playground (and /graphql for browsers). auto: on unless NODE_ENV=production.
    PLAYGROUND: z.enum(['auto', 'on', 'off', 'readonly']).default('auto'),
    // The example app at /app: a demonstration, not part of the API. auto: on unless NODE_ENV=production.
    EXAMPLE_APP: z.enum(['auto', 'on', 'off']).default('auto'),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .refine(
        (origins) => origins.every((origin) => origin === '*' || ORIGIN.test(origin)),
        'a comma-separated list of origins such as https://app.example.com, or *',
      ),

    MAX_BATCH_SIZE: positiveInt(1000, 10_000),
    MAX_VALUES_PER_ATTRIBUTE: positiveInt(100, 100_000),
    MAX_MEMBERS_PER_PARTICIPANT: positiveInt(1000, 100_000),
    MAX_CROSSWALKS_PER_OBJECT: positiveInt(100, 10_000),
    MAX_REQUEST_VALUES: positiveInt(100_000),
    MAX_BODY_BYTES: positiveInt(5 * 1024 * 1024),
    MAX_DEPTH: positiveInt(12),
    MAX_ALIASES: positiveInt(30),
    MAX_TOKENS: positiveInt(10_000),
    MAX_DIRECTIVES: positiveInt(50),
    MAX_COST: positiveInt(500_000),
    // 0 turns the rate limit off.
    RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(1200),
    RATE_LIMIT_WINDOW_SECONDS: positiveInt(60, 86_400),

    // How long an Idempotency-Key's answer is kept and replayed (at most 30 days).
    IDEMPOTENCY_RETENTION_SECONDS: positiveInt(86_400, 30 * 86_400),
    // How long a request waits for another one holding its key before answering 409; 0 answers at once.
    IDEMPOTENCY_WAIT_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    // How long one configuration change (a re-key of many interactions included) may take
    // before it is rolled back and refused; fractions of a second are for tests.
    CONFIGURATION_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(60),
    // The largest answer kept for retries (4 MiB): a 1,000-item batch returning whole objects fits.
    IDEMPOTENCY_MAX_STORED_BYTES: positiveInt(4 * 1024 * 1024, 64 * 1024 * 1024),

    // How long the change stream's entries are kept (7 days); fractions of an hour are for tests.
    CHANGE_RETENTION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 3650)
      .default(168),

    // How long soft-deleted interactions stay restorable before the purge deletes them for good
    // (30 days); fractions of a day are for tests.
    SOFT_DELETE_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),

    // GET /metrics (Prometheus). auto: served unless NODE_ENV=production without METRICS_TOKEN:
    // operation names are chosen by callers, so a public service does not show them to anyone.
    METRICS: z.enum(['auto', 'on', 'off']).default('auto'),
    // When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`.
    METRICS_TOKEN: z.string().min(16, 'a secret of at least 16 characters').optional(),

    // OpenTelemetry traces, configured by the standard OTEL_* variables (see tracingSettings; the
    // OTLP exporter reads OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT and _COMPRESSION itself).
    OTEL_SDK_DISABLED: z.enum(['true', 'false']).optional(),
    OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console'], 'otlp, console or none').optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    OTEL_EXPORTER_OTLP_PROTOCOL: otlpProtocol,
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: otlpProtocol,
    OTEL_TRACES_SAMPLER: z
      .enum(
        ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'],
        'always_on, always_off, traceidratio or their parentbased_ forms',
      )
      .default('parentbased_always_on'),
    // The ratio of the traceidratio samplers.
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).optional(),
  })
  .superRefine((config, ctx) => {
    if (config.DEV_MODE === 'true' && isProduction(config)) {
      ctx.addIssue({ code: 'custom', path: ['DEV_MODE'], message: 'development mode is impossible with NODE_ENV=production' });
    }
    const keySources = (['JWT_SECRET', 'JWT_JWKS_FILE', 'JWT_JWKS_URL'] as const).filter((name) => config[name]);
    if (keySources.length > 1) {
      ctx.addIssue({ code: 'custom', path: [keySources[1]!], message: `give one JWT key source, not ${keySources.join(' and ')}` });
    }
    for (const name of ['JWT_ISSUER', 'JWT_AUDIENCE'] as const) {
      if (keySources.length && !config[name])
        ctx.addIssue({ code: 'custom', path: [name], message: 'required when JWTs are accepted: tokens are checked against it' });
    }
  });

export type Config = z.infer<typeof schema>;

const isProduction = (config: Pick<Config, 'NODE_ENV'>) => ['production', 'prod'].includes(config.NODE_ENV.trim().toLowerCase());

/** Whether requests without credentials act as the demo tenant's admin (never in production). */
export function developmentMode(config: Config): boolean {
  if (config.DEV_MODE !== 'auto') return config.DEV_MODE === 'true';
  return !isProduction(config) && providerOf(config.DATABASE_URL) === 'sqlite';
}

/** The interface to listen on: HOST, else loopback in development mode and every interface otherwise. */
export function listenHost(config: Config): string {
  return config.HOST ?? (developmentMode(config) ? '127.0.0.1' : '0.0.0.0');
}

/** Whether the demo tenant is provisioned at start with the demo configuration when it has never been configured. */
export function loadsDemo(config: Config): boolean {
  return config.LOAD_DEMO === 'auto' ? developmentMode(config) : config.LOAD_DEMO === 'true';
}

/** Whether the schema may be introspected (the playground and codegen need it; production usually does not). */
export function introspectionEnabled(config: Config): boolean {
  return config.INTROSPECTION === 'auto' ? !isProduction(config) : config.INTROSPECTION === 'true';
}

/** Whether the playground is served, and whether it may send mutations (readonly: a property of the page, not of the API). */
export function playgroundMode(config: Config): 'on' | 'off' | 'readonly' {
  return config.PLAYGROUND === 'auto' ? (isProduction(config) ? 'off' : 'on') : config.PLAYGROUND;
}

/** Whether the example app is served at /app. */
export function exampleAppEnabled(config: Config): boolean {
  return config.EXAMPLE_APP === 'auto' ? !isProduction(config) : config.EXAMPLE_APP === 'on';
}

/** Whether GET /metrics is served (see METRICS). */
export function metricsEnabled(config: Config): boolean {
  return config.METRICS === 'auto' ? !isProduction(config) || config.METRICS_TOKEN !== undefined : config.METRICS === 'on';
}

/**
 * How traces are taken and sent; undefined (tracing off) unless an exporter is named or an
 * OTLP endpoint is given: a service should not send spans nobody asked for.
 */
export function tracingSettings(config: Config): TracingSettings | undefined {
  if (config.OTEL_SDK_DISABLED === 'true') return undefined;
  const endpoint = config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? config.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = config.OTEL_TRACES_EXPORTER ?? (endpoint ? 'otlp' : 'none');
  if (exporter === 'none') return undefined;
  return {
    exporter,
    protocol: config.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? config.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf',
    sampler: config.OTEL_TRACES_SAMPLER,
    samplerRatio: config.OTEL_TRACES_SAMPLER_ARG,
  };
}

export class ConfigError extends Error {}

const SECRET_SETTINGS = new Set(['JWT_SECRET', 'METRICS_TOKEN']);

/** The refusal of one setting, in the form every bad setting is reported in. */
export function settingError(name: string, value: string | undefined, reason: string): ConfigError {
  // Secrets are never echoed back, not even in a start-up error.
  const shown = SECRET_SETTINGS.has(name) ? '(hidden)' : JSON.stringify(value ?? '');
  return new ConfigError(`invalid ${name}=${shown}: ${reason}`);
}

const RENAMED_SETTINGS: Record<string, string> = { MAX_MEMBERS_PER_TYPE: 'MAX_MEMBERS_PER_PARTICIPANT' };

/** Reads and checks the service's settings; a bad value is a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  // A renamed setting is refused rather than silently ignored.
  for (const [old, now] of Object.entries(RENAMED_SETTINGS))
    if (present[old] !== undefined) throw settingError(old, present[old], `renamed to ${now}`);
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0]);
  throw settingError(name, env[name], issue.message);
}
