// Rules a configuration document must follow on its own, whatever is stored.
import { problem, type Problem } from '../../errors/catalog.ts';
import type {
  AttributeDefinition,
  ConfigurationDocument,
  EntityTypeDefinition,
  InteractionTypeDefinition,
  ParticipantDefinition,
} from './document.ts';
import { inheritedDefinitions } from './inheritance.ts';
import { quote } from '../../errors/quote.ts';
import { canonicalValue } from '../attributes/values.ts';
import { findTextFaults } from '../../protocol/text-rules.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
// A document of a thousand broken labels is refused for the first few.
const MAX_TEXT_PROBLEMS = 10;
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
  // Every text of the document, wherever it came from (GraphQL, config:import, Customer
  // Insights JSON), keeps the text rule: a label is never stored altered.
  for (const fault of findTextFaults(document, MAX_TEXT_PROBLEMS)) {
    problems.push(problem('INVALID_CONFIGURATION_TEXT', fault.reason, fault.path));
  }
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
    type.attributes.forEach((attribute, index) => problems.push(...checkEnumeration(attribute, [...path, 'attributes', index])));
    if (type.labelAttribute && !type.attributes.some((attribute) => attribute.name === type.labelAttribute)) {
      problems.push(
        problem('UNKNOWN_LABEL_ATTRIBUTE', `entity type ${type.name} has no attribute ${type.labelAttribute} to take labels from`, [
          ...path,
          'labelAttribute',
        ]),
      );
    }
  });

  const anonymousTypes = document.entityTypes.filter((type) => type.anonymousProfiles);
  if (anonymousTypes.length > 1)
    problems.push(
      problem(
        'ANONYMOUS_PROFILE_TYPES',
        `at most one entity type may hold anonymous profiles; ${anonymousTypes.map((type) => type.name).join(', ')} do`,
        ['entityTypes'],
      ),
    );

  // Names an interaction type refers to (id and timestamp attributes, mappings, its primary
  // participant) may be inherited ones; what it defines itself is checked once, where defined.
  const inheritance = inheritedDefinitions(document);
  problems.push(...inheritance.problems);
  document.interactionTypes.forEach((type, typeIndex) => {
    const path = ['interactionTypes', typeIndex];
    const effective = inheritance.effective[typeIndex]!;
    checkNames(type.attributes, [...path, 'attributes'], 'attribute', problems);
    checkNames(type.participants, [...path, 'participants'], 'participant', problems);
    type.attributes.forEach((attribute, index) => problems.push(...checkEnumeration(attribute, [...path, 'attributes', index])));
    const attributes = new Map(effective.attributes.map((attribute) => [attribute.name, attribute]));

    type.participants.forEach((member, memberIndex) => {
      const memberPath = [...path, 'participants', memberIndex];
      member.entityTypes.forEach((name, index) => {
        if (!entityTypes.has(name)) {
          problems.push(
            problem('UNKNOWN_ENTITY_TYPE', `participant ${member.name} allows entity type ${name}, which is not defined`, [
              ...memberPath,
              'entityTypes',
              index,
            ]),
          );
        }
      });
      if (member.minOccurs < 0 || (member.maxOccurs !== null && member.maxOccurs < 0)) {
        const field = member.minOccurs < 0 ? 'minOccurs' : 'maxOccurs';
        problems.push(problem('INVALID_OCCURS', `participant ${member.name}: ${field} cannot be negative`, [...memberPath, field]));
      } else if (member.maxOccurs !== null && member.minOccurs > member.maxOccurs) {
        problems.push(
          problem(
            'INVALID_OCCURS',
            `participant ${member.name}: minOccurs ${member.minOccurs} is greater than maxOccurs ${member.maxOccurs}`,
            [...memberPath, 'minOccurs'],
          ),
        );
      }
      if (member.mapping) problems.push(...checkMapping(type.name, attributes, entityTypes, member, memberPath));
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
    if (type.primaryParticipant && !effective.participants.some((member) => member.name === type.primaryParticipant)) {
      problems.push(
        problem('UNKNOWN_PRIMARY_PARTICIPANT', `primary participant ${type.primaryParticipant} is not a participant of ${type.name}`, [
          ...path,
          'primaryParticipant',
        ]),
      );
    }
    if (type.defaultSource && !sourceNames.has(type.defaultSource)) {
      problems.push(
        problem('UNKNOWN_SOURCE', `default source ${type.defaultSource} of ${type.name} is not defined`, [...path, 'defaultSource']),
      );
    }
  });
  problems.push(...touchpointProblems(inheritance.effective));
  return problems;
}

const MAX_TOUCHPOINT_LENGTH = 1_000;

/** Each touchpoint names one type, and a type with touchpoints has a participant for the visitor. */
function touchpointProblems(interactionTypes: readonly InteractionTypeDefinition[]): Problem[] {
  const problems: Problem[] = [];
  const typeOfTouchpoint = new Map<string, string>();
  interactionTypes.forEach((type, typeIndex) => {
    const path = ['interactionTypes', typeIndex, 'touchpoints'];
    if (type.touchpoints.length && !type.primaryParticipant && type.participants.length !== 1)
      problems.push(
        problem(
          'TOUCHPOINT_CONFLICT',
          `${type.name} has touchpoints but no primary participant (nor a single participant) to take the visitor`,
          path,
        ),
      );
    type.touchpoints.forEach((touchpoint, index) => {
      const named = typeOfTouchpoint.get(touchpoint);
      if (!touchpoint.trim() || touchpoint.length > MAX_TOUCHPOINT_LENGTH)
        problems.push(
          problem('TOUCHPOINT_CONFLICT', `a touchpoint of ${type.name} is empty or over ${MAX_TOUCHPOINT_LENGTH} characters`, [
            ...path,
            index,
          ]),
        );
      else if (named !== undefined)
        problems.push(problem('TOUCHPOINT_CONFLICT', `touchpoint ${touchpoint} of ${type.name} is ${named}'s already`, [...path, index]));
      else typeOfTouchpoint.set(touchpoint, type.name);
    });
  });
  return problems;
}

// A value of one type can find a value of the other: text is compared as written, numbers as numbers.
const NUMERIC = new Set(['INTEGER', 'FLOAT']);
const comparable = (a: string, b: string) => a === b || a === 'STRING' || b === 'STRING' || (NUMERIC.has(a) && NUMERIC.has(b));

/** Every pair of a participant's property mapping: both sides exist and their value types can match. */
function checkMapping(
  typeName: string,
  attributes: ReadonlyMap<string, AttributeDefinition>,
  entityTypes: ReadonlyMap<string, EntityTypeDefinition>,
  member: ParticipantDefinition,
  memberPath: Path,
): Problem[] {
  const mapping = member.mapping!;
  const path = [...memberPath, 'mapping'];
  const problems: Problem[] = [];
  const mappedType = entityTypes.get(mapping.entityType);
  if (!mappedType)
    problems.push(
      problem('UNKNOWN_ENTITY_TYPE', `mapping of ${member.name}: entity type ${mapping.entityType} is not defined`, [
        ...path,
        'entityType',
      ]),
    );
  else if (member.entityTypes.length > 0 && !member.entityTypes.includes(mapping.entityType))
    problems.push(
      problem(
        'MAPPING_ENTITY_TYPE_NOT_ALLOWED',
        `mapping of ${member.name} finds ${mapping.entityType} entities, which the participant does not allow`,
        [...path, 'entityType'],
      ),
    );
  if (mapping.properties.length === 0)
    problems.push(problem('INVALID_PARTICIPANT_MAPPING', `mapping of ${member.name} has no property pairs`, [...path, 'properties']));
  const seen = new Set<string>();
  mapping.properties.forEach((pair, index) => {
    const pairPath = [...path, 'properties', index];
    const interactionAttribute = attributes.get(pair.interactionAttribute);
    const entityAttribute = mappedType?.attributes.find((attribute) => attribute.name === pair.entityAttribute);
    if (seen.has(pair.interactionAttribute))
      problems.push(
        problem('INVALID_PARTICIPANT_MAPPING', `mapping of ${member.name} names ${pair.interactionAttribute} twice`, [
          ...pairPath,
          'interactionAttribute',
        ]),
      );
    seen.add(pair.interactionAttribute);
    if (!interactionAttribute)
      problems.push(
        problem(
          'UNKNOWN_MAPPING_ATTRIBUTE',
          `mapping of ${member.name}: interaction type ${typeName} has no attribute ${pair.interactionAttribute}`,
          [...pairPath, 'interactionAttribute'],
        ),
      );
    if (mappedType && !entityAttribute)
      problems.push(
        problem(
          'UNKNOWN_MAPPING_ATTRIBUTE',
          `mapping of ${member.name}: entity type ${mappedType.name} has no attribute ${pair.entityAttribute}`,
          [...pairPath, 'entityAttribute'],
        ),
      );
    if (interactionAttribute && entityAttribute && !comparable(interactionAttribute.valueType, entityAttribute.valueType))
      problems.push(
        problem(
          'INVALID_PARTICIPANT_MAPPING',
          `mapping of ${member.name}: ${pair.interactionAttribute} (${interactionAttribute.valueType}) cannot match ${mappedType!.name}.${pair.entityAttribute} (${entityAttribute.valueType})`,
          pairPath,
        ),
      );
  });
  return problems;
}

// An enumeration longer than this is a lookup table, not a list of choices.
const MAX_ALLOWED_VALUES = 1000;

/** An enumeration's rules: values valid for the value type, none twice; a flag enumeration is multi-valued. */
export function checkEnumeration(attribute: AttributeDefinition, path: Path): Problem[] {
  const problems: Problem[] = [];
  const refuse = (message: string, at: Path) => problems.push(problem('INVALID_ENUMERATION', `${attribute.name}: ${message}`, at));
  if (attribute.flagEnum && !attribute.allowedValues) refuse('a flag enumeration needs allowedValues', [...path, 'flagEnum']);
  if (attribute.flagEnum && !attribute.multiValued) refuse('a flag enumeration is multi-valued', [...path, 'multiValued']);
  if (!attribute.allowedValues) return problems;
  if (attribute.allowedValues.length === 0) refuse('allowedValues is empty: no value could be stored', [...path, 'allowedValues']);
  if (attribute.allowedValues.length > MAX_ALLOWED_VALUES) {
    refuse(`at most ${MAX_ALLOWED_VALUES} allowedValues, got ${attribute.allowedValues.length}`, [...path, 'allowedValues']);
    return problems;
  }
  const seen = new Set<string>();
  attribute.allowedValues.forEach((value, index) => {
    const checked = canonicalValue(attribute.valueType, value);
    if (!checked.ok) refuse(`allowed value ${quote(value)}: ${checked.reason}`, [...path, 'allowedValues', index]);
    else if (checked.text !== value)
      refuse(`allowed value ${quote(value)} is written ${quote(checked.text)} as a ${attribute.valueType}`, [
        ...path,
        'allowedValues',
        index,
      ]);
    else if (seen.has(value)) refuse(`allowed value ${quote(value)} is given twice`, [...path, 'allowedValues', index]);
    seen.add(value);
  });
  return problems;
}
