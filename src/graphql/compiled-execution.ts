// Queries run as JavaScript compiled for their document (graphql-jit) instead of graphql-js
// walking the document for every object of every answer: on a timeline page of 50 that walk
// was the largest share of the CPU after the database, and compiled the page takes a fifth to
// a quarter less. Apollo takes another executor only from
// a gateway: this one serves the service's own schema, and keeps graphql-js for what must be
// answered exactly as graphql-js does (mutations, invalid variables, what cannot be compiled).
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  printSchema,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  OperationTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Compiling costs about what validating does (a millisecond for a timeline page): a document
// is compiled when it runs a second time, so that a caller sending ever new documents never
// makes the service compile, nor pushes the compiled ones out. At most this many of each.
const DOCUMENTS_KEPT = 1_000;

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
/** A document's operations by name: compiled, or null where graphql-jit could not compile one. */
type Operations = Map<string | undefined, CompiledQuery | null>;

/**
 * The variables with the operation's defaults for those not sent, as a caller would have sent
 * them: graphql-jit refuses a non-null variable left to its default, which GraphQL allows.
 */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let filled = variables;
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    const name = variable.name.value;
    if (defaultValue === undefined || name in variables) continue;
    if (filled === variables) filled = { ...variables };
    filled[name] = valueFromASTUntyped(defaultValue);
  }
  return filled;
}

/** An Apollo gateway over `schema` whose executor runs queries compiled once they repeat. */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  // Apollo hands the same parsed document for the same text (its document store); an
  // operation of a document is known by both.
  const operationsOf = (cache: LRUCache<DocumentNode, Operations>, document: DocumentNode) => {
    let operations = cache.get(document);
    if (!operations) cache.set(document, (operations = new Map()));
    return operations;
  };
  const seenOnce = new LRUCache<DocumentNode, Operations>({ max: DOCUMENTS_KEPT });
  const compiledOnes = new LRUCache<DocumentNode, Operations>({ max: DOCUMENTS_KEPT });
  /** The operation compiled, or null on its first run and for an operation graphql-jit cannot compile. */
  const compiled = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    const known = compiledOnes.get(document)?.get(operationName);
    if (known !== undefined) return known;
    const seen = operationsOf(seenOnce, document);
    if (!seen.has(operationName)) {
      seen.set(operationName, null);
      return null;
    }
    seen.delete(operationName);
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    const query = isCompiledQuery(result) ? result : null;
    operationsOf(compiledOnes, document).set(operationName, query);
    return query;
  };
  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const name = operationName ?? undefined;
    const query = operation.operation === OperationTypeNode.QUERY ? compiled(document, name) : null;
    // Variables graphql-js refuses are answered in graphql-js's own words.
    if (!query || getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors)
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName: name });
    return query.query(undefined, context, withDefaults(operation, variables));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
