// The raw handler's hand-written SQL (see raw-handler.ts), one text for both databases in the
// prepared reads' notation (`?` placeholders, `IN IDS` for a list bound as one parameter; see
// statementText), so every statement is prepared once.
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '../db/adapter.ts';
import type { Provider } from '../config/database-url.ts';
import { newId } from '../db/ids.ts';
import { sqliteParameter, statementText } from '../db/prepared-reads.ts';

/** A row as the driver gives it (pg: BIGINT as text). */
export type Row = Record<string, string | number | null>;

export interface NewVisit {
  id: string;
  timestamp: number;
  values: Record<string, string>;
  host: string;
  guest: { source: string; value: string };
  venueCode: string;
}

export interface RawStore {
  timelineIds(entityId: string, limit: number): Promise<Row[]>;
  interactions(ids: string[]): Promise<Row[]>;
  values(ids: string[]): Promise<Row[]>;
  members(ids: string[]): Promise<Row[]>;
  createVisit(visit: NewVisit): Promise<void>;
  close(): Promise<void>;
}

const SQL = {
  timelineIds: `SELECT "interactionId", timestamp FROM "InteractionMember"
    WHERE "tenantId" = ? AND "entityId" = ? AND "deletedTime" IS NULL ORDER BY timestamp DESC, "interactionId" DESC LIMIT ?`,
  interactions: `SELECT i.id, i.timestamp, t.name AS "typeName" FROM "Interaction" i
    JOIN "InteractionType" t ON t."tenantId" = i."tenantId" AND t.id = i."interactionTypeId"
    WHERE i."tenantId" = ? AND i.id IN IDS AND i."deletedTime" IS NULL`,
  values: `SELECT v."interactionId", v.id, v.value, a.name, a."valueType" FROM "InteractionAttributeValue" v
    JOIN "InteractionAttributeType" a ON a."tenantId" = v."tenantId" AND a.id = v."attributeTypeId"
    WHERE v."tenantId" = ? AND v."interactionId" IN IDS AND a.hidden = ? ORDER BY v."interactionId", a.position, v.position`,
  members: `SELECT m."interactionId", m."entityId", p.name AS participant, e.label, et.name AS "entityType" FROM "InteractionMember" m
    JOIN "Participant" p ON p."tenantId" = m."tenantId" AND p.id = m."participantId"
    JOIN "Entity" e ON e."tenantId" = m."tenantId" AND e.id = m."entityId"
    JOIN "EntityType" et ON et."tenantId" = e."tenantId" AND et.id = e."entityTypeId"
    WHERE m."tenantId" = ? AND m."interactionId" IN IDS ORDER BY m."interactionId", p.position, m.position`,
  entity: `SELECT id FROM "Entity" WHERE "tenantId" = ? AND id = ?`,
  entityByCrosswalk: `SELECT c."entityId" AS id FROM "EntityCrosswalk" c JOIN "Source" s ON s."tenantId" = c."tenantId" AND s.id = c."sourceId"
    WHERE c."tenantId" = ? AND s.name = ? AND c.value = ?`,
  entityByCode: `SELECT v."entityId" AS id FROM "EntityAttributeValue" v
    JOIN "EntityAttributeType" a ON a."tenantId" = v."tenantId" AND a.id = v."attributeTypeId"
    JOIN "EntityType" t ON t."tenantId" = a."tenantId" AND t.id = a."entityTypeId"
    WHERE v."tenantId" = ? AND t.name = 'Venue' AND a.name = 'Code' AND v.value = ?`,
  visitType: `SELECT t.id, (SELECT id FROM "Source" WHERE "tenantId" = t."tenantId" AND "isDefault" = ?) AS "sourceId"
    FROM "InteractionType" t WHERE t."tenantId" = ? AND t.name = 'Visit'`,
  visitParts: `SELECT 'attribute' AS kind, id, name FROM "InteractionAttributeType" WHERE "tenantId" = ? AND "interactionTypeId" = ?
    UNION ALL SELECT 'participant', id, name FROM "Participant" WHERE "tenantId" = ? AND "interactionTypeId" = ?`,
  insertInteraction: `INSERT INTO "Interaction" ("tenantId", id, "interactionTypeId", timestamp, "createdTime", "updatedTime", "createdBy", "updatedBy")
    VALUES (?, ?, ?, ?, ?, ?, 'raw', 'raw')`,
  insertCrosswalk: `INSERT INTO "InteractionCrosswalk" ("tenantId", id, "interactionId", "sourceId", value, "createdTime") VALUES (?, ?, ?, ?, ?, ?)`,
  insertValues: `INSERT INTO "InteractionAttributeValue" ("tenantId", id, "interactionId", "attributeTypeId", value, position, timestamp)
    VALUES (?, ?, ?, ?, ?, 0, ?), (?, ?, ?, ?, ?, 0, ?), (?, ?, ?, ?, ?, 0, ?)`,
  insertMembers: `INSERT INTO "InteractionMember" ("tenantId", id, "interactionId", "participantId", "entityId", timestamp, position)
    VALUES (?, ?, ?, ?, ?, ?, 0), (?, ?, ?, ?, ?, ?, 0), (?, ?, ?, ?, ?, ?, 0)`,
  bumpCounter: `INSERT INTO "ChangeCounter" ("tenantId", seq) VALUES (?, 1)
    ON CONFLICT ("tenantId") DO UPDATE SET seq = "ChangeCounter".seq + 1 RETURNING seq`,
  insertChange: `INSERT INTO "Change" ("tenantId", seq, "objectType", "objectId", "typeId", kind, "recordedTime", actor)
    VALUES (?, ?, 'INTERACTION', ?, ?, 'CREATED', ?, 'raw')`,
};
type Statement = keyof typeof SQL;
type Query = (statement: Statement, parameters: unknown[]) => Promise<Row[]>;

interface Driver {
  query: Query;
  /** Runs `work` in one transaction, its statements through the query it is given. */
  transaction(work: (query: Query) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

function sqliteDriver(url: string): Driver {
  const db = new Database(sqliteFilePath(url), { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  const prepared = new Map<Statement, Database.Statement>();
  const statement = (name: Statement) => {
    let found = prepared.get(name);
    if (!found) prepared.set(name, (found = db.prepare(statementText('sqlite', SQL[name]))));
    return found;
  };
  const query: Query = async (name, parameters) => {
    const found = statement(name);
    const bound = parameters.map(sqliteParameter);
    if (found.reader) return found.all(...bound) as Row[];
    found.run(...bound);
    return [];
  };
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  return {
    query,
    async transaction(work) {
      // better-sqlite3 is synchronous: the work's statements run back to back, nothing interleaves.
      begin.run();
      try {
        await work(query);
        commit.run();
      } catch (error) {
        rollback.run();
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  };
}

function postgresDriver(url: string): Driver {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const text = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, statementText('postgresql', sql)])) as Record<
    Statement,
    string
  >;
  // Named statements: the server parses and plans each once per connection.
  const on =
    (client: pg.Pool | pg.PoolClient): Query =>
    async (name, parameters) =>
      (await client.query({ name, text: text[name], values: parameters })).rows as Row[];
  return {
    query: on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await work(on(client));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The raw store of one tenant, whose Visit type (of the bench configuration) it reads once. */
export async function openRawStore(provider: Provider, url: string, tenant: string): Promise<RawStore> {
  const driver = provider === 'sqlite' ? sqliteDriver(url) : postgresDriver(url);
  const [visitType = {}] = await driver.query('visitType', [true, tenant]);
  const parts = new Map(
    (await driver.query('visitParts', [tenant, visitType.id, tenant, visitType.id])).map((row) => [
      `${row.kind}:${row.name}`,
      row.id as string,
    ]),
  );
  const part = (kind: string, name: string) => parts.get(`${kind}:${name}`)!;
  const idOf = (rows: Row[], what: string) => {
    if (!rows[0]) throw new Error(`no ${what}`);
    return rows[0].id as string;
  };
  return {
    timelineIds: (entityId, limit) => driver.query('timelineIds', [tenant, entityId, limit]),
    interactions: (ids) => driver.query('interactions', [tenant, ids]),
    values: (ids) => driver.query('values', [tenant, ids, false]),
    members: (ids) => driver.query('members', [tenant, ids]),
    async createVisit(visit) {
      const [host, guest, venue] = await Promise.all([
        driver.query('entity', [tenant, visit.host]).then((rows) => idOf(rows, 'host')),
        driver.query('entityByCrosswalk', [tenant, visit.guest.source, visit.guest.value]).then((rows) => idOf(rows, 'guest')),
        driver.query('entityByCode', [tenant, visit.venueCode]).then((rows) => idOf(rows, 'venue')),
      ]);
      const now = Date.now();
      const typeId = visitType.id as string;
      await driver.transaction(async (query) => {
        await query('insertInteraction', [tenant, visit.id, typeId, visit.timestamp, now, now]);
        await query('insertCrosswalk', [tenant, newId(), visit.id, visitType.sourceId, visit.id, now]);
        await query(
          'insertValues',
          ['Channel', 'Amount', 'VenueCode'].flatMap((name) => [
            tenant,
            newId(),
            visit.id,
            part('attribute', name),
            visit.values[name],
            visit.timestamp,
          ]),
        );
        await query(
          'insertMembers',
          (
            [
              ['Host', host],
              ['Guest', guest],
              ['Venue', venue],
            ] as const
          ).flatMap(([participant, entityId]) => [tenant, newId(), visit.id, part('participant', participant), entityId, visit.timestamp]),
        );
        const [counter] = await query('bumpCounter', [tenant]);
        await query('insertChange', [tenant, counter!.seq, visit.id, typeId, now]);
      });
    },
    close: () => driver.close(),
  };
}
