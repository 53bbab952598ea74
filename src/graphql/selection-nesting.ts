// graphql-js's validation rules (fragment cycles, overlapping fields) and armor's depth limit
// follow fragment spreads by recursion: a chain of a few thousand fragments, each spreading
// the next, overflows the stack, and Apollo answers that with a 500. This rule measures how
// deep selections nest through fragments without recursion, before any other rule walks them.
import { GraphQLError, Kind, type ASTVisitor, type DefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * The deepest nesting of selection sets (fields' selections, inline fragments and fragments'
 * bodies alike) the service reads. Ordinary operations nest a few dozen at most; validation
 * recursion overflows from about 2,000.
 */
export const MAX_SELECTION_NESTING = 100;

interface Definition {
  /** The deepest selection set written in the definition itself. */
  ownDepth: number;
  /** The fragments it spreads, each with the depth of the selection set the spread is in. */
  spreads: Array<{ fragment: string; depth: number }>;
}

function readDefinition(selectionSet: SelectionSetNode): Definition {
  const definition: Definition = { ownDepth: 0, spreads: [] };
  const pending: Array<{ set: SelectionSetNode; depth: number }> = [{ set: selectionSet, depth: 1 }];
  while (pending.length) {
    const { set, depth } = pending.pop()!;
    definition.ownDepth = Math.max(definition.ownDepth, depth);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) definition.spreads.push({ fragment: selection.name.value, depth });
      else if (selection.selectionSet) pending.push({ set: selection.selectionSet, depth: depth + 1 });
    }
  }
  return definition;
}

/**
 * The deepest nesting of every operation and fragment of the document, through the fragments
 * they spread (a spread of an unknown fragment counts for nothing; a cycle is counted once
 * round, which is enough to measure a long one, and graphql-js reports short ones).
 */
export function deepestNesting(definitions: readonly DefinitionNode[]): number {
  const fragments = new Map<string, Definition>();
  const roots: Definition[] = [];
  for (const node of definitions) {
    if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, readDefinition(node.selectionSet));
    else if (node.kind === Kind.OPERATION_DEFINITION) roots.push(readDefinition(node.selectionSet));
  }
  // The total depth of each fragment, found depth-first with an explicit stack.
  const totals = new Map<string, number>();
  const entered = new Set<string>();
  const totalOf = (definition: Definition) => {
    let total = definition.ownDepth;
    for (const spread of definition.spreads) total = Math.max(total, spread.depth + (totals.get(spread.fragment) ?? 0));
    return total;
  };
  for (const start of fragments.keys()) {
    const stack = [start];
    while (stack.length) {
      const name = stack[stack.length - 1]!;
      const definition = fragments.get(name)!;
      if (!entered.has(name)) {
        entered.add(name);
        for (const { fragment } of definition.spreads) if (fragments.has(fragment) && !entered.has(fragment)) stack.push(fragment);
        continue;
      }
      stack.pop();
      if (!totals.has(name)) totals.set(name, totalOf(definition));
    }
  }
  let deepest = 0;
  for (const total of [...roots.map(totalOf), ...totals.values()]) deepest = Math.max(deepest, total);
  return deepest;
}

/**
 * Refuses a document whose selections nest deeper than `maxNesting`, and then hands the other
 * rules an empty document in its place, so that none of them recurses through it.
 */
export function selectionNestingRule(maxNesting: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const nesting = deepestNesting(node.definitions);
      if (nesting <= maxNesting) return undefined;
      context.reportError(
        new GraphQLError(
          `selections nest ${nesting} deep through fragments and inline fragments, over the limit of ${maxNesting}: spread fewer fragments inside one another`,
        ),
      );
      return { ...node, definitions: [] };
    },
  });
}
