// Type inheritance: an interaction type may extend another. It has the attributes and
// participants of its ancestors (theirs first, the same attribute and participant types,
// so that their stored values and members are shared), and a filter on an ancestor selects
// its interactions too. Cycles, unknown parents and conflicting redefinitions are refused
// when a configuration is written (validate-document.ts).
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ConfigurationDocument, InteractionTypeDefinition } from './document.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from './model.ts';

/** The chain from the type up to its root, the type first; stops at a cycle (refused when written). */
export function ancestry<T extends { name: string }>(type: T, parentOf: (type: T) => T | undefined): T[] {
  const chain = [type];
  for (let parent = parentOf(type); parent && !chain.includes(parent); parent = parentOf(parent)) chain.push(parent);
  return chain;
}

interface Parts {
  name: string;
  attributes: readonly unknown[];
  participants: readonly unknown[];
}

/** The attributes and participants a type has: its ancestors' (from the root down), then its own. */
function inheritedParts<T extends Parts>(type: T, parentOf: (type: T) => T | undefined): Pick<T, 'attributes' | 'participants'> {
  const chain = ancestry(type, parentOf).reverse();
  return {
    attributes: chain.flatMap((link) => link.attributes),
    participants: chain.flatMap((link) => link.participants),
  };
}

/** Each type with its inherited attributes and participants (ancestors' first) and its descendants. */
export function withInheritance(types: InteractionTypeModel[]): InteractionTypeModel[] {
  const byId = new Map(types.map((type) => [type.id, type]));
  const parentOf = (type: InteractionTypeModel) => (type.parentId ? byId.get(type.parentId) : undefined);
  return types.map((type) => {
    const descendantIds = types.filter((other) => other !== type && ancestry(other, parentOf).includes(type)).map((other) => other.id);
    const own = { ownAttributes: type.attributes, ownParticipants: type.participants };
    return { ...type, ...inheritedParts(type, parentOf), ...own, descendantIds };
  });
}

/**
 * The problems of the document's inheritance (unknown parents, cycles, redefinitions of
 * inherited names) and, when it has none, each interaction type with the attributes and
 * participants it inherits (ancestors' first), as the other rules must see it.
 */
export function inheritedDefinitions(document: ConfigurationDocument): {
  problems: Problem[];
  effective: InteractionTypeDefinition[];
} {
  const problems: Problem[] = [];
  const byName = new Map(document.interactionTypes.map((type) => [type.name, type]));
  const parentOf = (type: InteractionTypeDefinition) => (type.extends ? byName.get(type.extends) : undefined);
  document.interactionTypes.forEach((type, index) => {
    const path = ['interactionTypes', index, 'extends'];
    if (type.extends && !byName.has(type.extends))
      problems.push(problem('UNKNOWN_PARENT_TYPE', `${type.name} extends ${type.extends}, which is not defined`, path));
    // The chain stops where it would repeat itself: back at this type is a cycle through it.
    const chain = ancestry(type, parentOf);
    if (parentOf(chain[chain.length - 1]!) === type)
      problems.push(
        problem('INHERITANCE_CYCLE', `${type.name} extends itself: ${[...chain, type].map((link) => link.name).join(' → ')}`, path),
      );
  });
  if (problems.length) return { problems, effective: document.interactionTypes };
  const effective = document.interactionTypes.map((type, index) => {
    const ancestors = ancestry(type, parentOf).slice(1).reverse();
    for (const [kind, own, inherited] of [
      ['attribute', type.attributes, ancestors.flatMap((link) => link.attributes.map((item) => ({ item, link })))],
      ['participant', type.participants, ancestors.flatMap((link) => link.participants.map((item) => ({ item, link })))],
    ] as const)
      own.forEach((item, at) => {
        const from = inherited.find((candidate) => candidate.item.name === item.name);
        if (from)
          problems.push(
            problem('INHERITED_NAME_REDEFINED', `${type.name} defines ${kind} ${item.name}, which it inherits from ${from.link.name}`, [
              'interactionTypes',
              index,
              `${kind}s`,
              at,
              'name',
            ]),
          );
      });
    return { ...type, ...inheritedParts(type, parentOf) };
  });
  return { problems, effective };
}

/** The types with every type extending them, each once, in the order given (descendants after their ancestor). */
export function withDescendants(snapshot: ConfigurationSnapshot, types: readonly InteractionTypeModel[]): InteractionTypeModel[] {
  const chosen = new Map<string, InteractionTypeModel>();
  for (const type of types)
    for (const id of [type.id, ...type.descendantIds]) if (!chosen.has(id)) chosen.set(id, snapshot.interactionTypeById.get(id)!);
  return [...chosen.values()];
}
