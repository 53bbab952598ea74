// Pages of interactions ordered by (timestamp, id), with keyset cursors: a cursor names the
// last row seen, so pages neither skip nor repeat rows when others are added meanwhile.
// With a member entity the walk runs over that entity's memberships (an index range of
// InteractionMember ordered by the copied timestamp), so a timeline costs the same however
// large the store is.
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../paging/pagination.ts';
import { compileFilter, type InteractionFilter } from './interaction-filter.ts';
import type { InteractionRow } from './interaction-model.ts';
import { entityUri } from '../uris/uris.ts';
import { preparedReads } from '../../db/prepared-reads.ts';
import { ENTITY_PARTICIPANTS, timelineWalk } from './timeline-statements.ts';

export interface InteractionEdgeModel {
  cursor: string;
  node: InteractionRow;
  /** For timelines: the participants the entity plays in the interaction. */
  participantIds: string[];
}

export interface InteractionPage {
  edges: InteractionEdgeModel[];
  nodes: InteractionRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counts the matching interactions; only run when the caller asks for totalCount. */
  count(): Promise<number>;
}

export interface PageArguments {
  order?: 'ASC' | 'DESC' | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface Position {
  timestamp: bigint;
  id: string;
}

const cursorOf = (position: Position) => encodeCursor(`${position.timestamp}_${position.id}`);

// Timestamps are stored as 64-bit integers: a cursor beyond them was not given out here, and
// the database would refuse it as a fault rather than as the caller's mistake.
const INT64_MAX = 2n ** 63n - 1n;

function positionOf(cursor: string): Position {
  const match = /^(-?\d{1,19})_([0-9A-Za-z]+)$/.exec(decodeCursor(cursor));
  const timestamp = match ? BigInt(match[1]!) : null;
  if (timestamp === null || timestamp > INT64_MAX || timestamp < -INT64_MAX - 1n)
    throw requestError('BAD_REQUEST', 'the cursor is not one this service gave out');
  return { timestamp, id: match![2]! };
}

interface Walk {
  direction: 'asc' | 'desc';
  size: number;
  from: Position | null;
  backwards: boolean;
}

function walkOf(args: PageArguments): Walk {
  if (args.first != null && args.last != null) throw requestError('BAD_REQUEST', 'give first (with after) or last (with before), not both');
  const backwards = args.last != null || (args.before != null && args.first == null);
  const order = args.order === 'ASC' ? 'asc' : 'desc';
  const reversed = order === 'asc' ? 'desc' : 'asc';
  const cursor = backwards ? args.before : args.after;
  return {
    direction: backwards ? reversed : order,
    size: pageSize(backwards ? args.last : args.first),
    from: cursor ? positionOf(cursor) : null,
    backwards,
  };
}

/** Rows strictly beyond `from` in the walk's direction, on (timestamp, id column). */
function beyond(walk: Walk, idColumn: 'id' | 'interactionId') {
  if (!walk.from) return {};
  const comparison = walk.direction === 'asc' ? 'gt' : 'lt';
  const bound = walk.direction === 'asc' ? 'gte' : 'lte';
  // The redundant bound lets the database start the index range at the cursor.
  return {
    AND: [
      { timestamp: { [bound]: walk.from.timestamp } },
      {
        OR: [
          { timestamp: { [comparison]: walk.from.timestamp } },
          { timestamp: walk.from.timestamp, [idColumn]: { [comparison]: walk.from.id } },
        ],
      },
    ],
  };
}

function pageOf(walk: Walk, rows: InteractionRow[], participants: Map<string, string[]>, count: () => Promise<number>): InteractionPage {
  const more = rows.length > walk.size;
  const taken = rows.slice(0, walk.size);
  if (walk.backwards) taken.reverse();
  const edges = taken.map((node) => ({ cursor: cursorOf(node), node, participantIds: participants.get(node.id) ?? [] }));
  return {
    edges,
    nodes: taken,
    pageInfo: {
      hasNextPage: walk.backwards ? walk.from !== null : more,
      hasPreviousPage: walk.backwards ? more : walk.from !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count,
  };
}

/** A page of the tenant's interactions matching the filter. */
export async function listInteractions(
  ctx: ServiceContext,
  filter: InteractionFilter | null | undefined,
  args: PageArguments,
): Promise<InteractionPage> {
  const compiled = compileFilter(await ctx.configuration(), filter);
  if (compiled.entityId) return timelinePage(ctx, compiled.entityId, filter, args);
  const walk = walkOf(args);
  const where = {
    tenantId: ctx.tenantId,
    ...compiled.interaction,
    ...(compiled.participantIds ? { members: { some: { participantId: { in: compiled.participantIds } } } } : {}),
  };
  const rows = await ctx.db.interaction.findMany({
    where: { AND: [where, beyond(walk, 'id')] },
    orderBy: [{ timestamp: walk.direction }, { id: walk.direction }],
    take: walk.size + 1,
  });
  for (const row of rows) (row.deletedTime === null ? ctx.loaders.interactionById : ctx.loaders.storedInteractionById).prime(row.id, row);
  return pageOf(walk, rows, new Map(), () => ctx.db.interaction.count({ where }));
}

/**
 * A page of an entity's timeline: the interactions it is a member of, matching the filter;
 * `withParticipants`: with the participants the entity plays in each (an edge's participants).
 */
export async function timelinePage(
  ctx: ServiceContext,
  entityId: string,
  filter: InteractionFilter | null | undefined,
  args: PageArguments,
  withParticipants = true,
): Promise<InteractionPage> {
  const compiled = compileFilter(await ctx.configuration(), { ...filter, memberEntity: entityUri(entityId) });
  const walk = walkOf(args);
  const memberWhere = {
    tenantId: ctx.tenantId,
    entityId,
    ...compiled.deletion,
    ...(compiled.participantIds ? { participantId: { in: compiled.participantIds } } : {}),
    ...(compiled.timestamp ? { timestamp: compiled.timestamp } : {}),
    ...(compiled.typeIds || compiled.hasInteractionOnlyConditions ? { interaction: { is: compiled.interaction } } : {}),
  };

  const reads = preparedReads(ctx.db);
  // An entity playing two participants in one interaction has two membership rows: walk
  // until enough distinct interactions are seen.
  const ids: string[] = [];
  let from = walk.from;
  for (;;) {
    const want = walk.size + 1 - ids.length;
    // Live interactions, no filter: the statements prepared for it rather than Prisma's.
    const rows = compiled.unconstrained
      ? await reads.all(...timelineWalk(ctx.tenantId, entityId, walk.direction, from, want + 1))
      : await ctx.db.interactionMember.findMany({
          where: { AND: [memberWhere, beyond({ ...walk, from }, 'interactionId')] },
          orderBy: [{ timestamp: walk.direction }, { interactionId: walk.direction }],
          take: want + 1,
          select: { interactionId: true, timestamp: true },
        });
    for (const row of rows) if (ids.at(-1) !== row.interactionId && ids.length < walk.size + 1) ids.push(row.interactionId);
    if (ids.length > walk.size || rows.length < want + 1) break;
    from = { timestamp: rows.at(-1)!.timestamp, id: rows.at(-1)!.interactionId };
  }
  const [interactions, memberships] = await Promise.all([
    (compiled.withDeleted ? ctx.loaders.storedInteractionById : ctx.loaders.interactionById).loadMany(ids),
    withParticipants ? reads.all(ENTITY_PARTICIPANTS, [ctx.tenantId, entityId, ids.slice(0, walk.size)]) : [],
  ]);
  const participants = new Map<string, string[]>();
  for (const membership of memberships)
    participants.set(membership.interactionId, [...(participants.get(membership.interactionId) ?? []), membership.participantId]);
  const rows = interactions.filter((row): row is InteractionRow => row !== null && !(row instanceof Error));
  const countWhere = {
    tenantId: ctx.tenantId,
    ...compiled.interaction,
    members: { some: { entityId, ...(compiled.participantIds ? { participantId: { in: compiled.participantIds } } : {}) } },
  };
  return pageOf(walk, rows, participants, () => ctx.db.interaction.count({ where: countWhere }));
}
