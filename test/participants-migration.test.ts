// Stored data from before the rename of member types to participants survives the migration:
// a database as the previous release left it (its migrations, its rows) is migrated, and the
// service reads the same configuration, members and mappings under the new names.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAdapterFactory, sqliteFilePath } from '../src/db/adapter.ts';
import { applyMigrations, committedMigrationNames } from '../src/db/migrations.ts';
import { createScratchDatabase, type ScratchDatabase } from '../src/db/scratch-database.ts';
import type { Provider } from '../src/config/database-url.ts';
import { describeEachDatabase, testPostgresUrl } from './helpers/databases.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';

/** The last migration before participants: the schema the previous release ran on. */
const BEFORE_PARTICIPANTS = '20261127173609_credentials';
const TENANT = 'legacy-tenant';

// Rows as the previous release wrote them: an EmailOpened whose Receiver member type maps
// the interaction's Receiver attribute to an Individual's ContactId, and one stored email.
const LEGACY_ROWS = [
  `INSERT INTO "Tenant" ("id", "configVersion", "createdTime", "updatedTime") VALUES ('${TENANT}', 1, 1, 1)`,
  `INSERT INTO "Source" ("tenantId", "id", "name", "label", "isDefault", "createdTime", "updatedTime")
     VALUES ('${TENANT}', 'LegacySrc001', 'Salesforce', NULL, true, 1, 1)`,
  `INSERT INTO "EntityType" ("tenantId", "id", "name", "createdTime", "updatedTime") VALUES ('${TENANT}', 'LegacyEty001', 'Individual', 1, 1)`,
  `INSERT INTO "EntityAttributeType" ("tenantId", "id", "entityTypeId", "name", "valueType", "required", "multiValued", "hidden", "position")
     VALUES ('${TENANT}', 'LegacyEat001', 'LegacyEty001', 'ContactId', 'STRING', false, false, false, 0)`,
  `INSERT INTO "InteractionType" ("tenantId", "id", "name", "mutable", "primaryMemberType", "createdTime", "updatedTime")
     VALUES ('${TENANT}', 'LegacyIty001', 'EmailOpened', false, 'Receiver', 1, 1)`,
  `INSERT INTO "InteractionAttributeType" ("tenantId", "id", "interactionTypeId", "name", "valueType", "required", "multiValued", "hidden", "position")
     VALUES ('${TENANT}', 'LegacyIat001', 'LegacyIty001', 'Receiver', 'STRING', false, false, false, 0)`,
  `INSERT INTO "MemberType" ("tenantId", "id", "interactionTypeId", "name", "role", "minOccurs", "maxOccurs",
       "mappedInteractionAttribute", "mappedEntityTypeId", "mappedEntityAttribute", "position")
     VALUES ('${TENANT}', 'LegacyMty001', 'LegacyIty001', 'Receiver', 'receiver', 0, 1, 'Receiver', 'LegacyEty001', 'ContactId', 0)`,
  `INSERT INTO "MemberTypeEntityType" ("tenantId", "memberTypeId", "entityTypeId") VALUES ('${TENANT}', 'LegacyMty001', 'LegacyEty001')`,
  `INSERT INTO "Entity" ("tenantId", "id", "entityTypeId", "label", "createdTime", "updatedTime", "createdBy", "updatedBy")
     VALUES ('${TENANT}', 'LegacyEnt001', 'LegacyEty001', NULL, 1, 1, 'loader', 'loader')`,
  `INSERT INTO "EntityAttributeValue" ("tenantId", "id", "entityId", "attributeTypeId", "value", "position")
     VALUES ('${TENANT}', 'LegacyEav001', 'LegacyEnt001', 'LegacyEat001', 'C-1', 0)`,
  `INSERT INTO "Interaction" ("tenantId", "id", "interactionTypeId", "timestamp", "createdTime", "updatedTime", "createdBy", "updatedBy")
     VALUES ('${TENANT}', 'LegacyInt001', 'LegacyIty001', 1000, 1, 1, 'loader', 'loader')`,
  `INSERT INTO "InteractionAttributeValue" ("tenantId", "id", "interactionId", "attributeTypeId", "value", "position")
     VALUES ('${TENANT}', 'LegacyIav001', 'LegacyInt001', 'LegacyIat001', 'C-1', 0)`,
  `INSERT INTO "InteractionMember" ("tenantId", "id", "interactionId", "memberTypeId", "entityId", "timestamp", "position")
     VALUES ('${TENANT}', 'LegacyMem001', 'LegacyInt001', 'LegacyMty001', 'LegacyEnt001', 1000, 0)`,
];

async function runStatements(provider: Provider, url: string, statements: string[]): Promise<void> {
  if (provider === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    try {
      for (const statement of statements) db.exec(statement);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

const LEGACY_READ = graphql(`
  query LegacyParticipantsRead {
    interactionType(uri: "configuration/interactionTypes/EmailOpened") {
      primaryParticipant
      participants {
        uri
        name
        role
        maxOccurs
        entityTypes {
          name
        }
        mapping {
          entityType {
            name
          }
          properties {
            interactionAttribute
            entityAttribute
          }
        }
      }
    }
    interaction(uri: "interactions/LegacyInt001") {
      members {
        uri
        participant {
          name
        }
        members {
          objectURI
        }
      }
    }
    entity(uri: "entities/LegacyEnt001") {
      interactions(first: 5) {
        edges {
          participants {
            name
          }
          node {
            uri
          }
        }
      }
    }
  }
`);

const LEGACY_CREATE = graphql(`
  mutation LegacyParticipantsCreate($interactions: [InteractionInput!]!) {
    createInteractions(interactions: $interactions) {
      status
      errors {
        name
      }
      object {
        members {
          participant {
            name
          }
          members {
            objectURI
          }
        }
      }
    }
  }
`);

describeEachDatabase.sequential('participants migration', (provider) => {
  let database: ScratchDatabase;
  let service: TestService;

  beforeAll(async () => {
    database = await createScratchDatabase(provider, {
      postgresServerUrl: testPostgresUrl,
      sqliteDir: mkdtempSync(join(tmpdir(), 'interactions-legacy-')),
      prefix: 'test_legacy',
    });
    expect(committedMigrationNames(provider)).toContain(BEFORE_PARTICIPANTS);
    await applyMigrations(provider, createAdapterFactory(database.url), BEFORE_PARTICIPANTS);
    await runStatements(provider, database.url, LEGACY_ROWS);
    service = await startTestService(provider, { DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('keeps member types, their mapping and stored members as participants', async () => {
    const response = await service.graphql(TENANT, LEGACY_READ);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      interactionType: {
        primaryParticipant: 'Receiver',
        participants: [
          {
            uri: 'configuration/interactionTypes/EmailOpened/participants/Receiver',
            name: 'Receiver',
            role: 'receiver',
            maxOccurs: 1,
            entityTypes: [{ name: 'Individual' }],
            mapping: {
              entityType: { name: 'Individual' },
              properties: [{ interactionAttribute: 'Receiver', entityAttribute: 'ContactId' }],
            },
          },
        ],
      },
      interaction: {
        members: [
          {
            uri: 'interactions/LegacyInt001/members/Receiver',
            participant: { name: 'Receiver' },
            members: [{ objectURI: 'entities/LegacyEnt001' }],
          },
        ],
      },
      entity: { interactions: { edges: [{ participants: [{ name: 'Receiver' }], node: { uri: 'interactions/LegacyInt001' } }] } },
    });
  });

  it('finds members of new interactions through the migrated mapping', async () => {
    const response = await service.graphql(TENANT, LEGACY_CREATE, {
      interactions: [{ type: 'EmailOpened', attributes: [{ name: 'Receiver', values: ['C-1'] }] }],
    });
    expect(response.data?.createInteractions).toEqual([
      {
        status: 'OK',
        errors: [],
        object: { members: [{ participant: { name: 'Receiver' }, members: [{ objectURI: 'entities/LegacyEnt001' }] }] },
      },
    ]);
  });
});
