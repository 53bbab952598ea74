import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { clip } from '../errors/quote.ts';
import type { ItemOutcome } from '../modules/batch/item-result.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { countBatchItems, currentRequestScope, type RequestScope } from '../observability/request-scope.ts';
import { rootFieldRules } from './field-rules.ts';

/** The result label of a successful item: what its field did (createInteractions: created). */
const successOf = (field: string) => (field.startsWith('create') ? 'created' : field.startsWith('delete') ? 'deleted' : 'ok');

function countOutcomes(scope: RequestScope, field: string, outcomes: unknown): void {
  if (!Array.isArray(outcomes)) return;
  for (const outcome of outcomes as Array<ItemOutcome<unknown>>) {
    const firstError = outcome.errors[0];
    countBatchItems(scope, field, firstError ? String(firstError.code) : successOf(field));
  }
}

/**
 * Counts the item results of every batch mutation (see countBatchItems) as its resolver
 * returns them. A wrapper on those few root fields, not a plugin's willResolveField: any
 * plugin hook on fields makes Apollo wrap every resolver of the schema, for every request.
 */
export function countingBatchOutcomes(schema: GraphQLSchema): GraphQLSchema {
  const rules = rootFieldRules(schema);
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || !rules.get(`Mutation.${field.name}`)?.batchItems) continue;
    field.resolve = async (source, args, context, info) => {
      const outcomes: unknown = await resolve(source, args, context, info);
      const scope = currentRequestScope();
      if (scope) countOutcomes(scope, info.fieldName, outcomes);
      return outcomes;
    };
  }
  return schema;
}

/**
 * The request id in the extensions of the answer's internal errors: what a caller quotes to the
 * operator. An answer replayed for an Idempotency-Key keeps the id of the request that failed.
 */
function withRequestId(errors: readonly GraphQLFormattedError[], requestId: string): GraphQLFormattedError[] {
  return errors.map((error) =>
    error.extensions?.code === 'INTERNAL_SERVER_ERROR' && error.extensions.requestId === undefined
      ? { ...error, extensions: { ...error.extensions, requestId } }
      : error,
  );
}

/**
 * Writes what GraphQL learns of the request into its scope (see observeRequests): the
 * operation's name for the log lines, whether it passed validation (only then is its name
 * a metric label), the answer's error code; and gives internal
 * errors the request id. Outside an HTTP request (no scope) it does nothing.
 */
export function observabilityPlugin(): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart({ request }) {
      const scope = currentRequestScope();
      if (!scope) return;
      // Claimed by the caller: logged (clipped) from the start, a label only once resolved.
      if (request.operationName) scope.operationName = clip(request.operationName);
      return {
        async didResolveOperation({ operation }) {
          scope.operationResolved = true;
          const name = operation?.name?.value;
          if (name) scope.operationName = clip(name);
          else delete scope.operationName;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const code = result.errors?.[0]?.extensions?.code;
          if (typeof code === 'string') scope.errorCode ??= code;
          if (result.errors?.length) result.errors = withRequestId(result.errors, scope.requestId);
        },
      };
    },
  };
}
