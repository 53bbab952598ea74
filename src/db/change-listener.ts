import pg from 'pg';
import type { Logger } from '../logging/logger.ts';

/** The PostgreSQL channel every API process listens on; the payload is the tenant's id. */
const CHANGE_CHANNEL = 'interactions_changes';

// How soon a lost listening connection is replaced: the first retry at once, then backing off.
const RECONNECT_DELAYS_MS = [0, 500, 1_000, 2_000, 5_000];

export interface ChangeListener {
  /** Tells every listening process (this one too) that the tenant's stream has grown; lost while disconnected. */
  notify(tenantId: string): void;
  close(): Promise<void>;
}

/**
 * Listens on PostgreSQL for the change stream's notifications (see changeLogStatements), on a
 * connection of its own: `changed(tenantId)` for each, `resumed()` whenever listening starts
 * again after the connection was lost (notifications sent meanwhile are gone). A failing
 * connection is logged and replaced, never an unhandled error.
 */
export function listenForChanges(
  databaseUrl: string,
  handlers: { changed(tenantId: string): void; resumed(): void },
  logger: Logger,
): ChangeListener {
  let client: pg.Client | undefined;
  let closing = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    if (closing || retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)]!;
    failures++;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
  };

  const connect = async () => {
    // TCP keep-alive: a connection whose peer vanished (a failover) is noticed and replaced.
    const connection = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = connection;
    // Events of a connection already replaced are no longer this listener's business.
    const current = () => connection === client && !closing;
    connection.on('error', (error) => {
      if (!current()) return;
      logger.warn({ err: error }, 'the change stream lost its PostgreSQL listening connection: reconnecting');
      reconnectLater();
    });
    connection.on('end', () => {
      if (current()) reconnectLater();
    });
    connection.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) handlers.changed(message.payload);
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (closing) return void (await connection.end().catch(() => {}));
      if (failures) logger.info('the change stream listens on PostgreSQL again');
      failures = 0;
      handlers.resumed();
    } catch (error) {
      logger.warn({ err: error }, 'the change stream could not listen on PostgreSQL: retrying');
      await connection.end().catch(() => {});
      reconnectLater();
    }
  };

  void connect();
  return {
    notify: (tenantId) => {
      // Readers elsewhere fall back to their bounded wait when a notification cannot be sent.
      if (!client || closing) return;
      client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, tenantId]).catch(() => {});
    },
    close: async () => {
      closing = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
