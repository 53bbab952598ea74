import type { DocumentNode, FieldNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator } from './query-cost.ts';
import { perDocument } from './per-document.ts';

// Costs of an operation already estimated, by what the estimate reads of a request.
const MAX_COSTS_PER_DOCUMENT = 64;
const estimatedCosts = perDocument(() => new Map<string, number>());

/**
 * What an estimate of the operation depends on besides its document: page sizes (`first`,
 * `last`: numbers), `@skip`/`@include` conditions (booleans), variables left null, and the
 * number of items of each batch. Text variables (URIs, names, enums) and lists or objects
 * sent as variables are not read by the estimate (query-cost.ts), so they are not in the key
 * and requests that differ only in them share it.
 */
function estimateKey(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  batchItems: ReadonlyMap<FieldNode, number>,
) {
  const read = Object.entries(variables)
    .filter(([, value]) => value === null || typeof value === 'number' || typeof value === 'boolean')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([operation.name?.value ?? null, read, [...batchItems.values()]]);
}

/**
 * The estimated cost of the operation (see costEstimator), computed once per document and
 * key: Apollo hands every request sending the same text the same document object. Throws as
 * getComplexity does when the variables do not fit their types; such results are not kept.
 */
export function estimatedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  batchItems: ReadonlyMap<FieldNode, number>,
): number {
  const costs = estimatedCosts(schema, document);
  const key = estimateKey(operation, variables, batchItems);
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName: operation.name?.value,
      estimators: [costEstimator(schema, batchItems)],
    });
    // Numbers sent as variables are the caller's to vary: a document keeps a bounded set.
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, cost);
  }
  return cost;
}
