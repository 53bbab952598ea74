// "Last contact" reads: the newest row of each group, each one index seek (ORDER BY the
// index's trailing columns, LIMIT 1), the groups joined in one statement. Soft-deleted
// interactions are skipped on the way (few, as a rule: the purge removes them).
import { join, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { Db } from './client.ts';

export interface LatestRow {
  group: string;
  interactionId: string;
  timestamp: bigint;
}

const unionOf = (selects: Sql[]) => join(selects, ' UNION ALL ');

/** The entity's newest membership per participant (InteractionMember's entity-participant-time index). */
export async function latestMembershipPerParticipant(db: Db, tenantId: string, entityId: string, participantIds: readonly string[]) {
  if (!participantIds.length) return [];
  const selects = participantIds.map(
    (participantId, index) => sql`SELECT * FROM (SELECT "participantId" AS "group", "interactionId", "timestamp" FROM "InteractionMember"
      WHERE "tenantId" = ${tenantId} AND "entityId" = ${entityId} AND "participantId" = ${participantId} AND "deletedTime" IS NULL
      ORDER BY "timestamp" DESC, "interactionId" DESC LIMIT 1) AS ${raw(`"l${index}"`)}`,
  );
  return db.$queryRaw<LatestRow[]>`${unionOf(selects)}`;
}

/** The tenant's newest interaction per type, within [from, to) when given (Interaction's type-time index). */
export async function latestInteractionPerType(
  db: Db,
  tenantId: string,
  typeIds: readonly string[],
  from: bigint | null,
  to: bigint | null,
) {
  if (!typeIds.length) return [];
  const range = sql`${from !== null ? sql`AND "timestamp" >= ${from}` : sql``} ${to !== null ? sql`AND "timestamp" < ${to}` : sql``}`;
  const selects = typeIds.map(
    (typeId, index) => sql`SELECT * FROM (SELECT "interactionTypeId" AS "group", "id" AS "interactionId", "timestamp" FROM "Interaction"
      WHERE "tenantId" = ${tenantId} AND "interactionTypeId" = ${typeId} AND "deletedTime" IS NULL ${range}
      ORDER BY "timestamp" DESC, "id" DESC LIMIT 1) AS ${raw(`"l${index}"`)}`,
  );
  return db.$queryRaw<LatestRow[]>`${unionOf(selects)}`;
}

/**
 * The tenant's newest live interaction per value of an interaction attribute, within [from, to)
 * when given, for the first `maxValues` values in value order: a skip scan walks the
 * attribute's distinct values on its (attribute, value, time) index, one seek each (the loose
 * index scan of a recursive CTE, which both databases run as seeks), and one seek per value
 * finds its newest. Gives at most `maxValues` + 1 rows, so the caller can tell there were more.
 */
export async function latestInteractionPerValue(
  db: Db,
  tenantId: string,
  attributeTypeId: string,
  from: bigint | null,
  to: bigint | null,
  maxValues: number,
): Promise<Array<{ group: string; interactionId: string | null }>> {
  const range = sql`${from !== null ? sql`AND v."timestamp" >= ${from}` : sql``} ${to !== null ? sql`AND v."timestamp" < ${to}` : sql``}`;
  return db.$queryRaw<Array<{ group: string; interactionId: string | null }>>`
    WITH RECURSIVE "attributeValues"("value", "n") AS (
      SELECT MIN("value"), 1 FROM "InteractionAttributeValue" WHERE "tenantId" = ${tenantId} AND "attributeTypeId" = ${attributeTypeId}
      UNION ALL
      SELECT (SELECT MIN(w."value") FROM "InteractionAttributeValue" w
          WHERE w."tenantId" = ${tenantId} AND w."attributeTypeId" = ${attributeTypeId} AND w."value" > a."value"), a."n" + 1
        FROM "attributeValues" a WHERE a."value" IS NOT NULL AND a."n" <= ${maxValues}
    )
    SELECT a."value" AS "group",
      (SELECT v."interactionId" FROM "InteractionAttributeValue" v
        JOIN "Interaction" i ON i."tenantId" = v."tenantId" AND i."id" = v."interactionId"
        WHERE v."tenantId" = ${tenantId} AND v."attributeTypeId" = ${attributeTypeId} AND v."value" = a."value"
          AND i."deletedTime" IS NULL ${range}
        ORDER BY v."timestamp" DESC, v."interactionId" DESC LIMIT 1) AS "interactionId"
    FROM "attributeValues" a WHERE a."value" IS NOT NULL`;
}
