// Request-wide rules alone: counting what a request asks for, clipping quoted values, JWT claims.
import { describe, expect, it } from 'vitest';
import { clip, clipMessage, quote } from '../../src/errors/quote.ts';
import { roleFromClaim, tenantScopeFromClaim } from '../../src/modules/access/claims.ts';
import { includesRole } from '../../src/modules/access/roles.ts';
import { assertRequestSize } from '../../src/modules/batch/request-budget.ts';
import { countListElements } from '../../src/protocol/request-size.ts';

describe('request size', () => {
  it('counts every list element at every depth, without recursion', () => {
    expect(countListElements([{ attributes: [{ values: [1, 2] }], members: [{ members: [{}, {}] }] }])).toBe(1 + 1 + 2 + 1 + 2);
    expect(countListElements('text')).toBe(0);
    let deep: unknown = [];
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    expect(countListElements(deep)).toBe(100_000);
  });

  it('refuses a request over the batch limit or the values limit, naming which', () => {
    const limits = { MAX_BATCH_SIZE: 10, MAX_REQUEST_VALUES: 100 };
    expect(() => assertRequestSize({ items: 10, values: 100 }, limits)).not.toThrow();
    expect(() => assertRequestSize({ items: 11, values: 0 }, limits)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'BATCH_TOO_LARGE' }) }),
    );
    expect(() => assertRequestSize({ items: 0, values: 101 }, limits)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'REQUEST_TOO_LARGE' }) }),
    );
  });
});

describe('quoting values in messages', () => {
  it('quotes short values whole and long ones by a prefix with their length', () => {
    expect(quote('short')).toBe('"short"');
    expect(quote({ a: 1 })).toBe('{"a":1}');
    expect(quote('y'.repeat(100))).toBe(`"${'y'.repeat(60)}"… (100 characters)`);
    expect(clip('EMP_600000')).toBe('EMP_600000');
    expect(clip('z'.repeat(61))).toBe(`${'z'.repeat(60)}… (61 characters)`);
  });

  it('clips long quoted strings and runs in messages written elsewhere, keeping URIs whole', () => {
    const uri = 'configuration/interactionTypes/Meeting/participants/Organizers';
    expect(clipMessage(`${uri} was taken as ${uri}`)).toBe(`${uri} was taken as ${uri}`);
    expect(clipMessage(`found "${'x'.repeat(1000)}"`)).toBe(`found "${'x'.repeat(60)}…"`);
    expect(clipMessage(`found "${'x'.repeat(100_000)}`).length).toBeLessThan(100);
    expect(clipMessage(`value ${'1'.repeat(5000)}`).length).toBeLessThan(100);
  });
});

describe('roles and tenants from claims', () => {
  it('takes the highest known role of a list or a space-separated claim', () => {
    expect(roleFromClaim(['offline_access', 'writer', 'reader'])).toBe('writer');
    expect(roleFromClaim('reader admin')).toBe('admin');
    expect(() => roleFromClaim(['viewer'])).toThrow(/none of the roles/);
    expect(includesRole('admin', 'writer')).toBe(true);
    expect(includesRole('writer', 'admin')).toBe(false);
  });

  it('gives one tenant to everyone but operators, who may name several or all', () => {
    expect(tenantScopeFromClaim('acme', 'writer')).toEqual({ kind: 'one', tenantId: 'acme' });
    expect(() => tenantScopeFromClaim(['acme', 'umbrella'], 'admin')).toThrow(/only operator/);
    expect(() => tenantScopeFromClaim(undefined, 'reader')).toThrow(/names no tenant/);
    expect(() => tenantScopeFromClaim('bad/tenant', 'reader')).toThrow(/not valid/);
    expect(tenantScopeFromClaim(['acme', 'umbrella'], 'operator')).toEqual({ kind: 'some', tenantIds: ['acme', 'umbrella'] });
    expect(tenantScopeFromClaim('*', 'operator')).toEqual({ kind: 'all' });
  });
});
