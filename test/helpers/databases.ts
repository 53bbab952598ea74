import { describe } from 'vitest';
import type { Provider } from '../../src/config/database-url.ts';

/**
 * The PostgreSQL server the PostgreSQL suite runs on: set TEST_POSTGRES_URL to run it.
 * When it is set, an unreachable server fails the suite; it is never skipped silently.
 */
export const testPostgresUrl = process.env.TEST_POSTGRES_URL || '';

/** The providers this run tests: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const testedProviders: Provider[] = testPostgresUrl ? ['sqlite', 'postgresql'] : ['sqlite'];

/** Declares the same suite once per tested provider; its tests run together (each in a tenant of its own). */
export function describeEachDatabase(name: string, suite: (provider: Provider) => void): void {
  for (const provider of testedProviders) describe(`${name} [${provider}]`, () => suite(provider));
}

/** The same, for a suite whose tests share state and must run one at a time. */
describeEachDatabase.sequential = (name: string, suite: (provider: Provider) => void): void => {
  for (const provider of testedProviders) describe.sequential(`${name} [${provider}]`, () => suite(provider));
};
