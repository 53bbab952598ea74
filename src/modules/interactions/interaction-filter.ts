// Turns an InteractionFilter into database conditions, refusing names the tenant does not define.
import { requestError } from '../../errors/request-errors.ts';
import { attributeConditions, type AttributeEquals } from '../attributes/attribute-filter.ts';
import type { ConfigurationSnapshot, InteractionTypeModel } from '../configuration/model.ts';
import { interactionTypeByReference, sourceByReference } from '../configuration/references.ts';
import { entityIdFromUri, parseParticipantReference } from '../uris/uris.ts';
import { propertyText } from '../properties/free-form-properties.ts';
import { withDescendants } from '../configuration/inheritance.ts';

export interface InteractionFilter {
  types?: readonly string[] | null;
  memberEntity?: string | null;
  participants?: readonly string[] | null;
  from?: bigint | null;
  to?: bigint | null;
  sources?: readonly string[] | null;
  attributes?: readonly AttributeEquals[] | null;
  /** Free-form property values (see free-form-properties.ts), all of which must hold. */
  properties?: readonly AttributeEquals[] | null;
  /** Soft-deleted interactions: left out (the default), included, or the only ones. */
  deleted?: DeletedFilter | null;
}

export type DeletedFilter = 'EXCLUDE' | 'INCLUDE' | 'ONLY';

/** The condition on deletedTime (of an interaction or of its copy on a member) that `deleted` asks for. */
export function deletedCondition(deleted: DeletedFilter | null | undefined): { deletedTime?: null | { not: null } } {
  if (deleted === 'INCLUDE') return {};
  return deleted === 'ONLY' ? { deletedTime: { not: null } } : { deletedTime: null };
}

export interface CompiledFilter {
  /** Conditions on the interaction itself (type, time, sources, attributes, soft deletion). */
  interaction: Record<string, unknown>;
  /** Whether soft-deleted interactions may be among those selected. */
  withDeleted: boolean;
  /** The soft-deletion condition alone, for members (which carry a copy of deletedTime). */
  deletion: ReturnType<typeof deletedCondition>;
  /** Whether `interaction` holds anything beyond the tenant, type and time. */
  hasInteractionOnlyConditions: boolean;
  /** Whether only live interactions are asked for, with no other condition (the member entity aside). */
  unconstrained: boolean;
  typeIds: string[] | null;
  timestamp: { gte?: bigint; lt?: bigint } | null;
  entityId: string | null;
  participantIds: string[] | null;
}

const refuse = (message: string) => requestError('BAD_REQUEST', message);

/** The interaction types named (by name or URI); a name the tenant does not define is refused. */
/** The types named, with the types extending them (a filter on a type selects its subtypes' interactions too). */
export function interactionTypesNamed(snapshot: ConfigurationSnapshot, references: readonly string[]): InteractionTypeModel[] {
  const named = references.map(
    (reference) =>
      interactionTypeByReference(snapshot, reference) ??
      (() => {
        throw refuse(`interaction type ${reference} is not defined`);
      })(),
  );
  return withDescendants(snapshot, named);
}

export function compileFilter(snapshot: ConfigurationSnapshot, filter: InteractionFilter | null | undefined): CompiledFilter {
  let types: InteractionTypeModel[] | null = filter?.types?.length ? interactionTypesNamed(snapshot, filter.types) : null;
  const candidates = types ?? snapshot.interactionTypes;

  let entityId: string | null = null;
  if (filter?.memberEntity != null) {
    entityId = entityIdFromUri(filter.memberEntity);
    if (!entityId) throw refuse(`${filter.memberEntity} is not an entity URI`);
  }
  const participantIds = filter?.participants?.length
    ? filter.participants.flatMap((reference) => {
        const { interactionTypeName, name } = parseParticipantReference(reference);
        const ids = candidates
          .filter((type) => interactionTypeName === null || interactionTypeName === type.name)
          .flatMap((type) => type.participants.filter((participant) => participant.name === name).map((participant) => participant.id));
        if (!ids.length) throw refuse(`no interaction type has a participant ${reference}`);
        return ids;
      })
    : null;
  // An inherited participant is shared with the ancestor and its other subtypes: a participant
  // named by its type selects that type's interactions (and its subtypes'), not theirs.
  const namingTypes = (filter?.participants ?? []).map((reference) => parseParticipantReference(reference).interactionTypeName);
  if (namingTypes.length && namingTypes.every((name) => name !== null)) {
    const family = new Set(interactionTypesNamed(snapshot, namingTypes).map((type) => type.id));
    types = (types ?? snapshot.interactionTypes).filter((type) => family.has(type.id));
  }

  const timestamp =
    filter?.from != null || filter?.to != null
      ? { ...(filter?.from != null ? { gte: filter.from } : {}), ...(filter?.to != null ? { lt: filter.to } : {}) }
      : null;
  const and: Record<string, unknown>[] = [];
  if (filter?.sources?.length) {
    const sourceIds = filter.sources.map(
      (reference) =>
        sourceByReference(snapshot, reference)?.id ??
        (() => {
          throw refuse(`source ${reference} is not defined`);
        })(),
    );
    and.push({ crosswalks: { some: { sourceId: { in: sourceIds } } } });
  }
  and.push(...attributeConditions(candidates, filter?.attributes ?? [], 'interaction'));
  for (const { name, value } of filter?.properties ?? []) {
    const stored = propertyText(value);
    if (!stored) throw refuse(`property ${name}: a value is a string, number or boolean`);
    and.push({ properties: { some: { name, value: stored.value } } });
  }
  const deletion = deletedCondition(filter?.deleted);
  const withDeleted = (filter?.deleted ?? 'EXCLUDE') !== 'EXCLUDE';
  return {
    interaction: {
      ...(types ? { interactionTypeId: { in: types.map((type) => type.id) } } : {}),
      ...(timestamp ? { timestamp } : {}),
      ...deletion,
      ...(and.length ? { AND: and } : {}),
    },
    withDeleted,
    deletion,
    hasInteractionOnlyConditions: and.length > 0,
    unconstrained: !types && !participantIds && !timestamp && !and.length && !withDeleted,
    typeIds: types?.map((type) => type.id) ?? null,
    timestamp,
    entityId,
    participantIds,
  };
}
