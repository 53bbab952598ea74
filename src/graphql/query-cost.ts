import { getNullableType, isListType, type FieldNode, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { rootFieldRules } from './field-rules.ts';
import { DEFAULT_PAGE_SIZE } from '../modules/paging/pagination.ts';

/**
 * What a list without a page size is assumed to hold (attributes, values, member groups,
 * members, crosswalks). Small on purpose: most objects have a few of each, and the cost
 * model's job is to stop nesting from multiplying, which it does whatever this number is.
 */
export const ASSUMED_LIST_SIZE = 5;

/**
 * The cost of a field: itself plus its selections, times how many times it can occur. A paged
 * field (`first` / `last`) occurs as often as the page asks (the connection's edges and nodes
 * are that page); a batch mutation's results as often as its items; another list, the
 * assumed size. The cost of an operation is thus about the number of fields it can answer.
 */
export function costEstimator(schema: GraphQLSchema, batchItems: ReadonlyMap<FieldNode, number>): ComplexityEstimator {
  const rules = rootFieldRules(schema);
  return ({ type, field, node, args, childComplexity }) => {
    const own = 1 + childComplexity;
    if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
      const page = [args.first, args.last].find((size): size is number => typeof size === 'number');
      return own * Math.max(page ?? DEFAULT_PAGE_SIZE, 1);
    }
    if (!isListType(getNullableType(field.type)) || type.name.endsWith('Connection')) return own;
    // Batch items were counted before (they need not be coerced again to be counted).
    const items = rules.get(`${type.name}.${field.name}`)?.batchItems ? batchItems.get(node) : undefined;
    return own * (items === undefined ? ASSUMED_LIST_SIZE : Math.max(items, 1));
  };
}
