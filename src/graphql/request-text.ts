// Where text enters through GraphQL: variables (JSON, whose "\ud800" escape makes an unpaired
// surrogate and "\u0000" a NUL) and string literals of the document (whose "\u0000" escape
// makes a NUL; graphql-js's parser already refuses unpaired surrogates). Text that breaks the
// rule of src/protocol/text-rules.ts is refused before anything runs, except where it is
// reported more precisely: items of a batch fail alone (batch-items.ts, INVALID_TEXT) and
// configuration documents are refused with their own code (validate-document.ts).
import {
  getNamedType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { requestError } from '../errors/request-errors.ts';
import { clip, quote } from '../errors/quote.ts';
import { findTextFaults, textFault } from '../protocol/text-rules.ts';
import { rootFieldRules } from './field-rules.ts';
import { perDocument } from './per-document.ts';

// Input types that hold a configuration document: the change reports their text as 1023.
const CONFIGURATION_DOCUMENTS = new Set(['ConfigurationInput', 'SourceInput', 'EntityTypeInput', 'InteractionTypeInput']);

const refuse = (where: string, reason: string, details: Record<string, unknown>) =>
  requestError('BAD_REQUEST', `${where}: ${reason}`, { reason: 'INVALID_TEXT', ...details });

/** What a document holds that the rule reads: its first faulty string literal, and the variables its checked arguments use. */
interface DocumentText {
  fault?: { text: string; reason: string };
  variables: ReadonlySet<string>;
}

/**
 * Refuses (400 BAD_REQUEST, reason INVALID_TEXT, with the variable and path) a request whose
 * variables or string literals hold a NUL or an unpaired surrogate, outside the items of a
 * batch sent as variables and outside configuration documents. The whole document is read:
 * its literals are text the caller sent, whichever operation runs.
 */
export function assertRequestText(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): void {
  // The document is read once; only the variables of each request are checked again.
  const text = documentText(schema, document);
  if (text.fault) throw refuse(`the string ${quote(text.fault.text)} of the document`, text.fault.reason, {});

  for (const name of text.variables) {
    const [fault] = findTextFaults(variables[name], 1);
    if (fault) {
      const path = fault.path.map((segment) => (typeof segment === 'string' ? clip(segment) : segment));
      const at = path.length ? ` at ${path.join('.')}` : '';
      throw refuse(`variable $${name}${at}`, fault.reason, { variable: name, path });
    }
  }
}

const documentText = perDocument((schema: GraphQLSchema, document: DocumentNode): DocumentText => {
  const rules = rootFieldRules(schema);
  const roots = new Set<GraphQLObjectType | null | undefined>([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  const typeInfo = new TypeInfo(schema);
  const text: { fault?: DocumentText['fault']; variables: Set<string> } = { variables: new Set() };

  /** Notes the first faulty string literal of a value written in the document, and the variables it uses. */
  const readLiteral = (value: ValueNode): void => {
    visit(value, {
      StringValue(node) {
        const reason = text.fault ? undefined : textFault(node.value);
        if (reason) text.fault = { text: node.value, reason };
      },
      Variable(node) {
        text.variables.add(node.name.value);
      },
    });
  };

  /** Reads the literals of an argument, and notes its variables, unless it reports its own text problems. */
  const readArgument = (node: ArgumentNode): void => {
    const argument = typeInfo.getArgument();
    if (argument && CONFIGURATION_DOCUMENTS.has(getNamedType(argument.type).name)) return;
    const parent = typeInfo.getParentType();
    const field = typeInfo.getFieldDef();
    const isRootField = parent !== null && isObjectType(parent) && roots.has(parent);
    const isBatch = isRootField && field != null && rules.get(`${parent.name}.${field.name}`)?.batchItems === node.name.value;
    if (isBatch && node.value.kind === Kind.VARIABLE) return;
    if (isBatch && node.value.kind === Kind.LIST) {
      // Items written in the document are part of it; items that are variables are checked one by one.
      for (const item of node.value.values) if (item.kind !== Kind.VARIABLE) readLiteral(item);
      return;
    }
    readLiteral(node.value);
  };

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition(node) {
        if (node.defaultValue) readLiteral(node.defaultValue);
        return false;
      },
      // Arguments of fields and of directives: the only places variables are used.
      Argument(node) {
        readArgument(node);
        return false;
      },
    }),
  );
  return text;
});
