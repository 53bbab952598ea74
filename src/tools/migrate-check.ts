// Fails when the committed migrations do not build the current schema, for any provider:
// the schema changed without `npm run migrate:create`, or a migration was edited by hand.
import pg from 'pg';
import { createAdapterFactory } from '../db/adapter.ts';
import { applyMigrations, currentSchemaFile, schemaDiffSql, snapshotSchemaFile, sqliteReplayDrift } from '../db/migrations.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';
import { PROVIDERS } from '../config/database-url.ts';
import { describePostgresSchema } from './postgres-catalog.ts';
import { engineHost, postgresServerUrl, requirePostgresServer } from './tooling-databases.ts';
import { commandLine } from './command-line.ts';

commandLine({
  script: 'migrate:check',
  synopsis: '',
  help: `Fails when the committed migrations do not build the current schema, for any provider: the
schema changed without npm run migrate:create, or a migration was edited by hand. Needs the
PostgreSQL server of TEST_POSTGRES_URL (default 127.0.0.1:5432).

Exit codes: 0 they match, 1 they do not (or the server is unreachable), 64 a command line it does not take.`,
  options: {},
});

await requirePostgresServer('npm run migrate:check');

const problems: string[] = [];

for (const provider of PROVIDERS) {
  const missing = await schemaDiffSql(provider, engineHost(provider), snapshotSchemaFile(provider), currentSchemaFile(provider));
  if (missing)
    problems.push(
      `${provider}: the schema changed since the newest migration; run \`npm run migrate:create -- <name>\`. Missing:\n${missing}`,
    );
}

const sqliteDrift = await sqliteReplayDrift(createAdapterFactory('file::memory:'));
if (sqliteDrift) problems.push(`sqlite: replaying the migrations does not give the schema. Missing:\n${sqliteDrift}`);

// The WebAssembly engine cannot introspect PostgreSQL through the driver adapter, so the
// replayed migrations are compared, catalog to catalog, with a database built from the schema.
const replayed = await createScratchDatabase('postgresql', { postgresServerUrl, prefix: 'check_replayed' });
const expected = await createScratchDatabase('postgresql', { postgresServerUrl, prefix: 'check_expected' });
try {
  await applyMigrations('postgresql', createAdapterFactory(replayed.url));
  const client = new pg.Client({ connectionString: expected.url });
  await client.connect();
  await client.query(await schemaDiffSql('postgresql', engineHost('postgresql'), null, currentSchemaFile('postgresql')));
  await client.end();
  const [actual, wanted] = await Promise.all([describePostgresSchema(replayed.url), describePostgresSchema(expected.url)]);
  const extra = actual.filter((line) => !wanted.includes(line));
  const lacking = wanted.filter((line) => !actual.includes(line));
  if (extra.length || lacking.length) {
    problems.push(
      `postgresql: replaying the migrations does not give the schema.\nlacking:\n  ${lacking.join('\n  ')}\nextra:\n  ${extra.join('\n  ')}`,
    );
  }
} finally {
  await Promise.all([replayed.drop(), expected.drop()]);
}

for (const problem of problems) console.error(problem);
if (problems.length === 0) console.log('migrations match the schema for', PROVIDERS.join(' and '));
process.exit(problems.length ? 1 : 0);
