// identify: an anonymous visitor turns out to be a known customer. Every interaction of the
// visitor's profile becomes the customer's (same participant, same timestamp, so the
// customer's timeline holds the anonymous history in order), the profile goes, and the link
// stays, so that later references to the anonymous id are the customer.
import { recordChanges } from '../../db/change-log.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import { newRevisions } from '../../db/new-revisions.ts';
import { anonymousIdFault } from './anonymous-id.ts';
import { requestError } from '../../errors/request-errors.ts';
import { sourceByReference } from '../configuration/references.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';
import { entityIdFromUri, entityUri } from '../uris/uris.ts';

export interface CustomerReference {
  objectURI?: string | null;
  crosswalk?: { source?: string | null; value: string } | null;
}

export interface IdentifyOutcome {
  anonymousId: string;
  customer: EntityRow;
  interactionsMoved: number;
  alreadyIdentified: boolean;
}

const refuse = (message: string) => requestError('BAD_REQUEST', message);

async function customerOf(ctx: ServiceContext, reference: CustomerReference): Promise<EntityRow> {
  if ((reference.objectURI != null) === (reference.crosswalk != null))
    throw refuse('name the customer by exactly one of objectURI or crosswalk');
  let entity: EntityRow | null;
  let named: string;
  if (reference.objectURI != null) {
    const id = entityIdFromUri(reference.objectURI);
    if (!id) throw refuse(`${reference.objectURI} is not an entity URI (entities/{id})`);
    entity = await ctx.loaders.entityById.load(id);
    named = reference.objectURI;
  } else {
    const { source: sourceName, value } = reference.crosswalk!;
    const snapshot = await ctx.configuration();
    const source = sourceName ? sourceByReference(snapshot, sourceName) : snapshot.sources.find((candidate) => candidate.isDefault);
    if (!source) throw refuse(`source ${sourceName} is not defined`);
    entity = await ctx.loaders.entityByCrosswalk.load({ sourceId: source.id, value });
    named = `the entity with crosswalk ${source.name} ${value}`;
  }
  if (!entity) throw refuse(`no entity ${named}`);
  const type = (await ctx.configuration()).entityTypeById.get(entity.entityTypeId);
  if (type?.anonymousProfiles) throw refuse(`${entityUri(entity.id)} is an anonymous profile, not a known customer`);
  return entity;
}

/** Identifies the anonymous id as the customer; idempotent, and refused once it is another's. */
export async function identify(ctx: ServiceContext, anonymousId: string, reference: CustomerReference): Promise<IdentifyOutcome> {
  const fault = anonymousIdFault(anonymousId);
  if (fault) throw refuse(fault);
  const customer = await customerOf(ctx, reference);
  const participantsById = new Map(
    (await ctx.configuration()).interactionTypes.flatMap((type) =>
      type.ownParticipants.map((participant) => [participant.id, participant]),
    ),
  );
  const { tenantId, caller } = ctx;
  const now = BigInt(Date.now());
  const outcome = await ctx.db
    .$transaction(async (tx) => {
      // The link first: of requests identifying one id at once, one inserts it and the others
      // (waiting on its key) find it, so the move below runs once.
      const linked = await tx.$queryRaw<Array<{ customerId: string }>>`INSERT INTO "AnonymousLink"
      ("tenantId", "anonymousId", "customerId", "identifiedTime", "identifiedBy")
      VALUES (${tenantId}, ${anonymousId}, ${customer.id}, ${now}, ${caller}) ON CONFLICT DO NOTHING RETURNING "customerId"`;
      const already = !linked.length;
      if (already) {
        const link = await tx.anonymousLink.findUniqueOrThrow({ where: { tenantId_anonymousId: { tenantId, anonymousId } } });
        if (link.customerId !== customer.id)
          throw requestError('CONFLICT', `anonymous id ${anonymousId} is identified as ${entityUri(link.customerId)} already`, {
            reason: 'ANONYMOUS_ID_IDENTIFIED_OTHERWISE',
            existingUri: entityUri(link.customerId),
          });
      }
      // Identified already, a profile is what a reference racing the first identify left: it moves too.
      const profile = await tx.anonymousProfile.findUnique({ where: { tenantId_anonymousId: { tenantId, anonymousId } } });
      if (!profile) return { moved: 0, already, changes: 0 };
      const profileId = profile.entityId;
      // The customer takes the visitor's place in each interaction: every such participant must allow it.
      const played = await tx.interactionMember.findMany({
        where: { tenantId, entityId: profileId },
        select: { participantId: true },
        distinct: ['participantId'],
      });
      const refusing = played.flatMap(({ participantId }) => {
        const participant = participantsById.get(participantId);
        return participant && participant.entityTypeIds.length && !participant.entityTypeIds.includes(customer.entityTypeId)
          ? [participant.uri]
          : [];
      });
      if (refusing.length)
        throw refuse(
          `${entityUri(customer.id)} cannot take the visitor's place: ${refusing.join(', ')} ${refusing.length === 1 ? 'does' : 'do'} not allow its entity type; nothing was changed`,
        );
      // Where the customer is already a member in the same participant, the profile's membership goes.
      await tx.$executeRaw`DELETE FROM "InteractionMember" WHERE "tenantId" = ${tenantId} AND "entityId" = ${profileId}
      AND EXISTS (SELECT 1 FROM "InteractionMember" c WHERE c."tenantId" = "InteractionMember"."tenantId"
        AND c."interactionId" = "InteractionMember"."interactionId" AND c."participantId" = "InteractionMember"."participantId"
        AND c."entityId" = ${customer.id})`;
      const moved = await tx.$queryRaw<Array<{ interactionId: string }>>`UPDATE "InteractionMember" SET "entityId" = ${customer.id}
      WHERE "tenantId" = ${tenantId} AND "entityId" = ${profileId} RETURNING "interactionId"`;
      const interactionIds = [...new Set(moved.map((row) => row.interactionId))];
      const changed = await newRevisions(tx, tenantId, caller, interactionIds, now);
      // The profile has nothing left to stand for; its AnonymousProfile row goes with it.
      const profileEntity = await tx.entity.delete({ where: { tenantId_id: { tenantId, id: profileId } }, select: { entityTypeId: true } });
      changed.push({ objectType: 'entity', objectId: profileId, typeId: profileEntity.entityTypeId, kind: 'deleted' });
      await recordChanges(tx, tenantId, caller, changed);
      return { moved: interactionIds.length, already, changes: changed.length };
    }, writeTransactionOptions(ctx.settings))
    .catch((error: unknown) => {
      // The profile gained a member after the move: nothing was changed, and a retry moves it too.
      if (isForeignKeyViolation(error))
        throw requestError(
          'CONFLICT',
          `anonymous id ${anonymousId} was referenced while it was being identified; nothing was changed: identify it again`,
        );
      throw error;
    });
  await ctx.writes.committed(outcome.changes);
  if (outcome.changes) ctx.forgetLoadedRows();
  return { anonymousId, customer, interactionsMoved: outcome.moved, alreadyIdentified: outcome.already };
}
