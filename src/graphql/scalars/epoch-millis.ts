import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { describeValue } from './describe-value.ts';
import { epochMillisFrom } from '../../modules/attributes/values.ts';

/** Parses epoch milliseconds (number or digit string) or an ISO-8601 text into bigint milliseconds. */
export function parseEpochMillis(value: unknown): bigint {
  const millis = epochMillisFrom(value);
  if (millis !== null) return millis;
  throw new GraphQLError(
    `EpochMillis expects whole epoch milliseconds or an ISO-8601 date-time with a time zone, got ${describeValue(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

export const EpochMillis = new GraphQLScalarType<bigint, number>({
  name: 'EpochMillis',
  serialize: (value) => Number(value),
  parseValue: parseEpochMillis,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parseEpochMillis(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    return parseEpochMillis(ast.kind);
  },
});
