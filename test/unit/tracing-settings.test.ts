// When traces are taken and where they go, from the standard OTEL_* variables: off unless an
// exporter is named or an endpoint given, and a setting the service cannot honour stops the start.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, tracingSettings } from '../../src/config/env.ts';

const settings = (env: Record<string, string>) => tracingSettings(loadConfig(env));

describe('tracing settings', () => {
  it('are off without an exporter or an endpoint, and with OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true', () => {
    expect(settings({})).toBeUndefined();
    expect(settings({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeUndefined();
    expect(settings({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBeUndefined();
  });

  it('send OTLP over HTTP in protobuf once an endpoint is given, in JSON when asked, parent-based always-on unless a sampler is named', () => {
    expect(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({
      exporter: 'otlp',
      protocol: 'http/protobuf',
      sampler: 'parentbased_always_on',
    });
    expect(
      settings({
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/v1/traces',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      }),
    ).toEqual({ exporter: 'otlp', protocol: 'http/json', sampler: 'parentbased_traceidratio', samplerRatio: 0.25 });
    expect(settings({ OTEL_TRACES_EXPORTER: 'console' })).toMatchObject({ exporter: 'console' });
  });

  it('refuse what the service cannot do, naming the variable', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toBe(
      'invalid OTEL_EXPORTER_OTLP_PROTOCOL="grpc": http/protobuf or http/json (gRPC is not supported)',
    );
    expect(refusal({ OTEL_TRACES_EXPORTER: 'zipkin' })).toBe('invalid OTEL_TRACES_EXPORTER="zipkin": otlp, console or none');
    expect(refusal({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toMatch(/^invalid OTEL_EXPORTER_OTLP_ENDPOINT="collector:4318"/);
    expect(refusal({ OTEL_TRACES_SAMPLER_ARG: '2' })).toMatch(/^invalid OTEL_TRACES_SAMPLER_ARG="2"/);
  });
});
