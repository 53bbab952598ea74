import type { Server, ServerResponse } from 'node:http';
import { setImmediate as afterPoll, setTimeout as nextLoopTurn } from 'node:timers/promises';

export interface ConnectionDrain {
  /**
   * Stops accepting connections, answers every request already received (each answer saying
   * `Connection: close`), closes idle keep-alive connections, and resolves once every
   * connection is closed; `refusing` is called once new connections are refused.
   */
  drain(refusing?: () => void): Promise<void>;
  /** Requests received and not yet answered. */
  requestsInFlight(): number;
}

/**
 * Tracks the server's requests so that it can be drained. Call before the server listens: a
 * request it did not see could not be told to close its connection.
 */
export function drainableServer(server: Server): ConnectionDrain {
  const unanswered = new Set<ServerResponse>();
  let draining = false;

  const closeConnectionAfter = (response: ServerResponse) => {
    // An answer already under way keeps its headers; its connection is closed once idle below.
    if (!response.headersSent) response.setHeader('Connection', 'close');
  };
  const closeIdleConnections = () => {
    // Node's own notion of idle: no request being read, no answer unfinished.
    setImmediate(() => server.closeIdleConnections());
  };

  // Before the app's listener: a route that answers at once must already see Connection: close.
  server.prependListener('request', (_request, response: ServerResponse) => {
    unanswered.add(response);
    if (draining) closeConnectionAfter(response);
    response.once('close', () => {
      unanswered.delete(response);
      if (draining) closeIdleConnections();
    });
  });

  let drained: Promise<void> | undefined;
  return {
    requestsInFlight: () => unanswered.size,
    drain(refusing) {
      drained ??= (async () => {
        draining = true;
        for (const response of unanswered) closeConnectionAfter(response);
        // Requests whose bytes arrived before the signal but are still unread (on a keep-alive
        // connection, or on a connection still in the listen backlog) are read in the event
        // loop's next poll; until then their connections look idle, and closing them would
        // reset requests the client has already sent.
        await nextLoopTurn(0);
        await afterPoll();
        // Stops listening (new connections are refused) and closes the connections idle now.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        refusing?.();
        await closed;
      })();
      return drained;
    },
  };
}
