import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ServiceContext } from '../modules/context/service-context.ts';
import type { GraphQLContextFunction } from './graphql-context.ts';

/** Runs an operation for the HTTP request being served and gives its data, or throws its failure as a request error. */
export type ExecuteGraphQL = <Data>(req: Request, res: Response, query: string, variables: Record<string, unknown>) => Promise<Data>;

// Answer headers of Apollo's that describe its own JSON body, not the facade's.
const BODY_HEADERS = new Set(['content-type', 'content-length']);

/** The failure of an operation that answered no data (or errors with it): its first error, with the status GraphQL gave it. */
function failureOf(status: number, errors: readonly GraphQLFormattedError[] | undefined): GraphQLError {
  const first = errors?.[0] ?? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  // A partial answer is a fault of the service, whatever status it came with.
  const failureStatus = status >= 400 ? status : 500;
  return new GraphQLError(first.message, { extensions: { ...first.extensions, http: { status: failureStatus } } });
}

/**
 * Executes operations in the service's Apollo server exactly as /graphql does: the same
 * context (caller, tenant, Source-System), the same plugins (access control, limits, error
 * masking, idempotency), with the request's `forwardedHeaders` in the operation's HTTP head.
 * Apollo's answer headers (such as Idempotent-Replayed) are passed on.
 */
export function graphqlExecutor(
  apollo: ApolloServer<ServiceContext>,
  context: GraphQLContextFunction,
  forwardedHeaders: readonly string[],
): ExecuteGraphQL {
  return async <Data>(req: Request, res: Response, query: string, variables: Record<string, unknown>) => {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    for (const name of forwardedHeaders) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query, variables } },
      context: () => context({ req, res }),
    });
    for (const [name, value] of response.headers) if (!BODY_HEADERS.has(name)) res.setHeader(name, value);
    if (response.body.kind !== 'complete') throw new Error('GraphQL answered incrementally where one answer was expected');
    const { data, errors } = JSON.parse(response.body.string) as { data?: Data | null; errors?: GraphQLFormattedError[] };
    const status = response.status ?? 200;
    if (data == null || errors?.length || status >= 400) throw failureOf(status, errors);
    return data;
  };
}
