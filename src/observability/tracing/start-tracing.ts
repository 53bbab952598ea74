import { createRequire } from 'node:module';
import { context, diag, DiagLogLevel, propagation, trace, type TextMapPropagator } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { Logger } from '../../logging/logger.ts';

// Probes and scrapes, every few seconds, would drown the traces that matter.
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/** How traces are taken and sent (from the OTEL_* settings: see tracingSettings in config/env.ts). */
export interface TracingSettings {
  exporter: 'otlp' | 'console';
  /** The OTLP encoding: protobuf is OTLP's default. */
  protocol: 'http/protobuf' | 'http/json';
  sampler: 'always_on' | 'always_off' | 'traceidratio' | 'parentbased_always_on' | 'parentbased_always_off' | 'parentbased_traceidratio';
  /** The ratio of the traceidratio samplers (1 when not given). */
  samplerRatio?: number;
}

export interface Tracing {
  /**
   * Sends the spans still buffered and stops, called last at shutdown so that the final
   * requests' spans are not lost; false when the collector did not take them in time.
   */
  shutdown(): Promise<boolean>;
}

// How long an exit waits for the collector: well within SHUTDOWN_TIMEOUT_SECONDS' default of 10 s.
const FLUSH_AT_EXIT_MS = 2000;

/** OpenTelemetry's error handler passes exceptions as JSON (message, stack): the message is what an operator reads. */
function readableDiagnostic(message: string): string {
  try {
    const parsed = JSON.parse(message) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // plain text already
  }
  return message;
}

function samplerOf(settings: TracingSettings): Sampler {
  const ratio = () => new TraceIdRatioBasedSampler(settings.samplerRatio ?? 1);
  switch (settings.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio();
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio() });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

async function exporterOf(settings: TracingSettings): Promise<SpanExporter> {
  if (settings.exporter === 'console') return new ConsoleSpanExporter();
  // Each exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, _HEADERS, _TIMEOUT and _COMPRESSION itself.
  if (settings.protocol === 'http/json') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    return new OTLPTraceExporter();
  }
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter();
}

/**
 * Starts OpenTelemetry tracing: a span for
 * every HTTP request (W3C traceparent honoured), GraphQL operations and root fields (see
 * graphql-spans.ts), and Prisma's spans for each database operation and statement. Must run
 * before the service's modules are imported: the HTTP instrumentation patches `node:http` as
 * modules load it; and this module is imported only when tracing is on, so that a service
 * without it loads none of OpenTelemetry's SDK.
 */
export async function startTracing(settings: TracingSettings, logger: Logger): Promise<Tracing> {
  // OpenTelemetry reports its own troubles (a collector refusing spans) through diag, silent by default.
  const report = (message: string) => logger.warn(`tracing: ${readableDiagnostic(message)}`);
  const quiet = () => {};
  diag.setLogger({ error: report, warn: report, info: quiet, debug: quiet, verbose: quiet }, DiagLogLevel.WARN);
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': 'interactions' }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over the defaults above.
    .merge(detectResources({ detectors: [envDetector] }));
  const exporter = await exporterOf(settings);
  const provider = new TracerProvider({
    resource,
    sampler: samplerOf(settings),
    // The console is for a developer watching: each span as it ends, not in batches.
    spanProcessors: [settings.exporter === 'console' ? new SimpleSpanProcessor({ exporter }) : new BatchSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const propagator: TextMapPropagator = new CompositePropagator({
    propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
  });
  propagation.setGlobalPropagator(propagator);
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]!),
        // Outgoing calls (a JWKS fetch) are traced only as part of a request.
        requireParentforOutgoingSpans: true,
      }),
      // Serialization steps are the client's own CPU work, a span each beside every statement: noise.
      new PrismaInstrumentation({ ignoreSpanTypes: ['prisma:client:serialize'] }),
    ],
  });
  // The hook patches http.Server's prototype when `node:http` is next required; ESM imports do not
  // pass through it, so the service's own `import` of node:http would leave its server unpatched
  // whenever no CommonJS module happened to require it first.
  createRequire(import.meta.url)('node:http');
  return {
    shutdown: async () => {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), FLUSH_AT_EXIT_MS)));
      try {
        // A collector that refuses the spans loses them; the exit goes on.
        return await Promise.race([
          provider.shutdown().then(
            () => true,
            () => false,
          ),
          gaveUp,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
