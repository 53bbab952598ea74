import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The trace and span a log line was written in, when tracing is on: what takes a reader from
 * the line to its trace. Named as OpenTelemetry's log data model names them.
 */
export function traceLogFields(fields: Record<string, unknown>): Record<string, unknown> {
  const span = trace.getActiveSpan()?.spanContext();
  if (span && isSpanContextValid(span)) {
    fields.trace_id = span.traceId;
    fields.span_id = span.spanId;
  }
  return fields;
}

/** Attributes (and a better name) of the span being served (the request's HTTP span in middleware), when one records. */
export function describeActiveSpan(attributes: Record<string, string | number | undefined | null>, name?: string): void {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return;
  if (name) span.updateName(name);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== null) span.setAttribute(name, value);
}
