import type { Db } from './client.ts';

/** The tenant stream's last position (0 before its first change): every entry up to it has committed. */
export async function streamHead(db: Db, tenantId: string): Promise<bigint> {
  const counter = await db.changeCounter.findUnique({ where: { tenantId }, select: { seq: true } });
  return counter?.seq ?? 0n;
}

/** The first position still retained (head + 1 when none is). */
export async function oldestRetained(db: Db, tenantId: string, head: bigint): Promise<bigint> {
  const oldest = await db.change.findFirst({ where: { tenantId }, orderBy: { seq: 'asc' }, select: { seq: true } });
  return oldest?.seq ?? head + 1n;
}

/** Up to `limit` entries after `after` and at most `upTo`, in stream order, of the objects and types chosen (all when null). */
export function changesBetween(
  db: Db,
  tenantId: string,
  after: bigint,
  upTo: bigint,
  limit: number,
  selection: { objectTypes: string[] | null; typeIds: string[] | null },
) {
  return db.change.findMany({
    where: {
      tenantId,
      seq: { gt: after, lte: upTo },
      ...(selection.objectTypes ? { objectType: { in: selection.objectTypes } } : {}),
      ...(selection.typeIds ? { typeId: { in: selection.typeIds } } : {}),
    },
    orderBy: { seq: 'asc' },
    take: limit,
  });
}

/**
 * Removes the entries recorded before `before`, at most `batch` per statement; gives how many
 * it removed. Only a tenant's oldest entries go, up to its first one that is still young (or
 * up to its head when all are old, read first: what commits meanwhile is young): the kept
 * entries stay one unbroken run, so that a cursor is served whole or refused, never holed.
 */
export async function purgeChangesBefore(db: Db, before: bigint, batch: number): Promise<number> {
  let removed = 0;
  for (const { tenantId, seq: head } of await db.changeCounter.findMany({ select: { tenantId: true, seq: true } })) {
    const young = await db.change.findFirst({
      where: { tenantId, seq: { lte: head }, recordedTime: { gte: before } },
      orderBy: { seq: 'asc' },
      select: { seq: true },
    });
    const end = young?.seq ?? head + 1n;
    for (let oldest = await oldestRetained(db, tenantId, head); oldest < end; oldest = await oldestRetained(db, tenantId, head)) {
      const upTo = oldest + BigInt(batch) < end ? oldest + BigInt(batch) : end;
      removed += (await db.change.deleteMany({ where: { tenantId, seq: { gte: oldest, lt: upTo } } })).count;
    }
  }
  return removed;
}
