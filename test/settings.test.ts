import { describe, expect, it } from 'vitest';
import { ConfigError, developmentMode, introspectionEnabled, listenHost, loadConfig, loadsDemo } from '../src/config/env.ts';

const SQLITE = { DATABASE_URL: 'file:./data/x.db' };
const POSTGRES = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/x' };
const JWT = { JWT_SECRET: 'a'.repeat(40), JWT_ISSUER: 'https://issuer', JWT_AUDIENCE: 'interactions' };

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the settings were accepted');
};

describe('settings of credentials, development mode and limits', () => {
  it('turns development mode on only for the embedded SQLite quick start, by default', () => {
    expect(developmentMode(loadConfig({}))).toBe(true);
    expect(loadsDemo(loadConfig({}))).toBe(true);
    expect(developmentMode(loadConfig(POSTGRES))).toBe(false);
    expect(loadsDemo(loadConfig(POSTGRES))).toBe(false);
    expect(developmentMode(loadConfig({ ...SQLITE, NODE_ENV: 'production' }))).toBe(false);
    expect(developmentMode(loadConfig({ ...SQLITE, DEV_MODE: 'false' }))).toBe(false);
    // On PostgreSQL only when asked for.
    expect(developmentMode(loadConfig({ ...POSTGRES, DEV_MODE: 'true' }))).toBe(true);
  });

  it('listens on loopback only in development mode, unless HOST says otherwise', () => {
    expect(listenHost(loadConfig({}))).toBe('127.0.0.1');
    expect(listenHost(loadConfig(POSTGRES))).toBe('0.0.0.0');
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
  });

  it('makes development mode impossible with NODE_ENV=production', () => {
    expect(refusal({ ...SQLITE, NODE_ENV: 'production', DEV_MODE: 'true' })).toMatch(
      /^invalid DEV_MODE="true": development mode is impossible with NODE_ENV=production/,
    );
    expect(refusal({ ...SQLITE, NODE_ENV: 'Production', DEV_MODE: 'true' })).toMatch(/^invalid DEV_MODE=/);
    expect(developmentMode(loadConfig({ ...SQLITE, NODE_ENV: 'prod' }))).toBe(false);
  });

  it('refuses a renamed setting with its new name rather than ignoring it', () => {
    expect(refusal({ MAX_MEMBERS_PER_TYPE: '10' })).toBe('invalid MAX_MEMBERS_PER_TYPE="10": renamed to MAX_MEMBERS_PER_PARTICIPANT');
    expect(loadConfig({ MAX_MEMBERS_PER_PARTICIPANT: '10' }).MAX_MEMBERS_PER_PARTICIPANT).toBe(10);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(introspectionEnabled(loadConfig({}))).toBe(true);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig({ INTROSPECTION: 'false' }))).toBe(false);
  });

  it('requires an issuer and an audience with any JWT key, and one key source only', () => {
    expect(loadConfig({ ...JWT }).JWT_ISSUER).toBe('https://issuer');
    expect(refusal({ JWT_SECRET: JWT.JWT_SECRET, JWT_AUDIENCE: 'x' })).toMatch(/^invalid JWT_ISSUER=/);
    expect(refusal({ JWT_JWKS_URL: 'https://keys.example/jwks.json', JWT_ISSUER: 'x' })).toMatch(/^invalid JWT_AUDIENCE=/);
    expect(refusal({ ...JWT, JWT_JWKS_FILE: '/keys.json' })).toMatch(/^invalid JWT_JWKS_FILE=.*one JWT key source/);
    expect(refusal({ JWT_JWKS_URL: 'ftp://keys', JWT_ISSUER: 'x', JWT_AUDIENCE: 'y' })).toMatch(/^invalid JWT_JWKS_URL=/);
    // Keys fetched in clear text could be swapped on the way: https, or a key server on this machine.
    expect(refusal({ JWT_JWKS_URL: 'http://idp.example/jwks.json', JWT_ISSUER: 'x', JWT_AUDIENCE: 'y' })).toMatch(
      /^invalid JWT_JWKS_URL=.*https/,
    );
    expect(loadConfig({ JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks.json', JWT_ISSUER: 'x', JWT_AUDIENCE: 'y' }).JWT_JWKS_URL).toBe(
      'http://127.0.0.1:8080/jwks.json',
    );
  });

  it('refuses a short HS256 secret without echoing it', () => {
    const message = refusal({ ...JWT, JWT_SECRET: 'short-secret' });
    expect(message).toMatch(/^invalid JWT_SECRET=\(hidden\): /);
    expect(message).not.toContain('short-secret');
  });

  it('reads limits and CORS origins, refusing what is not one', () => {
    const config = loadConfig({ MAX_DEPTH: '8', RATE_LIMIT_REQUESTS: '0', CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' });
    expect(config).toMatchObject({
      MAX_DEPTH: 8,
      RATE_LIMIT_REQUESTS: 0,
      CORS_ORIGINS: ['https://app.example.com', 'http://localhost:5173'],
    });
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(refusal({ CORS_ORIGINS: 'app.example.com' })).toMatch(/^invalid CORS_ORIGINS=/);
    expect(refusal({ MAX_COST: '0' })).toMatch(/^invalid MAX_COST=/);
  });
});
