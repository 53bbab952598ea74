// eraseEntity: a person's right to erasure. The entity and everything that names it go, in
// one transaction; interactions it shared with others stay, without it.
import { deletedEntries, recordChanges, type ChangeEntry } from '../../db/change-log.ts';
import { chunked, compositeKey } from '../../db/batching.ts';
import { newRevisions } from '../../db/new-revisions.ts';
import type { DbTransaction } from '../../db/client.ts';
import { deleteReturningTypes } from '../../db/delete-returning.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import type { ConfigurationSnapshot } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { entityIdFromUri, entityUri } from '../uris/uris.ts';
import { requestError } from '../../errors/request-errors.ts';

export interface ErasureModel {
  uri: string;
  erased: boolean;
  interactionsDeleted: number;
  interactionsUpdated: number;
}

/**
 * The interactions of which the entity is a member, split: those that go (it is their only
 * member, or without it a participant would fall below its minOccurs) and those that stay
 * without it.
 */
async function shareOut(
  tx: DbTransaction,
  tenantId: string,
  entityId: string,
  snapshot: ConfigurationSnapshot,
): Promise<{ doomed: string[]; kept: string[] }> {
  const memberships = await tx.interactionMember.findMany({
    where: { tenantId, entityId },
    select: { interactionId: true, participantId: true },
  });
  const interactionIds = [...new Set(memberships.map((row) => row.interactionId))];
  // Other members per (interaction, participant), and the interactions that have any.
  const others = new Map<string, number>();
  const hasOthers = new Set<string>();
  for (const ids of chunked(interactionIds)) {
    const rows = await tx.interactionMember.groupBy({
      by: ['interactionId', 'participantId'],
      where: { tenantId, interactionId: { in: ids }, entityId: { not: entityId } },
      _count: { _all: true },
    });
    for (const row of rows) {
      others.set(compositeKey(row.interactionId, row.participantId), row._count._all);
      hasOthers.add(row.interactionId);
    }
  }
  const minOccurs = new Map(snapshot.interactionTypes.flatMap((type) => type.participants.map((p) => [p.id, p.minOccurs] as const)));
  const doomed = new Set(interactionIds.filter((id) => !hasOthers.has(id)));
  for (const { interactionId, participantId } of memberships)
    if ((others.get(compositeKey(interactionId, participantId)) ?? 0) < (minOccurs.get(participantId) ?? 0)) doomed.add(interactionId);
  return { doomed: [...doomed], kept: interactionIds.filter((id) => !doomed.has(id)) };
}

/**
 * Erases the entity: its attributes and crosswalks; every interaction it was the only member
 * of, or that would lack a required member without it; its membership of the others, which
 * are updated; the change stream's earlier entries about it and the answers kept for
 * Idempotency-Key retries that name it. The stream then holds one ERASED entry for it, so
 * that readers erase their copies. Erasing what is not there changes nothing (erased: false).
 */
export async function eraseEntity(ctx: ServiceContext, uri: string): Promise<ErasureModel> {
  const entityId = entityIdFromUri(uri);
  if (!entityId) throw requestError('BAD_REQUEST', `${uri} is not an entity URI`);
  const snapshot = await ctx.configuration();
  const { tenantId } = ctx;
  const result = await ctx.db.$transaction(async (tx) => {
    const entity = await tx.entity.findUnique({ where: { tenantId_id: { tenantId, id: entityId } }, select: { entityTypeId: true } });
    if (!entity) return { erased: false, interactionsDeleted: 0, interactionsUpdated: 0, changes: 0 };
    const { doomed, kept } = await shareOut(tx, tenantId, entityId, snapshot);
    const deleted = await deleteReturningTypes(tx, 'Interaction', tenantId, doomed);
    const changes: ChangeEntry[] = deletedEntries('interaction', deleted);
    await tx.interactionMember.deleteMany({ where: { tenantId, entityId } });
    const updated = await newRevisions(tx, tenantId, ctx.caller, kept, BigInt(Date.now()));
    changes.push(...updated);
    // What the stream said about it before, and answers kept for retries that show it.
    await tx.change.deleteMany({ where: { tenantId, objectType: 'entity', objectId: entityId } });
    const naming = `%${entityUri(entityId)}%`;
    await tx.$executeRaw`DELETE FROM "IdempotentRequest" WHERE "tenantId" = ${tenantId} AND "response" LIKE ${naming}`;
    await tx.entity.delete({ where: { tenantId_id: { tenantId, id: entityId } } });
    changes.push({ objectType: 'entity', objectId: entityId, typeId: entity.entityTypeId, kind: 'erased' });
    await recordChanges(tx, tenantId, ctx.caller, changes);
    return { erased: true, interactionsDeleted: deleted.length, interactionsUpdated: kept.length, changes: changes.length };
  }, writeTransactionOptions(ctx.settings));
  await ctx.writes.committed(result.changes);
  if (result.erased) ctx.forgetLoadedRows();
  return { uri, erased: result.erased, interactionsDeleted: result.interactionsDeleted, interactionsUpdated: result.interactionsUpdated };
}
