import pg from 'pg';

/** How many connections the pool has, how many of them are idle, and how many callers wait for one. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

// A caller waits this long for a connection before its request is answered 503: an unreachable
// server (a failover, a firewall dropping packets) would otherwise hold requests for minutes.
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A pg client that reports its failures to `onConnectionError` from the moment it exists:
 * connecting, idle in the pool or checked out. pg emits 'error' on a client whose connection
 * is lost, and an 'error' event nobody listens to ends the process; the pool's own listeners
 * come and go as the client moves in and out of it, this one never leaves.
 */
function guardedClient(onConnectionError: (error: Error) => void) {
  return class GuardedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      // A lost connection emits more than once (the server's message, then the socket's end): one report.
      let reported = false;
      this.on('error', (error) => {
        if (reported) return;
        reported = true;
        onConnectionError(error);
      });
    }
  };
}

/**
 * The pg pool behind Prisma's PostgreSQL adapter. A connection can fail at any moment (a
 * failover terminates them all): the failing query's caller gets the error, the failure is
 * reported once, and the pool replaces the connection when one is next needed.
 */
export function createPostgresPool(databaseUrl: string, onConnectionError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Notices a peer that vanished without closing the connection (a failed-over host).
    keepAlive: true,
    Client: guardedClient(onConnectionError) as unknown as new () => pg.ClientBase,
  });
  // The pool re-emits an idle client's error, which the client's own listener has reported.
  pool.on('error', () => {});
  return pool;
}

/** The pool's use now, for metrics. */
export function poolUseOf(pool: pg.Pool): PoolUse {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
