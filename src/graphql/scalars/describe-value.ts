import { quote } from '../../errors/quote.ts';

/**
 * A value a scalar refuses, for its message: primitives quoted, lists and objects only named,
 * since quoting one nested 100,000 deep would overflow the stack (JSON.stringify recurses).
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return quote(value);
}
