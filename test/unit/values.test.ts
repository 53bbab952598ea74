// The value rules alone: what each value type accepts, its canonical text, and what reads return.
import { describe, expect, it } from 'vitest';
import { canonicalValue, epochMillisOf, isBlankValue, typedValue } from '../../src/modules/attributes/values.ts';

const accepted = (valueType: Parameters<typeof canonicalValue>[0], raw: unknown) => {
  const checked = canonicalValue(valueType, raw);
  return checked.ok ? checked.text : `refused: ${checked.reason}`;
};

describe('attribute values', () => {
  it('takes strings as they are (numbers and booleans as their text), up to 2,000 bytes and without NUL', () => {
    expect(accepted('STRING', 'Hobbiton')).toBe('Hobbiton');
    expect(accepted('STRING', '')).toBe('');
    expect(accepted('STRING', 'é'.repeat(1000))).toBe('é'.repeat(1000));
    expect(accepted('STRING', 'é'.repeat(1001))).toBe('refused: longer than 2000 bytes (UTF-8)');
    expect(accepted('STRING', 'a\u0000b')).toMatch(/^refused: .*NUL/);
    expect(accepted('STRING', 42)).toBe('42');
    expect(accepted('STRING', 2.5)).toBe('2.5');
    expect(accepted('STRING', false)).toBe('false');
    expect(accepted('STRING', ' padded ')).toBe(' padded ');
    expect(accepted('STRING', {})).toBe('refused: expected a string');
    // 12345678901234567890 arrives as 12345678901234567000: refused rather than stored wrong.
    expect(accepted('STRING', JSON.parse('12345678901234567890'))).toBe('refused: expected a string');
  });

  it('takes whole numbers for INTEGER, as numbers or digit strings, within the safe range', () => {
    expect(accepted('INTEGER', 42)).toBe('42');
    expect(accepted('INTEGER', ' -7 ')).toBe('-7');
    expect(accepted('INTEGER', '3')).toBe('3');
    expect(accepted('INTEGER', '+3')).toBe('3');
    for (const refused of [4.5, '4.5', 2 ** 53, true, '0x10', '1e3', '3 4'])
      expect(accepted('INTEGER', refused)).toMatch(/^refused: expected a whole number/);
  });

  it('takes finite numbers for FLOAT, and canonicalises them', () => {
    expect(accepted('FLOAT', 12.5)).toBe('12.5');
    expect(accepted('FLOAT', '1e3')).toBe('1000');
    expect(accepted('FLOAT', ' -.5 ')).toBe('-0.5');
    for (const refused of ['', 'abc', '0x10', 'Infinity', 'NaN', Number.NaN, true])
      expect(accepted('FLOAT', refused)).toBe('refused: expected a number in decimal notation');
  });

  it('takes true and false for BOOLEAN, as booleans or their text', () => {
    expect(accepted('BOOLEAN', true)).toBe('true');
    expect(accepted('BOOLEAN', 'false')).toBe('false');
    expect(accepted('BOOLEAN', ' TRUE ')).toBe('true');
    expect(accepted('BOOLEAN', 'yes')).toBe('refused: expected true or false');
    expect(accepted('BOOLEAN', 1)).toBe('refused: expected true or false');
  });

  it('takes real calendar dates for DATE', () => {
    expect(accepted('DATE', '2012-02-29')).toBe('2012-02-29');
    expect(accepted('DATE', '2013-02-29')).toBe('refused: expected a date as YYYY-MM-DD');
    expect(accepted('DATE', '2012-13-01')).toBe('refused: expected a date as YYYY-MM-DD');
    expect(accepted('DATE', '2012-1-1')).toBe('refused: expected a date as YYYY-MM-DD');
  });

  it('takes epoch milliseconds or a zoned ISO-8601 date-time for TIMESTAMP, stored as milliseconds', () => {
    expect(accepted('TIMESTAMP', 1338580800000)).toBe('1338580800000');
    expect(accepted('TIMESTAMP', '1338580800000')).toBe('1338580800000');
    expect(accepted('TIMESTAMP', '2012-06-01T20:00:00Z')).toBe('1338580800000');
    expect(accepted('TIMESTAMP', '2012-06-01T22:00:00+02:00')).toBe('1338580800000');
    expect(accepted('TIMESTAMP', '2012-06-01')).toBe('1338508800000');
    expect(accepted('TIMESTAMP', '2012-06-01T20:00:00')).toMatch(/^refused: .*time zone/);
    for (const impossible of [
      '2024-02-30',
      '2024-02-30T10:00:00Z',
      '2024-05-01T24:00:00Z',
      '2024-05-01T10:60:00Z',
      '2024-05-01T10:00:00+25:00',
    ])
      expect(accepted('TIMESTAMP', impossible)).toMatch(/^refused/);
    expect(accepted('TIMESTAMP', '8640000000000000')).toBe('8640000000000000');
    expect(accepted('TIMESTAMP', '9999999999999999')).toMatch(/^refused/);
    expect(accepted('TIMESTAMP', 2 ** 53)).toMatch(/^refused/);
  });

  it('counts empty and blank strings as no value', () => {
    expect([isBlankValue(''), isBlankValue(' \t'), isBlankValue('0'), isBlankValue(0), isBlankValue(null)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('reads canonical text back as the typed value, and dates and timestamps as epoch milliseconds', () => {
    expect(typedValue('INTEGER', '42')).toBe(42);
    expect(typedValue('BOOLEAN', 'false')).toBe(false);
    expect(typedValue('DATE', '2012-06-01')).toBe('2012-06-01');
    expect(epochMillisOf('DATE', '2012-06-01')).toBe(1338508800000n);
    expect(epochMillisOf('TIMESTAMP', '1338580800000')).toBe(1338580800000n);
  });
});
