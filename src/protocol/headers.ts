// The HTTP headers of the API beyond credentials, as HTTP matches them (lower case): the
// service reads and writes them, and its own clients (the file loader) send and read them.

/** The tenant an operator's request acts on. */
export const TENANT_HEADER = 'x-tenant-id';
/** Reltio's header: the source system a request speaks for. */
export const SOURCE_SYSTEM_HEADER = 'source-system';
/** Names a retry-safe mutation: the same key and request within the retention answer once. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set to `true` on an answer given again for an Idempotency-Key rather than run again. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
