import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What is known about the HTTP request being served, filled in as it becomes known: its id
 * at once, the caller after authentication, the operation once GraphQL has read it. Log lines
 * and metrics read it at the time they are written, so a line written before the operation
 * is known simply lacks it.
 */
export interface RequestScope {
  readonly requestId: string;
  /** Null for an operator acting on no tenant. */
  tenantId?: string | null;
  /** The principal's subject (a JWT's subject, `apikey:<id>`): never a secret. */
  caller?: string;
  /** How the caller authenticated: jwt, api-key, development. */
  credential?: string;
  /** The operation's name as logged (clipped); absent for an anonymous one. */
  operationName?: string;
  /** Whether GraphQL resolved the operation (it parsed and passed validation): only then is its name a metric label. */
  operationResolved: boolean;
  /** The code of the answer's first GraphQL or request error, when it has one. */
  errorCode?: string;
  /** The results of batch items, by root field and result (`created`, `536`, ...). */
  readonly batchItems: Map<string, Map<string, number>>;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function newRequestScope(requestId: string): RequestScope {
  return { requestId, operationResolved: false, batchItems: new Map() };
}

/** Runs `work` (and everything it starts) as part of the request `scope` describes. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served here, if any (none in command-line tools and at start-up). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The fields every log line of the request carries. */
export function requestLogFields(scope: RequestScope): Record<string, unknown> {
  const fields: Record<string, unknown> = { requestId: scope.requestId };
  if (scope.tenantId !== undefined) fields.tenantId = scope.tenantId;
  if (scope.caller !== undefined) fields.caller = scope.caller;
  if (scope.credential !== undefined) fields.credential = scope.credential;
  if (scope.operationName !== undefined) fields.operationName = scope.operationName;
  return fields;
}

/** Counts `count` items of batch field `field` with result `result`. */
export function countBatchItems(scope: RequestScope, field: string, result: string, count = 1): void {
  let results = scope.batchItems.get(field);
  if (!results) scope.batchItems.set(field, (results = new Map<string, number>()));
  results.set(result, (results.get(result) ?? 0) + count);
}
