// Where the app sends its requests and as whom: kept in the browser's localStorage. With no
// token, the quick start's development mode answers as the demo tenant's admin.
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
    return { ...DEFAULTS, ...stored };
  } catch {
    return DEFAULTS;
  }
}

export function saveConnection(connection: Connection): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(connection));
}

export function connectionHeaders({ token, tenant }: Connection): Record<string, string> {
  return {
    ...(token.trim() ? { authorization: `Bearer ${token.trim()}` } : {}),
    ...(tenant.trim() ? { 'x-tenant-id': tenant.trim() } : {}),
  };
}
