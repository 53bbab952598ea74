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
