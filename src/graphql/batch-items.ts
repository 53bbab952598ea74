// Per-item tolerance of batch arguments. GraphQL coerces variables before anything runs and
// refuses the whole request when one value does not fit, so one malformed item of a thousand
// would lose the other 999. Items of a @batch argument sent as one variable are coerced here
// one by one instead: an item that does not fit becomes an error on that item (MALFORMED_ITEM,
// with its path; INVALID_TEXT for text that breaks src/protocol/text-rules.ts) and a
// placeholder the executor accepts, and the resolver hands the service a MalformedItem in its
// place.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { problem, type Problem } from '../errors/catalog.ts';
import { clip } from '../errors/quote.ts';
import { findTextFaults } from '../protocol/text-rules.ts';
import { MalformedItem, type BatchItem } from '../modules/batch/malformed-item.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { rootFieldRules } from './field-rules.ts';
import { variablesWithDefaults } from './operation-variables.ts';
import { rootFields } from './root-fields.ts';

type ItemProblems = Map<number, Problem[]>;

// Per request (its context object), per variable: the problems of each malformed item.
const malformedByRequest = new WeakMap<object, Map<string, ItemProblems>>();

// graphql-js reports a missing or unknown field at the object; the caller wants the field.
const NAMED_FIELD = /^Field "([^"]+)" (?:of required type .* was not provided|is not defined by type)/;

// An item of a million unknown fields is one malformed item, not a million problems.
const MAX_PROBLEMS_PER_ITEM = 10;

class TooManyProblems extends Error {}

function itemProblems(item: unknown, itemType: GraphQLInputType, suggestions: boolean): Problem[] {
  const problems: Problem[] = [];
  try {
    coerceInputValue(item, itemType, (path, _invalid, error) => {
      if (problems.length === MAX_PROBLEMS_PER_ITEM) throw new TooManyProblems();
      const field = NAMED_FIELD.exec(error.message)?.[1];
      const message = suggestions ? error.message : error.message.replace(/ Did you mean .*$/, '');
      const at = (field ? [...path, field] : [...path]).map((segment) => (typeof segment === 'string' ? clip(segment) : segment));
      problems.push(problem('MALFORMED_ITEM', message, at));
    });
  } catch (error) {
    if (!(error instanceof TooManyProblems)) throw error;
    problems.push(problem('MALFORMED_ITEM', `the item has more problems than these ${MAX_PROBLEMS_PER_ITEM}; the rest are not listed`));
  }
  // Text is read as sent: a NUL or an unpaired surrogate would be stored altered, or not at all.
  for (const fault of findTextFaults(item, Math.max(0, MAX_PROBLEMS_PER_ITEM - problems.length))) {
    problems.push(
      problem(
        'INVALID_TEXT',
        fault.reason,
        fault.path.map((segment) => (typeof segment === 'string' ? clip(segment) : segment)),
      ),
    );
  }
  return problems;
}

/** The smallest value of a non-null input type that coerces: what stands in for a malformed item. */
function placeholderOf(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, placeholderOf(field.type)]));
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  for (const candidate of ['', 0, false]) {
    try {
      inner.parseValue(candidate);
      return candidate;
    } catch {
      // the scalar refuses this one: try the next
    }
  }
  throw new Error(`no placeholder value for scalar ${inner.name}`);
}

/** The declared type of an operation's variable. */
function declaredType(schema: GraphQLSchema, operation: OperationDefinitionNode, variable: string): GraphQLInputType | undefined {
  const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === variable);
  return definition && (typeFromAST(schema, definition.type) as GraphQLInputType | undefined);
}

/** The element type of a list type, nullable or not. */
function elementType(type: GraphQLInputType | undefined): GraphQLInputType | null {
  const list = type && isNonNullType(type) ? type.ofType : type;
  return list && isListType(list) ? list.ofType : null;
}

/** The problems of each item a variable holds (a batch's list, or one item of a list written in the document), by position. */
function variableItemProblems(sent: unknown, itemType: GraphQLInputType, isList: boolean, suggestions: boolean) {
  // GraphQL reads a lone value where a list is due as a list of one.
  const items: unknown[] = isList && Array.isArray(sent) ? sent : [sent];
  const problems: ItemProblems = new Map();
  const readable = items.map((item, index) => {
    const found = itemProblems(item, itemType, suggestions);
    if (!found.length) return item;
    problems.set(index, found);
    return placeholderOf(itemType);
  });
  return { problems, value: isList ? readable : readable[0] };
}

/**
 * Coerces the items of every batch argument one by one, just before execution (after the
 * request's limits have been checked), and replaces the malformed ones: items of a batch sent
 * as one list variable, and items of a list written in the document that are each a variable
 * (`[$first, $second]`). Items written in the document itself are checked with the document.
 * Field suggestions ("Did you mean") are left out when introspection is off.
 */
export function batchItemsPlugin(suggestions: boolean): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ schema, operation, document, request, contextValue }) {
          const sent = request.variables;
          if (!operation || !sent) return;
          const rules = rootFieldRules(schema);
          const malformed = new Map<string, ItemProblems>();
          let variables = sent;
          const check = (name: string, isList: boolean) => {
            const declared = declaredType(schema, operation, name);
            const itemType = isList ? elementType(declared) : (declared ?? null);
            if (malformed.has(name) || sent[name] == null || !itemType) return;
            const { problems, value } = variableItemProblems(sent[name], itemType, isList, suggestions);
            malformed.set(name, problems);
            if (problems.size) variables = { ...variables, [name]: value };
          };
          for (const field of rootFields(schema, operation, document, variablesWithDefaults(operation, sent))) {
            const argumentName = rules.get(`${field.rootType.name}.${field.name}`)?.batchItems;
            const value = field.node.arguments?.find((candidate) => candidate.name.value === argumentName)?.value;
            if (value?.kind === Kind.VARIABLE) check(value.name.value, true);
            if (value?.kind === Kind.LIST) for (const item of value.values) if (item.kind === Kind.VARIABLE) check(item.name.value, false);
          }
          if (variables === sent) return;
          request.variables = variables;
          malformedByRequest.set(contextValue, malformed);
        },
      };
    },
  };
}

/** The items of the batch field being resolved, each malformed one (see batchItemsPlugin) as a MalformedItem. */
export function batchItems<T>(ctx: ServiceContext, info: GraphQLResolveInfo, items: readonly T[]): Array<BatchItem<T>> {
  const malformed = malformedByRequest.get(ctx);
  if (!malformed) return [...items];
  const argumentName = rootFieldRules(info.schema).get(`${info.parentType.name}.${info.fieldName}`)?.batchItems;
  const value = info.fieldNodes[0]?.arguments?.find((candidate) => candidate.name.value === argumentName)?.value;
  const problemsAt = (index: number): Problem[] | undefined => {
    if (value?.kind === Kind.VARIABLE) return malformed.get(value.name.value)?.get(index);
    const item = value?.kind === Kind.LIST ? value.values[index] : undefined;
    return item?.kind === Kind.VARIABLE ? malformed.get(item.name.value)?.get(0) : undefined;
  };
  return items.map((item, index) => {
    const found = problemsAt(index);
    return found ? new MalformedItem(found) : item;
  });
}
