import type { DocumentNode, GraphQLSchema } from 'graphql';

/**
 * `make`, kept per parsed document of a schema and made on its first use: Apollo hands every
 * request sending the same text the same document object, so what a document alone decides
 * is worked out once. Kept as long as the document is.
 */
export function perDocument<T>(make: (schema: GraphQLSchema, document: DocumentNode) => T) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, T>>();
  return (schema: GraphQLSchema, document: DocumentNode): T => {
    let ofSchema = bySchema.get(schema);
    if (!ofSchema) bySchema.set(schema, (ofSchema = new WeakMap()));
    let kept = ofSchema.get(document);
    if (kept === undefined) ofSchema.set(document, (kept = make(schema, document)));
    return kept;
  };
}
