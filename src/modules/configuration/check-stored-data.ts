// Rules a configuration change must follow because of what is already stored: nothing the
// change removes or narrows may leave a stored entity or interaction invalid.
import { problem, type Problem } from '../../errors/catalog.ts';
import type { AttributeDefinition, ConfigurationDocument } from './document.ts';
import type { AttributeTypeModel, ConfigurationSnapshot } from './model.ts';
import type { OwnerKind, StoredData } from './stored-data.ts';
import type { ChangeOptions } from './change-options.ts';
import { entityTypeUri } from '../uris/uris.ts';

type Path = Array<string | number>;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const storedOwners = (count: number, kind: OwnerKind) =>
  kind === 'entity' ? `${count} stored ${count === 1 ? 'entity' : 'entities'}` : plural(count, 'stored interaction');

/** CONFIGURATION_IN_USE for a type the change removes while `count` stored objects are of it. */
function typeInUse(kind: OwnerKind, name: string, count: number): Problem[] {
  if (!count) return [];
  const path = [kind === 'entity' ? 'entityTypes' : 'interactionTypes', name];
  return [problem('CONFIGURATION_IN_USE', `${kind} type ${name} cannot be removed: ${storedOwners(count, kind)}`, path)];
}

async function checkAttributes(
  stored: StoredData,
  kind: OwnerKind,
  typeIds: readonly string[],
  typeName: string,
  current: AttributeTypeModel[],
  target: AttributeDefinition[],
  path: Path,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const owners = kind === 'entity' ? 'entities' : 'interactions';
  for (const old of current) {
    const index = target.findIndex((attribute) => attribute.name === old.name);
    const next = target[index];
    if (!next) {
      const values = await stored.valuesOf(kind, old.id);
      if (values)
        problems.push(
          problem('CONFIGURATION_IN_USE', `attribute ${old.name} of ${typeName} cannot be removed: ${plural(values, 'stored value')}`, [
            ...path,
            old.name,
          ]),
        );
      continue;
    }
    const at = [...path, index];
    if (next.valueType !== old.valueType) {
      const values = await stored.valuesOf(kind, old.id);
      if (values)
        problems.push(
          problem(
            'VALUE_TYPE_CHANGE_WITH_VALUES',
            `attribute ${old.name} of ${typeName} cannot change from ${old.valueType} to ${next.valueType}: ${plural(values, 'stored value')}`,
            [...at, 'valueType'],
          ),
        );
    }
    const narrowed = next.allowedValues && (!old.allowedValues || old.allowedValues.some((value) => !next.allowedValues!.includes(value)));
    if (narrowed) {
      const outside = await stored.valuesOutside(kind, old.id, next.allowedValues!);
      if (outside)
        problems.push(
          problem(
            'ENUMERATION_VIOLATED_BY_STORED_DATA',
            `attribute ${old.name} of ${typeName} cannot allow only these values: ${plural(outside, 'stored value')} ${outside === 1 ? 'is' : 'are'} none of them`,
            [...at, 'allowedValues'],
          ),
        );
    }
    if (next.flagEnum && !old.flagEnum && (await stored.anyOwnerWithRepeatedValue(kind, old.id)))
      problems.push(
        problem(
          'ENUMERATION_VIOLATED_BY_STORED_DATA',
          `attribute ${old.name} of ${typeName} cannot become a flag enumeration: stored ${owners} hold a value twice`,
          [...at, 'flagEnum'],
        ),
      );
    if (next.required && !old.required) {
      const lacking = await stored.ownersLacking(kind, typeIds, old.id);
      if (lacking)
        problems.push(
          problem(
            'REQUIRED_VIOLATED_BY_STORED_DATA',
            `attribute ${old.name} of ${typeName} cannot become required: ${storedOwners(lacking, kind)} ${lacking === 1 ? 'has' : 'have'} no value`,
            [...at, 'required'],
          ),
        );
    }
    if (!next.multiValued && old.multiValued && (await stored.anyOwnerWithSeveralValues(kind, old.id))) {
      problems.push(
        problem(
          'MULTI_VALUE_VIOLATED_BY_STORED_DATA',
          `attribute ${old.name} of ${typeName} cannot become single-valued: stored ${owners} have several values`,
          [...at, 'multiValued'],
        ),
      );
    }
  }
  // A new required attribute has no value on any stored object of the type.
  for (const [index, attribute] of target.entries()) {
    if (!attribute.required || current.some((old) => old.name === attribute.name)) continue;
    const count = kind === 'entity' ? await stored.entitiesOfType(typeIds[0]!) : await stored.interactionsOfType(typeIds);
    if (count)
      problems.push(
        problem(
          'REQUIRED_VIOLATED_BY_STORED_DATA',
          `new attribute ${attribute.name} of ${typeName} cannot be required: ${storedOwners(count, kind)} would have no value`,
          [...path, index, 'required'],
        ),
      );
  }
  return problems;
}

/** Each stored object with its definition in the target and that definition's position; none when it is removed. */
function matchByName<Old extends { name: string }, Next extends { name: string }>(current: readonly Old[], target: readonly Next[]) {
  return current.map((old) => {
    const index = target.findIndex((next) => next.name === old.name);
    return { old, next: target[index], index };
  });
}

/**
 * Every problem the change from `current` to `target` would cause to stored data. Objects
 * absent from `target` are removals. `allowImmutableToMutable` confirms turning immutable
 * interaction types into activities; `rekey`, changing the idAttributes of types that have
 * interactions (their keys are then recomputed, and checked, by the re-key).
 */
export async function checkStoredData(
  stored: StoredData,
  current: ConfigurationSnapshot,
  target: ConfigurationDocument,
  { allowImmutableToMutable = false, rekey = false }: ChangeOptions,
): Promise<Problem[]> {
  const problems: Problem[] = [];

  for (const { old, next, index } of matchByName(current.interactionTypes, target.interactionTypes)) {
    if (!next) {
      problems.push(...typeInUse('interaction', old.name, await stored.interactionsOfType(old.id)));
      continue;
    }
    const path = ['interactionTypes', index];
    // What the type defines binds its subtypes' interactions too: they have its attributes and participants.
    const family = [old.id, ...old.descendantIds];
    const oldParent = old.parentId ? current.interactionTypeById.get(old.parentId)!.name : null;
    if (next.extends !== oldParent) {
      const count = await stored.interactionsOfType(family);
      if (count)
        problems.push(
          problem(
            'CONFIGURATION_IN_USE',
            `${old.name} cannot change the type it extends (${oldParent ?? 'none'} to ${next.extends ?? 'none'}): ${plural(count, 'stored interaction')} of it or its subtypes would gain or lose attributes and participants`,
            [...path, 'extends'],
          ),
        );
    }
    if (next.mutable && !old.mutable && !allowImmutableToMutable) {
      problems.push(
        problem(
          'MUTABILITY_CHANGE_NOT_CONFIRMED',
          `interaction type ${old.name} is immutable; making it mutable needs allowImmutableToMutable`,
          [...path, 'mutable'],
        ),
      );
    }
    if (!rekey && JSON.stringify(next.idAttributes) !== JSON.stringify(old.idAttributes)) {
      const count = await stored.interactionsOfType(old.id);
      if (count)
        problems.push(
          problem(
            'ID_ATTRIBUTES_CHANGED_WITH_INTERACTIONS',
            `idAttributes of ${old.name} cannot change from [${old.idAttributes.join(', ')}] to [${next.idAttributes.join(', ')}]: ${plural(count, 'stored interaction')} ${count === 1 ? 'is' : 'are'} keyed by them; repeat the change with rekey: true (config:import --rekey) to recompute their keys and derived crosswalks in the same transaction`,
            [...path, 'idAttributes'],
          ),
        );
    }
    problems.push(
      ...(await checkAttributes(stored, 'interaction', family, old.name, old.ownAttributes, next.attributes, [...path, 'attributes'])),
    );
    for (const [memberIndex, member] of next.participants.entries()) {
      if (member.minOccurs === 0 || old.ownParticipants.some((oldMember) => oldMember.name === member.name)) continue;
      const count = await stored.interactionsOfType(family);
      if (count)
        problems.push(
          problem(
            'OCCURS_VIOLATED_BY_STORED_DATA',
            `new participant ${member.name} of ${old.name} cannot have minOccurs ${member.minOccurs}: ${plural(count, 'stored interaction')} would have no such member`,
            [...path, 'participants', memberIndex, 'minOccurs'],
          ),
        );
    }
    for (const { old: oldMember, next: nextMember, index: memberIndex } of matchByName(old.ownParticipants, next.participants)) {
      if (!nextMember) {
        const members = await stored.membersOf(oldMember.id);
        if (members)
          problems.push(
            problem(
              'CONFIGURATION_IN_USE',
              `participant ${oldMember.name} of ${old.name} cannot be removed: ${plural(members, 'stored member')}`,
              [...path, 'participants', oldMember.name],
            ),
          );
        continue;
      }
      const memberPath = [...path, 'participants', memberIndex];
      const narrowed =
        nextMember.minOccurs > oldMember.minOccurs ||
        (nextMember.maxOccurs !== null && (oldMember.maxOccurs === null || nextMember.maxOccurs < oldMember.maxOccurs));
      if (narrowed) {
        const outside = await stored.interactionsOutsideOccurs(family, oldMember.id, nextMember.minOccurs, nextMember.maxOccurs);
        if (outside) {
          problems.push(
            problem(
              'OCCURS_VIOLATED_BY_STORED_DATA',
              `participant ${oldMember.name} of ${old.name}: ${plural(outside, 'stored interaction')} would have fewer than ${nextMember.minOccurs} or more than ${nextMember.maxOccurs ?? 'any number of'} members`,
              memberPath,
            ),
          );
        }
      }
      const allowedBefore = oldMember.entityTypeIds;
      const allowedAfter = nextMember.entityTypes.map((name) => current.entityTypeByUri.get(entityTypeUri(name))?.id);
      // An empty list allows every entity type, so only a non-empty list can disallow one.
      const disallowed =
        nextMember.entityTypes.length === 0
          ? []
          : allowedBefore.length === 0
            ? current.entityTypes.map((type) => type.id).filter((id) => !allowedAfter.includes(id))
            : allowedBefore.filter((id) => !allowedAfter.includes(id));
      if (disallowed.length) {
        const members = await stored.membersOfEntityTypes(oldMember.id, disallowed);
        if (members)
          problems.push(
            problem(
              'ENTITY_TYPE_STILL_USED_BY_MEMBERS',
              `participant ${oldMember.name} of ${old.name} cannot stop allowing ${disallowed.map((id) => current.entityTypeById.get(id)!.name).join(', ')}: ${plural(members, 'stored member')} of ${disallowed.length === 1 ? 'that type' : 'those types'}`,
              [...memberPath, 'entityTypes'],
            ),
          );
      }
    }
  }

  for (const { old, next, index } of matchByName(current.entityTypes, target.entityTypes)) {
    if (!next) {
      problems.push(...typeInUse('entity', old.name, await stored.entitiesOfType(old.id)));
      continue;
    }
    problems.push(
      ...(await checkAttributes(stored, 'entity', [old.id], old.name, old.attributes, next.attributes, [
        'entityTypes',
        index,
        'attributes',
      ])),
    );
  }

  for (const old of current.sources) {
    if (target.sources.some((source) => source.name === old.name)) continue;
    const count = await stored.crosswalksOfSource(old.id);
    if (count)
      problems.push(
        problem('CONFIGURATION_IN_USE', `source ${old.name} cannot be removed: ${plural(count, 'stored crosswalk')}`, [
          'sources',
          old.name,
        ]),
      );
  }
  return problems;
}
