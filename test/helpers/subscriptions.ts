import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface ReceivedResult {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** How a connection ended, when the service closed it. */
export interface ClosedConnection {
  code: number;
  reason: string;
}

/** A graphql-ws client of the service at `httpUrl`, sending `connectionParams` in connection_init; it never retries. */
export function subscriptionClient(httpUrl: string, connectionParams: Record<string, string> = {}) {
  let closed: ClosedConnection | undefined;
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed = { code, reason: String(reason) };
      },
    },
  });
  return {
    client,
    closed: () => closed,
    /**
     * Subscribes and collects results until `enough` says so (or the subscription ends);
     * then unsubscribes. Rejects after `timeoutMs` with what arrived so far.
     */
    async collect(
      query: string,
      variables: Record<string, unknown>,
      enough: (results: ReceivedResult[]) => boolean,
      timeoutMs = 30_000,
      onEach?: (result: ReceivedResult) => void,
    ): Promise<ReceivedResult[]> {
      const results: ReceivedResult[] = [];
      const iterator = client.iterate({ query, variables });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${results.length} results: ${JSON.stringify(results.slice(-3))}`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([
          (async () => {
            if (enough(results)) return;
            for await (const result of iterator) {
              results.push(result);
              onEach?.(result);
              if (enough(results)) break;
            }
          })(),
          timedOut,
        ]);
      } catch (error) {
        // A subscription refused before it started rejects: its errors are the result.
        if (error instanceof Error && !/^timed out/.test(error.message)) throw error;
        if (Array.isArray(error)) return [{ errors: error as ReceivedResult['errors'] }];
        throw error;
      } finally {
        clearTimeout(timer);
        await iterator.return?.();
      }
      return results;
    },
    /**
     * Follows `query` until the client is disposed of: `live` resolves at the first result
     * (proof that the subscription runs), `following` once it ended (resolved with why).
     */
    followUntilDisposed(query: string, variables: Record<string, unknown>) {
      let arrived: () => void = () => {};
      const live = new Promise<void>((resolve) => (arrived = resolve));
      const following = this.collect(
        query,
        variables,
        () => false,
        60_000,
        () => arrived(),
      ).catch((error: unknown) => error);
      return { live, following };
    },
    dispose: () => client.dispose(),
  };
}
