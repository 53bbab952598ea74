// A ready urql client for the service: the kit's cache, and every request as a POST, because
// Apollo Server refuses a GET without a preflight-forcing header (CSRF prevention) and urql
// would send short queries as GET.
import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import { cacheOptions } from './cache.ts';

export interface ClientSettings {
  /** The service's GraphQL endpoint; another origin must be in its CORS_ORIGINS. Default `/graphql`. */
  url?: string;
  /** Headers of every request, read each time: `Authorization: Bearer ...`, `X-Tenant-Id`. */
  headers?: () => Record<string, string>;
  /** The fetch to send requests with (a wrapper that logs or counts them, or one for the server side). */
  fetch?: typeof fetch;
}

export function createInteractionsClient({ url = '/graphql', headers, fetch }: ClientSettings = {}): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange(cacheOptions), fetchExchange],
    fetchOptions: () => ({ headers: headers?.() ?? {} }),
    ...(fetch ? { fetch } : {}),
  });
}
