import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { quote } from '../../errors/quote.ts';

// A date alone is midnight UTC; a date-time must say its zone, or it would mean the server's.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(`EpochMillis expects whole epoch milliseconds or an ISO-8601 date-time, got ${quote(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Parses epoch milliseconds (number or digit string) or an ISO-8601 text into bigint milliseconds. */
export function parseEpochMillis(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string') {
    if (/^-?\d{1,16}$/.test(value)) return BigInt(value);
    if (ISO_8601.test(value)) {
      const millis = Date.parse(value);
      if (!Number.isNaN(millis)) return BigInt(millis);
    }
  }
  throw invalid(value);
}

export const EpochMillis = new GraphQLScalarType<bigint, number>({
  name: 'EpochMillis',
  serialize: (value) => Number(value),
  parseValue: parseEpochMillis,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parseEpochMillis(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw invalid(ast.kind);
  },
});
