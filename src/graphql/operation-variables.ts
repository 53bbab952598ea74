import { valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';

/**
 * The variables as sent, with the operation's defaults for those not sent: what @skip and
 * @include read before execution. Not coerced: coercing a large batch is the dearest part
 * of a request's checks, and execution coerces (and refuses bad values, 400) anyway.
 */
export function variablesWithDefaults(operation: OperationDefinitionNode, sent: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}
