import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { clip } from '../errors/quote.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

// Spans of GraphQL's own making, read with the HTTP server span (instrumentation-http) above
// them and Prisma's below: one span per operation, named as OpenTelemetry's GraphQL
// conventions say (`mutation CreateLunch`), and one per root field, under which the
// database statements of that field's work appear. Fields below the root get no span of their
// own: a timeline page has thousands, and their statements are batched per level anyway.

const tracer = trace.getTracer('interactions-service/graphql');

/**
 * An Apollo server that runs each HTTP GraphQL request (from /graphql and the Reltio facade
 * alike) in a span of its own, which operationSpanPlugin names and describes; the request's
 * resolvers, and the database statements they cause, run inside it.
 */
export class TracedApolloServer extends ApolloServer<ServiceContext> {
  override executeHTTPGraphQLRequest(...request: Parameters<ApolloServer<ServiceContext>['executeHTTPGraphQLRequest']>) {
    return tracer.startActiveSpan('graphql', async (span) => {
      try {
        return await super.executeHTTPGraphQLRequest(...request);
      } finally {
        span.end();
      }
    });
  }
}

function failed(span: Span, code: string): void {
  span.setAttribute('error.type', code);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
}

/** Describes the operation span TracedApolloServer opened: its name, type and the first error's code. */
export function operationSpanPlugin(): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const name = operation.name?.value;
          span.setAttribute('graphql.operation.type', operation.operation);
          // Chosen by the caller, so clipped like in the logs.
          if (name) span.setAttribute('graphql.operation.name', clip(name));
          span.updateName(name ? `${operation.operation} ${clip(name)}` : operation.operation);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const first = response.body.singleResult.errors?.[0];
          const code = first?.extensions?.code;
          if (typeof code === 'string') failed(span, code);
        },
      };
    },
  };
}

function itemCounts(span: Span, result: unknown): void {
  if (!Array.isArray(result) || !result.every((item) => Array.isArray((item as { errors?: unknown }).errors))) return;
  span.setAttribute('interactions.batch.items', result.length);
  span.setAttribute('interactions.batch.items_failed', result.filter((item) => (item as { errors: unknown[] }).errors.length).length);
}

function tracedField(resolve: GraphQLFieldResolver<unknown, ServiceContext>): GraphQLFieldResolver<unknown, ServiceContext> {
  return (parent, args, ctx, info: GraphQLResolveInfo) =>
    tracer.startActiveSpan(`${info.parentType.name}.${info.fieldName}`, async (span) => {
      span.setAttribute('graphql.field.name', info.fieldName);
      span.setAttribute('graphql.field.path', String(info.path.key));
      try {
        const result: unknown = await resolve(parent, args, ctx, info);
        itemCounts(span, result);
        return result;
      } catch (error) {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (typeof code === 'string') failed(span, code);
        else {
          // A fault: its message and stack go where the operator's logs go, never to the caller.
          span.recordException(error as Error);
          failed(span, 'INTERNAL_SERVER_ERROR');
        }
        throw error;
      } finally {
        span.end();
      }
    });
}

/** The resolver maps with every Query and Mutation field run in a span of its own. */
export function withRootFieldSpans(resolverMaps: Resolvers[]): Resolvers[] {
  return resolverMaps.map((map) => {
    const traced: Record<string, unknown> = { ...map };
    for (const root of ['Query', 'Mutation'] as const) {
      const fields = map[root] as Record<string, GraphQLFieldResolver<unknown, ServiceContext>> | undefined;
      if (!fields) continue;
      traced[root] = Object.fromEntries(Object.entries(fields).map(([name, resolve]) => [name, tracedField(resolve)]));
    }
    return traced as Resolvers;
  });
}
