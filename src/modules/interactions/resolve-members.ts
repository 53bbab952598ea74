// Member resolution for a whole request: every reference of every draft (entity URIs,
// crosswalks, property mappings) is collected first and looked up through the per-request
// loaders in one go, so each lookup kind costs the same statements for 1 or 1,000 members.
import { problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';
import { newId } from '../../db/ids.ts';
import type { StoredMember } from './interaction-model.ts';
import { entityUri } from '../uris/uris.ts';
import type { Draft, MappedValue, MemberReference } from './prepare-interaction.ts';
import { clip, quote } from '../../errors/quote.ts';
import { MAX_KEYS_PER_QUERY } from '../../db/batching.ts';
import { giveOthersATurn, slicesByWeight } from '../batch/taking-turns.ts';
import { anonymousProfileType, entitiesOfAnonymousIds } from '../anonymous/anonymous-profiles.ts';

/** The entities anonymous ids stand for, creating the profiles of new ones. */
async function anonymousEntities(ctx: ServiceContext, anonymousIds: string[]): Promise<Map<string, EntityRow>> {
  const profileType = anonymousProfileType(await ctx.configuration());
  // prepareInteraction refused anonymous members of a tenant without the type.
  return profileType ? entitiesOfAnonymousIds(ctx, anonymousIds, profileType) : new Map();
}

export interface ResolvedMember {
  participantId: string;
  entity: EntityRow;
  position: number;
}

/** Resolved members as they are stored, each with a new id. */
export const newStoredMembers = (members: readonly ResolvedMember[]): StoredMember[] =>
  members.map((member) => ({ id: newId(), participantId: member.participantId, entityId: member.entity.id, position: member.position }));

type Answer = EntityRow | null | EntityRow[] | 'conflict';

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

/** Keys a draft's references look up: an entity id, each crosswalk, each pair of a mapping. */
const lookupKeysOf = (draft: Draft) =>
  draft.memberRequests.reduce(
    (sum, request) =>
      sum +
      request.references.reduce(
        (keys, reference) =>
          keys +
          (reference.kind === 'uri' || reference.kind === 'anonymous'
            ? 1
            : reference.kind === 'crosswalks'
              ? reference.crosswalks.length
              : reference.pairs.length),
        0,
      ),
    0,
  );

/**
 * resolveMembers over slices of drafts of at most one statement's keys each, one slice after
 * the other with other requests' turn between them: the lookups of a whole batch at once
 * would take as many connections as PostgreSQL's pool has and, on SQLite, run back to back
 * without letting anyone else in. A batch within one statement's keys is one slice, so its
 * statements are still the same for 1 or 1,000 members.
 */
export async function resolveMembersInSlices(ctx: ServiceContext, drafts: Draft[]): Promise<Map<Draft, ResolvedMember[]>> {
  const resolved = new Map<Draft, ResolvedMember[]>();
  for (const [index, slice] of slicesByWeight(drafts, lookupKeysOf, MAX_KEYS_PER_QUERY).entries()) {
    if (index > 0) await giveOthersATurn();
    for (const [draft, members] of await resolveMembers(ctx, slice)) resolved.set(draft, members);
  }
  return resolved;
}

/** Looks up every member reference of the drafts; returns each draft's resolved members (errors go on the draft). */
export async function resolveMembers(ctx: ServiceContext, drafts: Draft[]): Promise<Map<Draft, ResolvedMember[]>> {
  const references = drafts.flatMap((draft) => draft.memberRequests.flatMap((request) => request.references));
  const byUri = references.filter((reference) => reference.kind === 'uri');
  const byCrosswalk = references.filter((reference) => reference.kind === 'crosswalks');
  const byMapping = references.filter((reference) => reference.kind === 'mapping');
  const crosswalkKeys = byCrosswalk.flatMap((reference) =>
    reference.crosswalks.map((crosswalk) => ({ sourceId: crosswalk.source.id, value: crosswalk.value })),
  );

  // Only for inputs still valid: a failing input creates no visitor profile.
  const byAnonymousId = drafts
    .filter((draft) => draft.errors.length === 0)
    .flatMap((draft) => draft.memberRequests.flatMap((request) => request.references))
    .filter((reference) => reference.kind === 'anonymous');

  const [uriAnswers, crosswalkAnswers, mappingAnswers, anonymousAnswers] = await Promise.all([
    ctx.loaders.entityById.loadMany(byUri.map((reference) => reference.entityId)),
    ctx.loaders.entityByCrosswalk.loadMany(crosswalkKeys),
    // Every pair of every mapping in the one batch: the statements do not grow with pairs or inputs.
    ctx.loaders.entitiesByAttributeValue.loadMany(
      byMapping.flatMap((reference) => reference.pairs.map(({ attributeTypeId, value }) => ({ attributeTypeId, value }))),
    ),
    byAnonymousId.length
      ? anonymousEntities(
          ctx,
          byAnonymousId.map((reference) => reference.anonymousId),
        )
      : new Map<string, EntityRow>(),
  ]);

  const answers = new Map<MemberReference, Answer>();
  byUri.forEach((reference, index) => answers.set(reference, unwrap(uriAnswers[index]!)));
  let at = 0;
  for (const reference of byCrosswalk) {
    // Any of a member's crosswalks identifies it; crosswalks naming different entities conflict.
    const found = reference.crosswalks.map(() => unwrap(crosswalkAnswers[at++]!)).filter((entity): entity is EntityRow => entity !== null);
    const distinct = new Set(found.map((entity) => entity.id));
    answers.set(reference, distinct.size > 1 ? 'conflict' : (found[0] ?? null));
  }
  at = 0;
  for (const reference of byMapping) {
    // The member holds every pair: the entities found by all of them.
    const [first = [], ...others] = reference.pairs.map(() => unwrap(mappingAnswers[at++]!));
    answers.set(
      reference,
      first.filter((entity) => others.every((found) => found.some((candidate) => candidate.id === entity.id))),
    );
  }

  for (const reference of byAnonymousId) answers.set(reference, anonymousAnswers.get(reference.anonymousId) ?? null);

  const { entityTypeById } = await ctx.configuration();
  const entityTypeOf = (id: string) => entityTypeById.get(id)?.uri ?? id;
  const resolved = new Map<Draft, ResolvedMember[]>();
  for (const draft of drafts) {
    const members: ResolvedMember[] = [];
    for (const request of draft.memberRequests) {
      const { participant } = request;
      const entities: EntityRow[] = [];
      const errorsBefore = draft.errors.length;
      for (const reference of request.references) {
        const answer = answers.get(reference);
        // An anonymous reference of an input that failed before lookup: not looked up.
        if (answer === undefined) continue;
        const entity = pickEntity(draft, reference, answer, participant.name);
        if (!entity) continue;
        if (participant.entityTypeIds.length && !participant.entityTypeIds.includes(entity.entityTypeId)) {
          draft.errors.push(
            problem(
              'MEMBER_ENTITY_TYPE_NOT_ALLOWED',
              `${entityUri(entity.id)} is a ${entityTypeOf(entity.entityTypeId)}; ${participant.name} allows ${participant.entityTypeIds.map(entityTypeOf).join(', ')}`,
              reference.path,
            ),
          );
        } else if (entities.some((candidate) => candidate.id === entity.id)) {
          draft.warnings.push(
            problem('DUPLICATE_MEMBER', `${entityUri(entity.id)} is given twice as ${participant.name}; it is kept once`, reference.path),
          );
        } else {
          entities.push(entity);
        }
      }
      // Counting members is pointless once one of them could not be resolved.
      if (!request.malformed && draft.errors.length === errorsBefore) {
        if (entities.length < participant.minOccurs) {
          draft.errors.push(
            problem(
              'TOO_FEW_MEMBERS',
              `${participant.name} needs at least ${participant.minOccurs} member${participant.minOccurs === 1 ? '' : 's'}, got ${entities.length}`,
              request.path,
            ),
          );
        } else if (participant.maxOccurs !== null && entities.length > participant.maxOccurs) {
          draft.errors.push(
            problem(
              'TOO_MANY_MEMBERS',
              `${participant.name} takes at most ${participant.maxOccurs} member${participant.maxOccurs === 1 ? '' : 's'}, got ${entities.length}`,
              request.path,
            ),
          );
        }
      }
      entities.forEach((entity, position) => members.push({ participantId: participant.id, entity, position }));
    }
    resolved.set(draft, members);
  }
  return resolved;
}

function pickEntity(draft: Draft, reference: MemberReference, answer: Answer, participantName: string): EntityRow | null {
  if (answer === 'conflict') {
    draft.errors.push(
      problem('INVALID_MEMBER_REFERENCE', `the crosswalks of this ${participantName} member point at different entities`, reference.path),
    );
    return null;
  }
  if (reference.kind === 'mapping') {
    const matches = answer as EntityRow[];
    if (matches.length === 1) return matches[0]!;
    draft.errors.push(
      matches.length === 0
        ? problem(
            'MAPPED_VALUE_MATCHED_NO_ENTITY',
            `${participantName}: ${mappedValues(reference.pairs)} matched no entity`,
            reference.path,
          )
        : problem(
            'MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES',
            `${participantName}: ${mappedValues(reference.pairs)} matched ${matches.length} entities`,
            reference.path,
          ),
    );
    return null;
  }
  const entity = answer as EntityRow | null;
  if (!entity) {
    const what =
      reference.kind === 'uri'
        ? entityUri(reference.entityId)
        : reference.kind === 'anonymous'
          ? `for anonymous id ${clip(reference.anonymousId)}`
          : reference.crosswalks.map((crosswalk) => `${crosswalk.source.uri} ${clip(crosswalk.value)}`).join(', ');
    draft.errors.push(problem('MEMBER_NOT_FOUND', `${participantName}: no entity ${what}`, reference.path));
  }
  return entity;
}

const mappedValues = (pairs: readonly MappedValue[]) =>
  pairs.length === 1
    ? `attribute value ${quote(pairs[0]!.value)}`
    : `attribute values ${pairs.map((pair) => `${pair.attributeName} ${quote(pair.value)}`).join(', ')}`;
