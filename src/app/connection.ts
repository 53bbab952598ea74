// Where the app sends its requests and as whom. Only the endpoint and the tenant are kept (in
// localStorage); the bearer token stays in the page's memory, so no script or extension that
// can read the origin's storage later finds a credential there, and a reload asks for it again.
// With no token, the quick start's development mode answers as the demo tenant's admin.
export interface Connection {
  endpoint: string;
  token: string;
  tenant: string;
}

const STORAGE_KEY = 'interactions-example-app.connection';
const DEFAULTS: Connection = { endpoint: '/graphql', token: '', tenant: '' };

export function loadConnection(): Connection {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Connection>;
    // A token an earlier version stored is neither used nor kept.
    if ('token' in stored) saveConnection({ ...DEFAULTS, ...stored });
    return { ...DEFAULTS, endpoint: stored.endpoint ?? DEFAULTS.endpoint, tenant: stored.tenant ?? DEFAULTS.tenant };
  } catch {
    return DEFAULTS;
  }
}

export function saveConnection({ endpoint, tenant }: Connection): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ endpoint, tenant }));
}

export function connectionHeaders({ token, tenant }: Connection): Record<string, string> {
  return {
    ...(token.trim() ? { authorization: `Bearer ${token.trim()}` } : {}),
    ...(tenant.trim() ? { 'x-tenant-id': tenant.trim() } : {}),
  };
}
