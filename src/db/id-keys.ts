// The statements of re-keys and key backfills (src/modules/configuration/): one interaction
// type's interactions read a page at a time in id order, the holders of keys and crosswalk
// values, and the questions about a type's id values that SQL answers without reading every
// interaction into memory.
import { empty, join, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { compositeKey, groupBy } from './batching.ts';
import type { DbTransaction } from './client.ts';

/** Which interactions of a type a page holds: those with a key, those without, or all. */
export type KeyScope = 'keyed' | 'unkeyed' | 'all';

/** An interaction as a re-key or backfill reads it. */
export interface KeyRow {
  id: string;
  idKey: string | null;
  crosswalks: Array<{ id: string; sourceId: string; value: string }>;
  /** Its values of the attributes asked for. */
  values: Array<{ attributeTypeId: string; value: string }>;
}

// An attribute id no attribute has: an id attribute the stored data cannot have values of yet.
const NO_ATTRIBUTE = '';

const scopeCondition = (scope: KeyScope): Sql =>
  scope === 'keyed' ? sql`AND i."idKey" IS NOT NULL` : scope === 'unkeyed' ? sql`AND i."idKey" IS NULL` : empty;

/**
 * The next page of the type's interactions in scope after the id `after` ('' for the first),
 * with their crosswalks and their values of `attributeTypeIds`: three statements a page on
 * the (tenantId, interactionTypeId, id) index, whatever the page size.
 */
export async function readKeyPage(
  tx: DbTransaction,
  where: { tenantId: string; interactionTypeId: string; scope: KeyScope },
  attributeTypeIds: readonly string[],
  after: string,
  size: number,
): Promise<KeyRow[]> {
  const { tenantId, interactionTypeId, scope } = where;
  const page = await tx.$queryRaw<Array<{ id: string; idKey: string | null }>>`SELECT i."id", i."idKey" FROM "Interaction" i
    WHERE i."tenantId" = ${tenantId} AND i."interactionTypeId" = ${interactionTypeId} ${scopeCondition(scope)} AND i."id" > ${after}
    ORDER BY i."id" LIMIT ${size}`;
  if (!page.length) return [];
  const ids = join(page.map((row) => row.id));
  const [crosswalks, values] = await Promise.all([
    tx.$queryRaw<Array<{ id: string; interactionId: string; sourceId: string; value: string }>>`
      SELECT "id", "interactionId", "sourceId", "value" FROM "InteractionCrosswalk"
       WHERE "tenantId" = ${tenantId} AND "interactionId" IN (${ids})`,
    attributeTypeIds.length
      ? tx.$queryRaw<Array<{ interactionId: string; attributeTypeId: string; value: string }>>`
          SELECT "interactionId", "attributeTypeId", "value" FROM "InteractionAttributeValue"
           WHERE "tenantId" = ${tenantId} AND "interactionId" IN (${ids}) AND "attributeTypeId" IN (${join(attributeTypeIds)})
           ORDER BY "position"`
      : Promise.resolve([]),
  ]);
  const crosswalksOf = groupBy(crosswalks, (crosswalk) => crosswalk.interactionId);
  const valuesOf = groupBy(values, (value) => value.interactionId);
  return page.map(({ id, idKey }) => ({
    id,
    idKey,
    crosswalks: (crosswalksOf.get(id) ?? []).map(({ id: crosswalkId, sourceId, value }) => ({ id: crosswalkId, sourceId, value })),
    values: (valuesOf.get(id) ?? []).map(({ attributeTypeId, value }) => ({ attributeTypeId, value })),
  }));
}

// Keys or crosswalk values looked up per statement: a re-key's or backfill's whole page at
// once, two bind parameters each at most, far below every provider's limit (SQLite 32,766).
const HOLDERS_PER_STATEMENT = 10_000;

/** The interaction holding each of the keys that one holds. */
export async function keyHolders(tx: DbTransaction, tenantId: string, keys: readonly string[]): Promise<Map<string, string>> {
  const holders = new Map<string, string>();
  for (let start = 0; start < keys.length; start += HOLDERS_PER_STATEMENT) {
    const chunk = keys.slice(start, start + HOLDERS_PER_STATEMENT);
    const rows = await tx.$queryRaw<Array<{ id: string; idKey: string }>>`SELECT "id", "idKey" FROM "Interaction"
      WHERE "tenantId" = ${tenantId} AND "idKey" IN (${join(chunk)})`;
    for (const row of rows) holders.set(row.idKey, row.id);
  }
  return holders;
}

/** The crosswalk holding each (source, value) that one holds, by compositeKey(sourceId, value). */
export async function crosswalkHolders(
  tx: DbTransaction,
  tenantId: string,
  wanted: ReadonlyArray<{ sourceId: string; value: string }>,
): Promise<Map<string, { id: string; interactionId: string }>> {
  const holders = new Map<string, { id: string; interactionId: string }>();
  for (let start = 0; start < wanted.length; start += HOLDERS_PER_STATEMENT) {
    // One condition per source, so that each is a range of the (tenantId, sourceId, value) index.
    const bySource = [...groupBy(wanted.slice(start, start + HOLDERS_PER_STATEMENT), (crosswalk) => crosswalk.sourceId)].map(
      ([sourceId, group]) => sql`("sourceId" = ${sourceId} AND "value" IN (${join(group.map((crosswalk) => crosswalk.value))}))`,
    );
    const rows = await tx.$queryRaw<Array<{ id: string; interactionId: string; sourceId: string; value: string }>>`
      SELECT "id", "interactionId", "sourceId", "value" FROM "InteractionCrosswalk"
       WHERE "tenantId" = ${tenantId} AND (${join(bySource, ' OR ')})`;
    for (const row of rows) holders.set(compositeKey(row.sourceId, row.value), { id: row.id, interactionId: row.interactionId });
  }
  return holders;
}

/** Interactions of one type that share all their values of some attributes: how many groups and interactions, and the first groups. */
export interface SharedValues {
  groups: number;
  interactions: number;
  /** The first groups in id order: the smallest and largest id of each, and its size. */
  examples: Array<{ first: string; last: string; size: number }>;
}

const count = (value: bigint | number | null | undefined) => Number(value ?? 0);
const attributeIds = (ids: ReadonlyArray<string | undefined>) => ids.map((id) => id ?? NO_ATTRIBUTE);

/**
 * The interactions of the type in scope that have a value of every attribute of
 * `attributeTypeIds` (undefined: an attribute with no stored values) and the same values as
 * another one: one GROUP BY in the database, `examples` groups at most returned, the largest
 * first since those are the ones a caller most needs to see.
 */
export async function sharedIdValues(
  tx: DbTransaction,
  where: { tenantId: string; interactionTypeId: string; scope: KeyScope },
  attributeTypeIds: ReadonlyArray<string | undefined>,
  examples: number,
): Promise<SharedValues> {
  const ids = attributeIds(attributeTypeIds);
  const alias = (at: number) => raw(`v${at}`);
  const joins = ids.map(
    (attributeTypeId, at) => sql`JOIN "InteractionAttributeValue" ${alias(at)}
      ON ${alias(at)}."tenantId" = i."tenantId" AND ${alias(at)}."interactionId" = i."id" AND ${alias(at)}."attributeTypeId" = ${attributeTypeId}`,
  );
  const rows = await tx.$queryRaw<Array<{ first: string; last: string; size: bigint; groups: bigint; interactions: bigint }>>`
    SELECT MIN(i."id") AS "first", MAX(i."id") AS "last", COUNT(*) AS "size",
           COUNT(*) OVER () AS "groups", SUM(COUNT(*)) OVER () AS "interactions"
      FROM "Interaction" i ${join(joins, ' ')}
     WHERE i."tenantId" = ${where.tenantId} AND i."interactionTypeId" = ${where.interactionTypeId} ${scopeCondition(where.scope)}
     GROUP BY ${raw(ids.map((_, at) => `v${at}."value"`).join(', '))}
    HAVING COUNT(*) > 1
     ORDER BY COUNT(*) DESC, MIN(i."id") LIMIT ${examples}`;
  return {
    groups: count(rows[0]?.groups),
    interactions: count(rows[0]?.interactions),
    examples: rows.map(({ first, last, size }) => ({ first, last, size: count(size) })),
  };
}

/**
 * The interactions of the type in scope without a value of some attribute of
 * `attributeTypeIds`: how many, and the first `examples` with the positions of the attributes
 * each lacks.
 */
export async function lackingIdValues(
  tx: DbTransaction,
  where: { tenantId: string; interactionTypeId: string; scope: KeyScope },
  attributeTypeIds: ReadonlyArray<string | undefined>,
  examples: number,
): Promise<{ count: number; examples: Array<{ id: string; missing: number[] }> }> {
  const has = attributeIds(attributeTypeIds).map(
    (attributeTypeId) => sql`EXISTS (SELECT 1 FROM "InteractionAttributeValue" v
      WHERE v."tenantId" = i."tenantId" AND v."interactionId" = i."id" AND v."attributeTypeId" = ${attributeTypeId})`,
  );
  const rows = await tx.$queryRaw<Array<{ id: string; total: bigint } & Record<string, unknown>>>`
    SELECT i."id", ${join(
      has.map((exists, at) => sql`CASE WHEN ${exists} THEN 1 ELSE 0 END AS ${raw(`"has${at}"`)}`),
      ', ',
    )}, COUNT(*) OVER () AS "total"
      FROM "Interaction" i
     WHERE i."tenantId" = ${where.tenantId} AND i."interactionTypeId" = ${where.interactionTypeId} ${scopeCondition(where.scope)}
       AND NOT (${join(has, ' AND ')})
     ORDER BY i."id" LIMIT ${examples}`;
  return {
    count: count(rows[0]?.total),
    examples: rows.map((row) => ({ id: row.id, missing: has.flatMap((_, at) => (Number(row[`has${at}`]) ? [] : [at])) })),
  };
}

/** Drops the keys of every interaction of the type; returns how many had one. */
export function clearIdKeys(tx: DbTransaction, tenantId: string, interactionTypeId: string): Promise<number> {
  return tx.interaction
    .updateMany({ where: { tenantId, interactionTypeId, idKey: { not: null } }, data: { idKey: null } })
    .then((result) => result.count);
}
