// Checks one createInteractions input on its own (everything but looking its members up)
// and turns it into a draft: canonical values, crosswalks, timestamp, member references.
import { newId } from '../../db/ids.ts';
import { problem, type Problem } from '../../errors/catalog.ts';
import { checkAttributes, missingRequired, type CheckedValue } from '../attributes/check-attributes.ts';
import { canonicalValue, epochMillisOf, typedValue } from '../attributes/values.ts';
import type { ObjectLimits } from '../context/service-context.ts';
import type {
  ConfigurationSnapshot,
  InteractionTypeModel,
  ParticipantMappingModel,
  ParticipantModel,
  SourceModel,
} from '../configuration/model.ts';
import { interactionTypeByReference } from '../configuration/references.ts';
import { entityIdFromUri, interactionTypeUri, participantUri, parseParticipantReference } from '../uris/uris.ts';
import { crosswalkValueWithCrosswalks, prepareCrosswalks, type PreparedCrosswalk } from '../crosswalks/prepare-crosswalks.ts';
import type { InteractionInput, MemberInput } from './interaction-input.ts';
import { anonymousIdFault } from '../anonymous/anonymous-id.ts';
import { anonymousProfileType } from '../anonymous/anonymous-profiles.ts';
import { freeFormProperties, type PropertyValue } from '../properties/free-form-properties.ts';
import { timestampFault } from '../configuration/type-rules.ts';
import { derivedCrosswalkValue, identityOf, type IdIdentity } from './id-key.ts';

type Path = Array<string | number>;

export type MemberReference =
  | { kind: 'uri'; entityId: string; path: Path }
  | { kind: 'crosswalks'; crosswalks: PreparedCrosswalk[]; path: Path }
  | { kind: 'mapping'; pairs: MappedValue[]; path: Path }
  | { kind: 'anonymous'; anonymousId: string; path: Path };

/** One pair of a property mapping with the interaction's value, as the entity attribute stores it. */
export interface MappedValue {
  attributeTypeId: string;
  attributeName: string;
  value: string;
}

export interface MemberRequest {
  participant: ParticipantModel;
  references: MemberReference[];
  /** Whether a member given for this participant was malformed (and so is not among the references). */
  malformed: boolean;
  path: Path;
}

export interface Draft {
  index: number;
  type: InteractionTypeModel;
  timestamp: bigint;
  /** Whether the timestamp came from the input (or its timestamp attribute) rather than the clock. */
  timestampGiven: boolean;
  values: CheckedValue[];
  /** Values of attributes the type does not define, kept by its enforcement (WARN, OPEN). */
  properties: PropertyValue[];
  crosswalks: PreparedCrosswalk[];
  /** Whether the crosswalk was generated (a fresh random value): it cannot be taken. */
  crosswalkGenerated: boolean;
  /** When the crosswalk is derived from the type's id attributes: the identity they give (null when the caller gave the crosswalk). */
  identity: IdIdentity | null;
  memberRequests: MemberRequest[];
  errors: Problem[];
  warnings: Problem[];
}

export interface DraftContext {
  snapshot: ConfigurationSnapshot;
  /** The source the request names (option or header), if it names one. */
  namedSource: SourceModel | null;
  crosswalkValue: string | null;
  now: bigint;
  limits: ObjectLimits;
  /** The time the type's timestamp rules judge a given timestamp at: `now` when absent, not judged when null. */
  timestampRulesAt?: bigint | null;
}

/** A draft of the input, or the problems that stop it before members are looked up. */
export function prepareInteraction(input: InteractionInput, index: number, context: DraftContext): Draft | Problem[] {
  const type = interactionTypeByReference(context.snapshot, input.type);
  if (!type) return [problem('UNKNOWN_TYPE', `interaction type ${input.type} is not defined`, ['type'])];
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (input.crosswalks?.length && context.crosswalkValue !== null) errors.push(crosswalkValueWithCrosswalks('interaction'));

  const maxValues = context.limits.MAX_VALUES_PER_ATTRIBUTE;
  const keepsProperties = type.enforcement !== 'STRICT';
  const attributes = checkAttributes(type.attributes, input.attributes ?? [], ['attributes'], maxValues, keepsProperties);
  errors.push(...attributes.problems, ...missingRequired(type.attributes, attributes.values, ['attributes'], attributes.rejected));
  const properties = freeFormProperties(type, input.attributes ?? [], ['attributes'], maxValues);
  errors.push(...properties.errors);
  warnings.push(...properties.warnings);

  const timestamp = timestampOf(type, attributes.values, input.timestamp ?? null, context.now, warnings);
  const timestampGiven = input.timestamp != null || attributes.values.some((value) => value.attribute.name === type.timestampAttribute);
  const rulesAt = context.timestampRulesAt === undefined ? context.now : context.timestampRulesAt;
  if (timestampGiven && rulesAt !== null)
    checkTimestamp(type, timestamp, rulesAt, input.timestamp != null ? ['timestamp'] : ['attributes'], errors, warnings);
  const source =
    context.namedSource ??
    (type.defaultSourceId ? context.snapshot.sourceById.get(type.defaultSourceId)! : context.snapshot.defaultSource!);
  const { crosswalks, identity } = crosswalksOf(type, input, attributes.values, source, context, errors);
  const memberSource = context.namedSource ?? context.snapshot.defaultSource!;
  const memberRequests = memberRequestsOf(type, input, attributes.values, context, memberSource, errors, warnings);
  const crosswalkGenerated = !input.crosswalks?.length && context.crosswalkValue === null && type.idAttributes.length === 0;
  return {
    index,
    type,
    timestamp,
    timestampGiven,
    values: attributes.values,
    properties: properties.properties,
    crosswalks,
    crosswalkGenerated,
    identity,
    memberRequests,
    errors,
    warnings,
  };
}

/** The type's timestamp rules: an implausible timestamp fails the input (REFUSE) or is stored with a warning (WARN). */
function checkTimestamp(type: InteractionTypeModel, timestamp: bigint, now: bigint, path: Path, errors: Problem[], warnings: Problem[]) {
  const fault = timestampFault(type.timestampRules, timestamp, now);
  if (!fault) return;
  if (type.timestampRules.action === 'REFUSE') errors.push(problem('TIMESTAMP_OUT_OF_RANGE', fault, path));
  else warnings.push(problem('TIMESTAMP_IMPLAUSIBLE', `${fault}; stored as given`, path));
}

function timestampOf(type: InteractionTypeModel, values: CheckedValue[], given: bigint | null, now: bigint, warnings: Problem[]): bigint {
  const fromAttribute = values.find((value) => value.attribute.name === type.timestampAttribute);
  if (!fromAttribute) return given ?? now;
  const timestamp = epochMillisOf(fromAttribute.attribute.valueType, fromAttribute.text);
  if (given !== null && given !== timestamp) {
    warnings.push(
      problem(
        'TIMESTAMP_FROM_ATTRIBUTE',
        `timestamp ${given} ignored: ${type.name} takes its timestamp from ${fromAttribute.attribute.name} (${timestamp})`,
        ['timestamp'],
      ),
    );
  }
  return timestamp;
}

function crosswalksOf(
  type: InteractionTypeModel,
  input: InteractionInput,
  values: CheckedValue[],
  source: SourceModel,
  context: DraftContext,
  errors: Problem[],
): { crosswalks: PreparedCrosswalk[]; identity: IdIdentity | null } {
  const withoutIdentity = (crosswalks: PreparedCrosswalk[]) => ({ crosswalks, identity: null });
  if (input.crosswalks?.length) {
    const prepared = prepareCrosswalks(
      context.snapshot,
      input.crosswalks,
      source,
      ['crosswalks'],
      context.limits.MAX_CROSSWALKS_PER_OBJECT,
    );
    errors.push(...prepared.problems);
    return withoutIdentity(prepared.crosswalks);
  }
  if (context.crosswalkValue !== null) {
    const prepared = prepareCrosswalks(
      context.snapshot,
      [{ source: source.uri, value: context.crosswalkValue }],
      source,
      ['crosswalkValue'],
      context.limits.MAX_CROSSWALKS_PER_OBJECT,
    );
    errors.push(...prepared.problems.map((item) => ({ ...item, path: ['crosswalkValue'] })));
    return withoutIdentity(prepared.crosswalks);
  }
  if (type.idAttributes.length) {
    // The id values identify the interaction; the crosswalk only records which source sent it.
    const derived = identityOf(type, (name) => values.find((value) => value.attribute.name === name)?.text);
    if ('missing' in derived) {
      errors.push(
        problem('MISSING_ID_ATTRIBUTE', `no crosswalk given and id attribute ${derived.missing.join(', ')} has no value`, ['attributes']),
      );
      return withoutIdentity([]);
    }
    return { crosswalks: [{ source, value: derivedCrosswalkValue(type.name, derived.identity) }], identity: derived.identity };
  }
  return withoutIdentity([{ source, value: newId() }]);
}

function participantOf(
  type: InteractionTypeModel,
  reference: string,
  snapshot: ConfigurationSnapshot,
  path: Path,
  warnings: Problem[],
): ParticipantModel | undefined {
  const { interactionTypeName, name } = parseParticipantReference(reference);
  // Another type's participant is taken by name (Reltio's examples do this), a made-up type's is not.
  if (interactionTypeName !== null && !snapshot.interactionTypeByUri.has(interactionTypeUri(interactionTypeName))) return undefined;
  const participant = type.participants.find((candidate) => candidate.name === name);
  if (participant && interactionTypeName !== null && interactionTypeName !== type.name) {
    warnings.push(problem('PARTICIPANT_OF_OTHER_INTERACTION_TYPE', `${reference} was taken as ${participantUri(type.name, name)}`, path));
  }
  return participant;
}

function memberReference(
  member: MemberInput,
  participant: ParticipantModel,
  context: DraftContext,
  memberSource: SourceModel,
  path: Path,
  errors: Problem[],
): MemberReference | null {
  const byUri = member.objectURI != null;
  const byCrosswalks = (member.crosswalks?.length ?? 0) > 0;
  const byAnonymousId = member.anonymousId != null;
  if (Number(byUri) + Number(byCrosswalks) + Number(byAnonymousId) !== 1) {
    errors.push(problem('INVALID_MEMBER_REFERENCE', 'a member is given by exactly one of objectURI, crosswalks or anonymousId', path));
    return null;
  }
  if (byAnonymousId) return anonymousReference(member.anonymousId!, participant, context.snapshot, [...path, 'anonymousId'], errors);
  if (byUri) {
    const entityId = entityIdFromUri(member.objectURI!);
    if (!entityId) {
      errors.push(problem('INVALID_MEMBER_REFERENCE', `${member.objectURI} is not an entity URI (entities/{id})`, [...path, 'objectURI']));
      return null;
    }
    return { kind: 'uri', entityId, path };
  }
  // A member crosswalk without a source is in the request's source, as the input's own are.
  const prepared = prepareCrosswalks(
    context.snapshot,
    member.crosswalks!,
    memberSource,
    [...path, 'crosswalks'],
    context.limits.MAX_CROSSWALKS_PER_OBJECT,
  );
  errors.push(...prepared.problems);
  return prepared.problems.length ? null : { kind: 'crosswalks', crosswalks: prepared.crosswalks, path };
}

/** A member by anonymous id: the participant must allow the tenant's type of anonymous profiles. */
function anonymousReference(
  anonymousId: string,
  participant: ParticipantModel,
  snapshot: ConfigurationSnapshot,
  path: Path,
  errors: Problem[],
): MemberReference | null {
  const fault = anonymousIdFault(anonymousId);
  if (fault) {
    errors.push(problem('INVALID_MEMBER_REFERENCE', fault, path));
    return null;
  }
  const profileType = anonymousProfileType(snapshot);
  if (!profileType) {
    errors.push(
      problem('ANONYMOUS_MEMBERS_NOT_CONFIGURED', 'the tenant has no entity type for anonymous profiles (anonymousProfiles: true)', path),
    );
    return null;
  }
  if (participant.entityTypeIds.length && !participant.entityTypeIds.includes(profileType.id)) {
    errors.push(
      problem(
        'ANONYMOUS_MEMBERS_NOT_CONFIGURED',
        `${participant.name} does not allow ${profileType.name}, the type of anonymous profiles: it takes no anonymous members`,
        path,
      ),
    );
    return null;
  }
  return { kind: 'anonymous', anonymousId, path };
}

function memberRequestsOf(
  type: InteractionTypeModel,
  input: InteractionInput,
  values: CheckedValue[],
  context: DraftContext,
  memberSource: SourceModel,
  errors: Problem[],
  warnings: Problem[],
): MemberRequest[] {
  const { snapshot, limits } = context;
  const requests = new Map<string, MemberRequest>();
  (input.members ?? []).forEach((group, groupIndex) => {
    const path: Path = ['members', groupIndex];
    const participant = participantOf(type, group.participant, snapshot, [...path, 'participant'], warnings);
    if (!participant) {
      errors.push(problem('UNKNOWN_PARTICIPANT', `${type.name} has no participant ${group.participant}`, [...path, 'participant']));
      return;
    }
    const request = requests.get(participant.id) ?? { participant, references: [], malformed: false, path };
    requests.set(participant.id, request);
    group.members.forEach((member, memberIndex) => {
      const reference = memberReference(member, participant, context, memberSource, [...path, 'members', memberIndex], errors);
      if (reference) request.references.push(reference);
      else request.malformed = true;
    });
  });
  // Refused before any is looked up: the service's cap holds whatever maxOccurs allows.
  for (const request of requests.values()) {
    if (request.references.length <= limits.MAX_MEMBERS_PER_PARTICIPANT) continue;
    errors.push(
      problem(
        'TOO_MANY_MEMBERS',
        `${request.participant.name} takes at most ${limits.MAX_MEMBERS_PER_PARTICIPANT} members, got ${request.references.length}`,
        request.path,
      ),
    );
    request.references = [];
    request.malformed = true;
  }
  // Participants the input gives no members for are found through their property mapping.
  for (const participant of type.participants) {
    if (requests.has(participant.id)) continue;
    const request: MemberRequest = { participant, references: [], malformed: false, path: ['members'] };
    requests.set(participant.id, request);
    if (participant.mapping) request.references = mappedReferences(snapshot, participant, participant.mapping, values, errors);
  }
  return [...requests.values()];
}

/**
 * The members a property mapping looks for: the k-th values of all its interaction attributes
 * find the k-th member, so every mapped attribute must have as many values as the others.
 */
function mappedReferences(
  snapshot: ConfigurationSnapshot,
  participant: ParticipantModel,
  mapping: ParticipantMappingModel,
  values: readonly CheckedValue[],
  errors: Problem[],
): MemberReference[] {
  const entityType = snapshot.entityTypeById.get(mapping.entityTypeId)!;
  const columns = mapping.properties.map((pair) => {
    const entityAttribute = entityType.attributes.find((attribute) => attribute.name === pair.entityAttribute)!;
    return values
      .filter((candidate) => candidate.attribute.name === pair.interactionAttribute)
      .map((value): MappedValue => {
        // Compared as the entity attribute stores it: "42" finds INTEGER 42, "042" does not.
        const asEntityValue = canonicalValue(entityAttribute.valueType, typedValue(value.attribute.valueType, value.text));
        return {
          attributeTypeId: entityAttribute.id,
          attributeName: entityAttribute.name,
          value: asEntityValue.ok ? asEntityValue.text : value.text,
        };
      });
  });
  const counts = new Set(columns.map((column) => column.length));
  if (counts.size > 1) {
    const given = mapping.properties.map((pair, index) => `${pair.interactionAttribute} ${columns[index]!.length}`).join(', ');
    errors.push(
      problem(
        'INVALID_MEMBER_REFERENCE',
        `${participant.name} is found by ${mapping.properties.length} attributes that must have as many values each (the k-th values find the k-th member); got ${given}`,
        ['attributes'],
      ),
    );
    return [];
  }
  return columns[0]!.map((_, member) => ({ kind: 'mapping', pairs: columns.map((column) => column[member]!), path: ['attributes'] }));
}
