import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ServiceContext } from '../modules/context/service-context.ts';

// Subscriptions arrive over WebSocket, where Apollo does not execute; but every rule an
// operation meets over HTTP (the parser's token limit, armor's validation rules, access
// control, request size, text, cost) lives in Apollo's pipeline. So a subscription is first
// sent through that pipeline as a check that stops before execution, and runs only if it passes.

// A mark on the context itself: Apollo runs plugins on a copy of the context object (its own
// properties, symbols included), so a set of the originals would not recognise it.
const CHECK = Symbol('subscription check');
type Marked = ServiceContext & { [CHECK]?: true };

/** Whether the operation in this context is a subscription being checked (so it may be a subscription at all). */
export function isSubscriptionCheck(context: ServiceContext): boolean {
  return (context as Marked)[CHECK] === true;
}

/** Stops a checked subscription once every rule has passed: nothing executes. */
export const subscriptionCheckPlugin: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart({ contextValue }) {
    if (!isSubscriptionCheck(contextValue)) return;
    return {
      async responseForOperation() {
        return { http: { status: 200, headers: new Map() }, body: { kind: 'single', singleResult: { data: null } } } as never;
      },
    };
  },
};

export interface SubscriptionRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** The errors the operation meets under the service's rules (as an HTTP request would), or none. */
export async function subscriptionErrors(
  apollo: ApolloServer<ServiceContext>,
  context: ServiceContext,
  request: SubscriptionRequest,
): Promise<GraphQLError[]> {
  (context as Marked)[CHECK] = true;
  try {
    const response = await apollo.executeOperation(
      { query: request.query, variables: request.variables ?? undefined, operationName: request.operationName ?? undefined },
      { contextValue: context },
    );
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    return (errors ?? []).map(({ message, extensions }) => {
      // The HTTP status Apollo would have answered means nothing on a WebSocket.
      const { http: _http, ...rest } = (extensions ?? {}) as Record<string, unknown>;
      return new GraphQLError(message, { extensions: rest });
    });
  } finally {
    delete (context as Marked)[CHECK];
  }
}
