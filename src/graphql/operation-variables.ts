import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

const coercedByOperation = new WeakMap<OperationDefinitionNode, WeakMap<object, Record<string, unknown> | null>>();

/**
 * The operation's variables coerced to their declared types (defaults applied), or null
 * when they do not fit: execution then refuses them (400) before any resolver runs. Coerced
 * values are as deep as the schema's input types, whatever the caller sent, so the checks
 * before execution may walk them. Computed once per request, for every plugin that asks.
 */
export function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> | null {
  let byRequest = coercedByOperation.get(operation);
  if (!byRequest) coercedByOperation.set(operation, (byRequest = new WeakMap()));
  if (byRequest.has(raw)) return byRequest.get(raw)!;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  const result = errors ? null : coerced;
  byRequest.set(raw, result);
  return result;
}
