// Member resolution for a whole request: every reference of every draft (entity URIs,
// crosswalks, attribute mappings) is collected first and looked up through the per-request
// loaders in one go, so each lookup kind costs the same statements for 1 or 1,000 members.
import { problem } from '../../errors/catalog.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';
import { newId } from '../../db/ids.ts';
import type { StoredMember } from './interaction-model.ts';
import { entityUri } from '../uris/uris.ts';
import type { Draft, MemberReference } from './prepare-interaction.ts';
import { clip, quote } from '../../errors/quote.ts';

export interface ResolvedMember {
  memberTypeId: string;
  entity: EntityRow;
  position: number;
}

/** Resolved members as they are stored, each with a new id. */
export const newStoredMembers = (members: readonly ResolvedMember[]): StoredMember[] =>
  members.map((member) => ({ id: newId(), memberTypeId: member.memberTypeId, entityId: member.entity.id, position: member.position }));

type Answer = EntityRow | null | EntityRow[] | 'conflict';

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
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

  const [uriAnswers, crosswalkAnswers, mappingAnswers] = await Promise.all([
    ctx.loaders.entityById.loadMany(byUri.map((reference) => reference.entityId)),
    ctx.loaders.entityByCrosswalk.loadMany(crosswalkKeys),
    ctx.loaders.entitiesByAttributeValue.loadMany(
      byMapping.map((reference) => ({ attributeTypeId: reference.attributeTypeId, value: reference.value })),
    ),
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
  byMapping.forEach((reference, index) => answers.set(reference, unwrap(mappingAnswers[index]!)));

  const resolved = new Map<Draft, ResolvedMember[]>();
  for (const draft of drafts) {
    const members: ResolvedMember[] = [];
    for (const request of draft.memberRequests) {
      const { memberType } = request;
      const entities: EntityRow[] = [];
      const errorsBefore = draft.errors.length;
      for (const reference of request.references) {
        const answer = answers.get(reference)!;
        const entity = pickEntity(draft, reference, answer, memberType.name);
        if (!entity) continue;
        if (memberType.entityTypeIds.length && !memberType.entityTypeIds.includes(entity.entityTypeId)) {
          draft.errors.push(
            problem(
              'MEMBER_ENTITY_TYPE_NOT_ALLOWED',
              `${entityUri(entity.id)} is not of an entity type ${memberType.name} allows`,
              reference.path,
            ),
          );
        } else if (entities.some((candidate) => candidate.id === entity.id)) {
          draft.warnings.push(
            problem('DUPLICATE_MEMBER', `${entityUri(entity.id)} is given twice as ${memberType.name}; it is kept once`, reference.path),
          );
        } else {
          entities.push(entity);
        }
      }
      // Counting members is pointless once one of them could not be resolved.
      if (!request.malformed && draft.errors.length === errorsBefore) {
        if (entities.length < memberType.minOccurs) {
          draft.errors.push(
            problem(
              'TOO_FEW_MEMBERS',
              `${memberType.name} needs at least ${memberType.minOccurs} member${memberType.minOccurs === 1 ? '' : 's'}, got ${entities.length}`,
              request.path,
            ),
          );
        } else if (memberType.maxOccurs !== null && entities.length > memberType.maxOccurs) {
          draft.errors.push(
            problem(
              'TOO_MANY_MEMBERS',
              `${memberType.name} takes at most ${memberType.maxOccurs} member${memberType.maxOccurs === 1 ? '' : 's'}, got ${entities.length}`,
              request.path,
            ),
          );
        }
      }
      entities.forEach((entity, position) => members.push({ memberTypeId: memberType.id, entity, position }));
    }
    resolved.set(draft, members);
  }
  return resolved;
}

function pickEntity(draft: Draft, reference: MemberReference, answer: Answer, memberTypeName: string): EntityRow | null {
  if (answer === 'conflict') {
    draft.errors.push(
      problem('INVALID_MEMBER_REFERENCE', `the crosswalks of this ${memberTypeName} member point at different entities`, reference.path),
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
            `${memberTypeName}: attribute value ${quote(reference.value)} matched no entity`,
            reference.path,
          )
        : problem(
            'MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES',
            `${memberTypeName}: attribute value ${quote(reference.value)} matched ${matches.length} entities`,
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
        : reference.crosswalks.map((crosswalk) => `${crosswalk.source.uri} ${clip(crosswalk.value)}`).join(', ');
    draft.errors.push(problem('MEMBER_NOT_FOUND', `${memberTypeName}: no entity ${what}`, reference.path));
  }
  return entity;
}
