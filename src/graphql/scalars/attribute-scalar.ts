import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { describeValue } from './describe-value.ts';

function accept(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new GraphQLError(`an attribute value is a string, number or boolean, got ${describeValue(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A typed attribute value; which of string, number and boolean is checked against the attribute's type later. */
export const AttributeScalar = new GraphQLScalarType<string | number | boolean, string | number | boolean>({
  name: 'AttributeScalar',
  serialize: (value) => accept(value),
  parseValue: accept,
  parseLiteral(ast) {
    switch (ast.kind) {
      case Kind.STRING:
        return ast.value;
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      default:
        throw new GraphQLError('an attribute value is a string, number or boolean literal', { extensions: { code: 'BAD_USER_INPUT' } });
    }
  },
});
