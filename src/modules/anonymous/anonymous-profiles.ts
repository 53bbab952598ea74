// Anonymous visitors: a member referenced by an anonymous id (an MXO tid, a device or cookie
// id) is the customer the id was identified as, else the id's anonymous profile, which the
// first reference creates (an entity of the tenant's anonymousProfiles type).
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import { chunked } from '../../db/batching.ts';
import { insertTables } from '../../db/bulk-insert.ts';
import { recordChanges } from '../../db/change-log.ts';
import { newId } from '../../db/ids.ts';
import { writeTransactionOptions } from '../configuration/configuration-timeout.ts';
import type { ConfigurationSnapshot, EntityTypeModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { EntityRow } from '../entities/entity-model.ts';

/** The entity type of anonymous profiles in the tenant's configuration; null when it has none. */
export const anonymousProfileType = (snapshot: ConfigurationSnapshot): EntityTypeModel | null =>
  snapshot.entityTypes.find((type) => type.anonymousProfiles) ?? null;

/** For each anonymous id that has one, the id of its row in `table`: the customer it is linked to, or its profile. */
async function entityIdsIn(
  ctx: ServiceContext,
  table: 'anonymousLink' | 'anonymousProfile',
  anonymousIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of chunked(anonymousIds)) {
    const where = { tenantId: ctx.tenantId, anonymousId: { in: chunk } };
    const rows =
      table === 'anonymousLink'
        ? (await ctx.db.anonymousLink.findMany({ where, select: { anonymousId: true, customerId: true } })).map((row) => ({
            anonymousId: row.anonymousId,
            entityId: row.customerId,
          }))
        : await ctx.db.anonymousProfile.findMany({ where, select: { anonymousId: true, entityId: true } });
    for (const row of rows) found.set(row.anonymousId, row.entityId);
  }
  return found;
}

/** The customers these anonymous ids are identified as, by id: those identified only. */
export const linkedCustomerIds = (ctx: ServiceContext, anonymousIds: readonly string[]) => entityIdsIn(ctx, 'anonymousLink', anonymousIds);

/** For each anonymous id that has one: the identified customer's id, else the profile's. */
async function storedEntityIds(ctx: ServiceContext, anonymousIds: readonly string[]): Promise<Map<string, string>> {
  const [links, profiles] = await Promise.all([linkedCustomerIds(ctx, anonymousIds), entityIdsIn(ctx, 'anonymousProfile', anonymousIds)]);
  // A link wins: a profile and a link can only coexist while an identify commits.
  return new Map([...profiles, ...links]);
}

/** The entity an anonymous id stands for now (customer or profile), without creating one. */
export async function entityOfAnonymousId(ctx: ServiceContext, anonymousId: string): Promise<EntityRow | null> {
  const id = (await storedEntityIds(ctx, [anonymousId])).get(anonymousId);
  return id ? ctx.loaders.entityById.load(id) : null;
}

/**
 * The entity each anonymous id stands for, creating the profiles of ids seen for the first time
 * (in one transaction, with a CREATED entry each in the change stream). Two requests creating
 * the profile of one id at once end with one profile, which both get.
 */
export async function entitiesOfAnonymousIds(
  ctx: ServiceContext,
  anonymousIds: readonly string[],
  profileType: EntityTypeModel,
): Promise<Map<string, EntityRow>> {
  const distinct = [...new Set(anonymousIds)];
  const entityIds = await storedEntityIds(ctx, distinct);
  const unseen = distinct.filter((anonymousId) => !entityIds.has(anonymousId));
  if (unseen.length) {
    await createProfiles(ctx, unseen, profileType);
    for (const [anonymousId, entityId] of await storedEntityIds(ctx, unseen)) entityIds.set(anonymousId, entityId);
  }
  const ids = [...entityIds.entries()];
  const entities = await ctx.loaders.entityById.loadMany(ids.map(([, entityId]) => entityId));
  const result = new Map<string, EntityRow>();
  ids.forEach(([anonymousId], index) => {
    const entity = entities[index];
    if (entity && !(entity instanceof Error)) result.set(anonymousId, entity);
  });
  return result;
}

async function createProfiles(ctx: ServiceContext, anonymousIds: readonly string[], profileType: EntityTypeModel): Promise<void> {
  const { tenantId, caller } = ctx;
  const now = BigInt(Date.now());
  const entities = anonymousIds.map((anonymousId) => ({
    anonymousId,
    row: {
      tenantId,
      id: newId(),
      entityTypeId: profileType.id,
      label: null,
      createdTime: now,
      updatedTime: now,
      createdBy: caller,
      updatedBy: caller,
    },
  }));
  const created = await ctx.db.$transaction(async (tx) => {
    for (const statement of insertTables(tx, { Entity: entities.map((entity) => entity.row) })) await statement;
    const claimed = new Set<string>();
    for (const chunk of chunked(entities, 1_000)) {
      const values = join(chunk.map((entity) => sql`(${tenantId}, ${entity.anonymousId}, ${entity.row.id})`));
      const rows = await tx.$queryRaw<Array<{ anonymousId: string }>>`INSERT INTO "AnonymousProfile" ("tenantId", "anonymousId", "entityId")
        VALUES ${values} ON CONFLICT DO NOTHING RETURNING "anonymousId"`;
      for (const row of rows) claimed.add(row.anonymousId);
    }
    // Another request created the profile of these ids first: theirs is the profile.
    const lost = entities.filter((entity) => !claimed.has(entity.anonymousId)).map((entity) => entity.row.id);
    if (lost.length) await tx.$executeRaw`DELETE FROM "Entity" WHERE "tenantId" = ${tenantId} AND "id" IN (${join(lost)})`;
    const kept = entities.filter((entity) => claimed.has(entity.anonymousId));
    await recordChanges(
      tx,
      tenantId,
      caller,
      kept.map((entity) => ({ objectType: 'entity', objectId: entity.row.id, typeId: profileType.id, kind: 'created' })),
    );
    return kept.length;
  }, writeTransactionOptions(ctx.settings));
  await ctx.writes.committed(created);
}
