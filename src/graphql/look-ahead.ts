// What an operation asks for below the field being resolved, so that a resolver fetches only
// what will be shown (and fetches it in one go for a whole page).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Fields of the selection sets, through fragment spreads and inline fragments (directives are not evaluated: a superset). */
function fieldsOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  const pending = [...sets];
  const spread = new Set<string>();
  while (pending.length) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}

// graphql-js hands every item of a list the same field nodes: a page's 50 interactions ask
// once. (Keyed by the nodes and the path; fragments are the operation's, so fixed with them.)
const answered = new WeakMap<readonly FieldNode[], Map<string, Set<string>>>();

/**
 * Names of the fields selected at `path` below the field being resolved: `selectedFields(info,
 * 'members')` on Interaction.members gives a member's fields. Empty when nothing is selected there.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let byPath = answered.get(info.fieldNodes);
  if (!byPath) answered.set(info.fieldNodes, (byPath = new Map<string, Set<string>>()));
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = lookAhead(info, path)));
  return names;
}

function lookAhead(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let fields = fieldsOf(
    info.fieldNodes.flatMap((node) => node.selectionSet ?? []),
    info,
  );
  for (const name of path) {
    fields = fieldsOf(
      fields.filter((field) => field.name.value === name).flatMap((field) => field.selectionSet ?? []),
      info,
    );
  }
  return new Set(fields.map((field) => field.name.value));
}
