// Committed Prisma migrations, read from disk exactly as the Prisma CLI reads them, so that
// `_prisma_migrations` records the names `prisma migrate deploy` expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffParams, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { withSchemaEngine } from './schema-engine.ts';
import { migrationsDir, providerSchemaPath } from './schema-files.ts';
import { type Provider } from '../config/database-url.ts';

export const LOCKFILE_NAME = 'migration_lock.toml';
/** The provider schema as of the newest migration: what the next migration starts from. */
export const SNAPSHOT_NAME = 'migrated-schema.prisma';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Names of the committed migrations of a provider, oldest first. */
export function committedMigrationNames(provider: Provider): string[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/migration.sql`))
    .map((entry) => entry.name)
    .sort();
}

/** The committed migrations in the shape the schema engine takes (up to and including `through`, when given). */
export function loadMigrationList(provider: Provider, through?: string): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockfilePath = `${baseDir}/${LOCKFILE_NAME}`;
  return {
    baseDir,
    lockfile: {
      path: LOCKFILE_NAME,
      content: existsSync(lockfilePath) ? readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: committedMigrationNames(provider)
      .filter((name) => through === undefined || name <= through)
      .map((name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok', value: readFileSync(`${baseDir}/${name}/migration.sql`, 'utf8') },
        },
      })),
  };
}

/** The provider's current schema file, as the engine takes it. */
export function currentSchemaFile(provider: Provider) {
  return { path: providerSchemaPath(provider), content: readFileSync(providerSchemaPath(provider), 'utf8') };
}

/** The schema the newest migration was made from, or null before the first migration. */
export function snapshotSchemaFile(provider: Provider) {
  const path = `${migrationsDir(provider)}/${SNAPSHOT_NAME}`;
  return existsSync(path) ? { path, content: readFileSync(path, 'utf8') } : null;
}

function withEngine<T>(
  provider: Provider,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  return withSchemaEngine(adapterFactory, [currentSchemaFile(provider)], work);
}

/** The SQL that turns schema `from` into schema `to`; '' when there is nothing to do. */
async function migrationScript(engine: SchemaEngine, from: DiffParams['from'], to: DiffParams['to']): Promise<string> {
  const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS });
  const sql = result.stdout ?? '';
  return isEmptyMigration(sql) ? '' : sql;
}

/**
 * Applies every committed migration not yet applied (up to and including `through`: how a
 * test builds a database as an older release left it); returns the names it applied.
 */
export function applyMigrations(provider: Provider, adapterFactory: SqlMigrationAwareDriverAdapterFactory, through?: string) {
  return withEngine(provider, adapterFactory, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: loadMigrationList(provider, through), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

function isEmptyMigration(sql: string): boolean {
  return sql.includes('This is an empty migration.') || sql.trim() === '';
}

/**
 * SQL from one schema to another, computed from the two schema texts alone (no database):
 * how new migrations are made, from the snapshot of the last one to the current schema.
 */
export function schemaDiffSql(
  provider: Provider,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  from: { path: string; content: string } | null,
  to: { path: string; content: string },
) {
  return withEngine(provider, adapterFactory, async (engine) => {
    return migrationScript(engine, from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' }, {
      tag: 'schemaDatamodel',
      files: [to],
    });
  });
}

/**
 * Replays the committed migrations on an empty SQLite database and returns what the
 * result lacks to match the current schema ('' when they match), by introspecting it.
 */
export function sqliteReplayDrift(emptyDatabase: SqlMigrationAwareDriverAdapterFactory) {
  const schema = currentSchemaFile('sqlite');
  return withEngine('sqlite', emptyDatabase, async (engine) => {
    await engine.applyMigrations({ migrationsList: loadMigrationList('sqlite'), filters: NO_FILTERS });
    return migrationScript(
      engine,
      { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
      { tag: 'schemaDatamodel', files: [schema] },
    );
  });
}
