// Which database a DATABASE_URL names: the one setting every layer reads to pick its provider.

/** The database providers the one data model is served on. */
export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Which provider serves a database URL: PostgreSQL for postgres(ql)://, SQLite for file: URLs. */
export function providerOf(databaseUrl: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgresql';
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  throw new Error('expected a postgres:// or postgresql:// URL, or a file: URL for embedded SQLite');
}
