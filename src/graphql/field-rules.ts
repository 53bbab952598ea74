import { Kind, type ConstDirectiveNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { isRole, type Role } from '../modules/access/roles.ts';

/** What schema.graphql declares of a root field for the checks made before execution. */
export interface FieldRule {
  /** The role @auth requires; null when the field declares none (which refuses it). */
  requires: Role | null;
  /** Whether the field acts on a tenant (@auth's `tenant`, true unless declared false). */
  needsTenant: boolean;
  /** The argument @batch names as the field's items. */
  batchItems: string | null;
}

const rulesBySchema = new WeakMap<GraphQLSchema, Map<string, FieldRule>>();

/** A directive argument's literal, read from the schema's own text. */
function directiveArgument(field: GraphQLField<unknown, unknown>, directive: string, argument: string): string | boolean | null {
  const node = field.astNode?.directives?.find((candidate: ConstDirectiveNode) => candidate.name.value === directive);
  const value = node?.arguments?.find((candidate) => candidate.name.value === argument)?.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return value && (value.kind === Kind.ENUM || value.kind === Kind.STRING) ? value.value : null;
}

function ruleOf(field: GraphQLField<unknown, unknown>): FieldRule {
  const role = String(directiveArgument(field, 'auth', 'requires')).toLowerCase();
  const batchItems = directiveArgument(field, 'batch', 'items');
  return {
    requires: isRole(role) ? role : null,
    needsTenant: directiveArgument(field, 'auth', 'tenant') !== false,
    batchItems: typeof batchItems === 'string' ? batchItems : null,
  };
}

/** The rule of `Type.field` for every field of the schema's root types. */
export function rootFieldRules(schema: GraphQLSchema): Map<string, FieldRule> {
  let rules = rulesBySchema.get(schema);
  if (!rules) {
    rules = new Map();
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) rules.set(`${type!.name}.${field.name}`, ruleOf(field));
    }
    rulesBySchema.set(schema, rules);
  }
  return rules;
}
