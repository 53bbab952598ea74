// Rules a configuration document must follow on its own, whatever is stored.
import { problem, type Problem } from '../../errors/catalog.ts';
import type { ConfigurationDocument } from './document.ts';
import { quote } from '../../errors/quote.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
type Path = Array<string | number>;

export function checkNames(items: Array<{ name: string }>, path: Path, what: string, problems: Problem[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!NAME.test(item.name)) {
      problems.push(problem('INVALID_NAME', `${what} name ${quote(item.name)} is not valid`, [...path, index, 'name']));
    } else if (seen.has(item.name)) {
      problems.push(problem('DUPLICATE_NAME', `${what} ${item.name} is defined twice`, [...path, index, 'name']));
    }
    seen.add(item.name);
  });
}

/** Every rule of the document itself; an empty list when it is valid. */
export function validateDocument(document: ConfigurationDocument): Problem[] {
  const problems: Problem[] = [];
  checkNames(document.sources, ['sources'], 'source', problems);
  checkNames(document.entityTypes, ['entityTypes'], 'entity type', problems);
  checkNames(document.interactionTypes, ['interactionTypes'], 'interaction type', problems);

  const defaults = document.sources.filter((source) => source.isDefault).length;
  if (defaults !== 1) {
    problems.push(
      problem('DEFAULT_SOURCE_REQUIRED', `exactly one source must be the default; the configuration has ${defaults}`, ['sources']),
    );
  }
  const sourceNames = new Set(document.sources.map((source) => source.name));
  const entityTypes = new Map(document.entityTypes.map((type) => [type.name, type]));

  document.entityTypes.forEach((type, typeIndex) => {
    const path = ['entityTypes', typeIndex];
    checkNames(type.attributes, [...path, 'attributes'], 'attribute', problems);
    if (type.labelAttribute && !type.attributes.some((attribute) => attribute.name === type.labelAttribute)) {
      problems.push(
        problem('UNKNOWN_LABEL_ATTRIBUTE', `entity type ${type.name} has no attribute ${type.labelAttribute} to take labels from`, [
          ...path,
          'labelAttribute',
        ]),
      );
    }
  });

  document.interactionTypes.forEach((type, typeIndex) => {
    const path = ['interactionTypes', typeIndex];
    checkNames(type.attributes, [...path, 'attributes'], 'attribute', problems);
    checkNames(type.memberTypes, [...path, 'memberTypes'], 'member type', problems);
    const attributes = new Map(type.attributes.map((attribute) => [attribute.name, attribute]));

    type.memberTypes.forEach((member, memberIndex) => {
      const memberPath = [...path, 'memberTypes', memberIndex];
      member.entityTypes.forEach((name, index) => {
        if (!entityTypes.has(name)) {
          problems.push(
            problem('UNKNOWN_ENTITY_TYPE', `member type ${member.name} allows entity type ${name}, which is not defined`, [
              ...memberPath,
              'entityTypes',
              index,
            ]),
          );
        }
      });
      if (member.minOccurs < 0 || (member.maxOccurs !== null && member.maxOccurs < 0)) {
        const field = member.minOccurs < 0 ? 'minOccurs' : 'maxOccurs';
        problems.push(problem('INVALID_OCCURS', `member type ${member.name}: ${field} cannot be negative`, [...memberPath, field]));
      } else if (member.maxOccurs !== null && member.minOccurs > member.maxOccurs) {
        problems.push(
          problem(
            'INVALID_OCCURS',
            `member type ${member.name}: minOccurs ${member.minOccurs} is greater than maxOccurs ${member.maxOccurs}`,
            [...memberPath, 'minOccurs'],
          ),
        );
      }
      const mapping = member.attributeMapping;
      if (mapping) {
        const mappingPath = [...memberPath, 'attributeMapping'];
        const mappedType = entityTypes.get(mapping.entityType);
        if (!attributes.has(mapping.interactionAttribute)) {
          problems.push(
            problem(
              'UNKNOWN_MAPPING_ATTRIBUTE',
              `attribute mapping of ${member.name}: interaction type ${type.name} has no attribute ${mapping.interactionAttribute}`,
              [...mappingPath, 'interactionAttribute'],
            ),
          );
        }
        if (!mappedType) {
          problems.push(
            problem('UNKNOWN_ENTITY_TYPE', `attribute mapping of ${member.name}: entity type ${mapping.entityType} is not defined`, [
              ...mappingPath,
              'entityType',
            ]),
          );
        } else {
          if (!mappedType.attributes.some((attribute) => attribute.name === mapping.entityAttribute)) {
            problems.push(
              problem(
                'UNKNOWN_MAPPING_ATTRIBUTE',
                `attribute mapping of ${member.name}: entity type ${mappedType.name} has no attribute ${mapping.entityAttribute}`,
                [...mappingPath, 'entityAttribute'],
              ),
            );
          }
          if (member.entityTypes.length > 0 && !member.entityTypes.includes(mapping.entityType)) {
            problems.push(
              problem(
                'MAPPING_ENTITY_TYPE_NOT_ALLOWED',
                `attribute mapping of ${member.name} finds ${mapping.entityType} entities, which the member type does not allow`,
                [...mappingPath, 'entityType'],
              ),
            );
          }
        }
      }
    });

    const seenIds = new Set<string>();
    type.idAttributes.forEach((name, index) => {
      const attribute = attributes.get(name);
      if (!attribute) {
        problems.push(
          problem('UNKNOWN_ID_ATTRIBUTE', `id attribute ${name} is not an attribute of ${type.name}`, [...path, 'idAttributes', index]),
        );
      } else if (attribute.multiValued || attribute.hidden || seenIds.has(name)) {
        problems.push(
          problem('INVALID_ID_ATTRIBUTE', `id attribute ${name} must be single-valued, not hidden, and listed once`, [
            ...path,
            'idAttributes',
            index,
          ]),
        );
      }
      seenIds.add(name);
    });
    if (type.timestampAttribute) {
      const attribute = attributes.get(type.timestampAttribute);
      if (!attribute) {
        problems.push(
          problem('UNKNOWN_TIMESTAMP_ATTRIBUTE', `timestamp attribute ${type.timestampAttribute} is not an attribute of ${type.name}`, [
            ...path,
            'timestampAttribute',
          ]),
        );
      } else if (!['TIMESTAMP', 'DATE'].includes(attribute.valueType) || attribute.multiValued) {
        problems.push(
          problem(
            'INVALID_TIMESTAMP_ATTRIBUTE_TYPE',
            `timestamp attribute ${attribute.name} is ${attribute.multiValued ? 'multi-valued ' : ''}${attribute.valueType}; it must be a single-valued TIMESTAMP or DATE`,
            [...path, 'timestampAttribute'],
          ),
        );
      }
    }
    if (type.primaryMemberType && !type.memberTypes.some((member) => member.name === type.primaryMemberType)) {
      problems.push(
        problem('UNKNOWN_PRIMARY_MEMBER_TYPE', `primary member type ${type.primaryMemberType} is not a member type of ${type.name}`, [
          ...path,
          'primaryMemberType',
        ]),
      );
    }
    if (type.defaultSource && !sourceNames.has(type.defaultSource)) {
      problems.push(
        problem('UNKNOWN_SOURCE', `default source ${type.defaultSource} of ${type.name} is not defined`, [...path, 'defaultSource']),
      );
    }
  });
  return problems;
}
