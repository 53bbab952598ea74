import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getVariableValues, Kind, valueFromASTUntyped, type FieldNode } from 'graphql';
import { introspectionEnabled, type Config } from '../config/env.ts';
import { requestError } from '../errors/request-errors.ts';
import { assertRequestSize, type RequestSize } from '../modules/batch/request-budget.ts';
import { countListElements } from '../protocol/request-size.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { rootFieldRules } from './field-rules.ts';
import { estimatedCost } from './operation-cost.ts';
import { variablesWithDefaults } from './operation-variables.ts';
import { rootFields } from './root-fields.ts';
import { assertRequestText } from './request-text.ts';
import { MAX_SELECTION_NESTING, selectionNestingRule } from './selection-nesting.ts';

/**
 * GraphQL armor's static limits, checked while the document is validated, so that they
 * refuse (400) before any resolver runs: depth, aliases, directives; and first, how deep
 * selections nest through fragments (selection-nesting.ts). Tokens are counted by
 * graphql-js's own parser (`parseOptions` below), which stops reading at the limit; armor's
 * token plugin throws where Apollo answers 500. Query cost is ours (requestLimitsPlugin):
 * armor's cost rule does not see variables or default page sizes.
 */
export function armorProtection(config: Config) {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: config.MAX_DEPTH },
    maxAliases: { n: config.MAX_ALIASES },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    costLimit: { enabled: false },
    // Suggestions ("Did you mean ...") would describe a schema that introspection hides.
    blockFieldSuggestion: { enabled: !introspectionEnabled(config) },
  }).protect();
  // Before armor's rules: they, like graphql-js's, recurse through fragment spreads.
  return { ...armor, validationRules: [selectionNestingRule(MAX_SELECTION_NESTING), ...armor.validationRules] };
}

/** The parser's own limit: a document of more tokens is refused while it is read. */
export const parseOptions = (config: Config) => ({ maxTokens: config.MAX_TOKENS });

/**
 * Limits that depend on the operation and its variables, checked once the operation is
 * known and before it executes: batch items across every batch field and alias of the
 * request, list elements across all its arguments, and the estimated cost.
 */
export function requestLimitsPlugin(config: Config): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          // Counted as sent: validation has held the literals to their types, and variables
          // are walked without recursion, however deep the caller nested them.
          const sent = request.variables ?? {};
          const variables = variablesWithDefaults(operation, sent);
          const rules = rootFieldRules(schema);
          const size: RequestSize = { items: 0, values: 0 };
          const itemsByField = new Map<FieldNode, number>();
          // The cost estimate needs only how many items a batch has, not the items themselves:
          // it gets empty lists for them, so that it need not coerce a thousand items.
          const costVariables = { ...sent };
          for (const field of rootFields(schema, operation, document, variables)) {
            const batchItems = rules.get(`${field.rootType.name}.${field.name}`)?.batchItems;
            for (const argument of field.node.arguments ?? []) {
              const value = valueFromASTUntyped(argument.value, variables);
              size.values += countListElements(value);
              if (argument.name.value !== batchItems) continue;
              const items = Array.isArray(value) ? value.length : value == null ? 0 : 1;
              size.items += items;
              itemsByField.set(field.node, items);
              if (argument.value.kind === Kind.VARIABLE && Array.isArray(value)) costVariables[argument.value.name.value] = [];
            }
          }
          assertRequestSize(size, config);
          assertRequestText(schema, document, sent);

          let cost: number;
          try {
            cost = estimatedCost(schema, document, operation, costVariables, itemsByField);
          } catch {
            // Variables that do not fit their types fail execution before any resolver runs,
            // with the usual BAD_USER_INPUT: leave them to it.
            if (getVariableValues(schema, operation.variableDefinitions ?? [], sent).errors) return;
            throw requestError('BAD_REQUEST', 'the operation is too large to estimate its cost', {
              reason: 'QUERY_TOO_COSTLY',
              maxCost: config.MAX_COST,
            });
          }
          if (cost > config.MAX_COST) {
            // A cost kept from an earlier request skips the coercion the estimate does: a request
            // whose variables do not fit gets BAD_USER_INPUT, as when its cost is estimated anew.
            if (getVariableValues(schema, operation.variableDefinitions ?? [], costVariables).errors) return;
            throw requestError(
              'BAD_REQUEST',
              `the operation's estimated cost is ${cost}, over the limit of ${config.MAX_COST}: ask for smaller pages or fewer nested fields`,
              {
                reason: 'QUERY_TOO_COSTLY',
                cost,
                maxCost: config.MAX_COST,
              },
            );
          }
        },
      };
    },
  };
}
