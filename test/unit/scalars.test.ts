// The custom scalars alone: what they accept, and that they refuse with a short message.
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AttributeScalar } from '../../src/graphql/scalars/attribute-scalar.ts';
import { EpochMillis, parseEpochMillis } from '../../src/graphql/scalars/epoch-millis.ts';

describe('EpochMillis', () => {
  it('parses whole milliseconds, digit strings and zoned ISO-8601 into bigint milliseconds', () => {
    expect(parseEpochMillis(1338580800000)).toBe(1338580800000n);
    expect(parseEpochMillis('-1000')).toBe(-1000n);
    expect(parseEpochMillis('2012-06-01')).toBe(1338508800000n);
    expect(parseEpochMillis('2012-06-01T20:00:00.000Z')).toBe(1338580800000n);
    expect(EpochMillis.parseLiteral({ kind: Kind.INT, value: '1338580800000' })).toBe(1338580800000n);
    expect(EpochMillis.serialize(1338580800000n)).toBe(1338580800000);
  });

  it('refuses fractions, unzoned date-times and other types, quoting at most a prefix', () => {
    expect(() => parseEpochMillis(1.5)).toThrow(/EpochMillis expects/);
    expect(() => parseEpochMillis('2012-06-01T20:00:00')).toThrow(/EpochMillis expects/);
    expect(() => parseEpochMillis(true)).toThrow(/EpochMillis expects/);
    let message = '';
    try {
      parseEpochMillis('x'.repeat(100_000));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(200);
  });
});

describe('AttributeScalar', () => {
  it('takes strings, finite numbers and booleans, leaving their fit to the attribute to the service', () => {
    expect(AttributeScalar.parseValue('a')).toBe('a');
    expect(AttributeScalar.parseValue(3)).toBe(3);
    expect(AttributeScalar.parseValue(false)).toBe(false);
    expect(AttributeScalar.parseLiteral({ kind: Kind.FLOAT, value: '2.5' })).toBe(2.5);
  });

  it('refuses objects, lists, null and non-finite numbers', () => {
    for (const value of [{ value: 1 }, [1], null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => AttributeScalar.parseValue(value)).toThrow(/string, number or boolean/);
    }
    expect(() => AttributeScalar.parseLiteral({ kind: Kind.LIST, values: [] })).toThrow(/literal/);
  });
});
