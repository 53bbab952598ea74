// An entity's timeline as hand-written statements, for the page almost every caller asks for:
// live interactions, no filter. One statement per direction, with or without a cursor, each
// prepared once (see prepared-reads.ts); a filtered timeline goes through Prisma instead.
import { readStatement, type ReadStatement } from '../../db/prepared-reads.ts';

export interface TimelineStep {
  interactionId: string;
  timestamp: bigint;
}

type Direction = 'asc' | 'desc';

function walkStatement(direction: Direction, fromCursor: boolean): ReadStatement<TimelineStep> {
  const beyond = direction === 'asc' ? '>' : '<';
  // The redundant bound lets the database start the index range at the cursor.
  const cursor = fromCursor
    ? ` AND timestamp ${beyond}= ? AND (timestamp ${beyond} ? OR (timestamp = ? AND "interactionId" ${beyond} ?))`
    : '';
  const order = direction.toUpperCase();
  return readStatement<TimelineStep>(
    `timeline_walk_${direction}${fromCursor ? '_from' : ''}`,
    `SELECT "interactionId", timestamp FROM "InteractionMember"
      WHERE "tenantId" = ? AND "entityId" = ? AND "deletedTime" IS NULL${cursor}
      ORDER BY timestamp ${order}, "interactionId" ${order} LIMIT ?`,
    ['timestamp'],
  );
}

const WALKS = {
  asc: [walkStatement('asc', false), walkStatement('asc', true)],
  desc: [walkStatement('desc', false), walkStatement('desc', true)],
} as const;

/** The statement and its parameters for `limit` memberships of the entity beyond `from`. */
export function timelineWalk(
  tenantId: string,
  entityId: string,
  direction: Direction,
  from: { timestamp: bigint; id: string } | null,
  limit: number,
): [ReadStatement<TimelineStep>, unknown[]] {
  if (!from) return [WALKS[direction][0], [tenantId, entityId, limit]];
  return [WALKS[direction][1], [tenantId, entityId, from.timestamp, from.timestamp, from.timestamp, from.id, limit]];
}

/** The participants the entity plays in each of the interactions (the resolvers put them in the type's order). */
export const ENTITY_PARTICIPANTS = readStatement<{ interactionId: string; participantId: string }>(
  'timeline_entity_participants',
  `SELECT "interactionId", "participantId" FROM "InteractionMember"
    WHERE "tenantId" = ? AND "entityId" = ? AND "interactionId" IN IDS ORDER BY "interactionId", position`,
);
