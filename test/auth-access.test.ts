import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, GraphQLEnumType, isListType, Kind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signToken } from './helpers/credentials.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoDocument, demoTenant, individual } from './helpers/demo.ts';
import { newTenant, startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';

const CREATE_ENTITY = graphql(`
  mutation AccessCreateEntities($entities: [EntityInput!]!) {
    createEntities(entities: $entities) {
      status
      uri
    }
  }
`);
const APPLY = graphql(`
  mutation AccessMergeConfiguration($input: ConfigurationInput!) {
    applyConfiguration(input: $input, mode: MERGE) {
      ok
    }
  }
`);
const CREATE_TENANT = graphql(`
  mutation AccessCreateTenant($id: String!) {
    createTenant(id: $id) {
      created
      tenant {
        id
        configurationVersion
      }
    }
  }
`);
const SOURCE_NAMES = graphql(`
  query AccessSourceNames {
    sources {
      name
    }
  }
`);
const API_KEY_IDS = graphql(`
  query AccessApiKeyIds {
    apiKeys {
      id
    }
  }
`);
const TENANT_IDS = graphql(`
  query AccessTenantIds {
    tenants {
      id
    }
  }
`);
const ENTITY_COUNT = graphql(`
  query AccessEntityCount {
    entities {
      totalCount
    }
  }
`);

function expectForbidden(response: GraphQLResponse<unknown>, reason = 'ROLE_REQUIRED') {
  expect(response.status).toBe(403);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason });
}

describe('access rules of the schema', () => {
  it('declares the role every Query and Mutation field requires', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const roleType = schema.getType('Role');
    const roles = new Set(roleType instanceof GraphQLEnumType ? roleType.getValues().map((value) => value.name) : []);
    expect(roles).toEqual(new Set(['READER', 'WRITER', 'ADMIN', 'OPERATOR']));
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        const rule = field.astNode?.directives?.find((directive) => directive.name.value === 'auth');
        const role = rule?.arguments?.find((argument) => argument.name.value === 'requires')?.value;
        if (!role || role.kind !== Kind.ENUM || !roles.has(role.value)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('declares the items of every batch mutation, so that the batch limit counts them', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const batchResults = new Set(['EntityResult', 'InteractionResult', 'DeleteResult']);
    const undeclared = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && batchResults.has(getNamedType(field.type).name))
      .filter((field) => {
        const items = field.astNode?.directives?.find((directive) => directive.name.value === 'batch')?.arguments?.[0]?.value;
        return !(
          items?.kind === Kind.STRING &&
          field.args.some((argument) => argument.name === items.value && isListType(getNullableType(argument.type)))
        );
      })
      .map((field) => field.name);
    expect(undeclared).toEqual([]);
  });
});

describeEachDatabase('roles and tenants', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const as = async (tenant: string, role: string) => service.as(tenant, { sub: `${role}@example.com`, roles: [role] });
  const entityCount = (tenant: string) => service.database.db.entity.count({ where: { tenantId: tenant } });

  describe('roles', () => {
    it('lets a reader read, and refuses it every write with 403 before anything runs', async () => {
      const tenant = await demoTenant(service);
      const reader = await as(tenant, 'reader');
      const overview = graphql(`
        query AccessReaderOverview {
          sources {
            name
          }
          entities {
            totalCount
          }
        }
      `);
      expect((await service.graphql(tenant, overview, undefined, reader)).status).toBe(200);
      expectForbidden(await service.graphql(tenant, CREATE_ENTITY, { entities: [individual('Read Only')] }, reader));
      expectForbidden(await service.graphql(tenant, APPLY, { input: { sources: [{ name: 'New' }] } }, reader));
      expectForbidden(await service.graphql(tenant, API_KEY_IDS, undefined, reader));
      expect(await entityCount(tenant)).toBe(0);
    });

    it('lets a writer write entities and interactions, not the configuration', async () => {
      const tenant = await demoTenant(service);
      const writer = await as(tenant, 'writer');
      const created = await service.graphql(tenant, CREATE_ENTITY, { entities: [individual('Writer Made')] }, writer);
      expect(created.data?.createEntities[0]?.status).toBe('OK');
      expectForbidden(await service.graphql(tenant, APPLY, { input: { sources: [{ name: 'New' }] } }, writer));
      const deleteSource = graphql(`
        mutation AccessDeleteAmaSource {
          deleteSource(uri: "configuration/sources/AMA") {
            ok
          }
        }
      `);
      expectForbidden(await service.graphql(tenant, deleteSource, undefined, writer));
      const sources = (await service.graphql(tenant, SOURCE_NAMES)).data?.sources;
      expect(sources).toBeDefined();
      expect(sources?.map((source) => source.name)).not.toContain('New');
    });

    it('refuses a whole operation when one of its fields is not allowed, so that nothing of it happens', async () => {
      const tenant = await demoTenant(service);
      const writer = await as(tenant, 'writer');
      const mixed = graphql(`
        mutation AccessEntitiesAndSource($entities: [EntityInput!]!) {
          createEntities(entities: $entities) {
            status
          }
          createSource(input: { name: "Sneaky" }) {
            ok
          }
        }
      `);
      expectForbidden(await service.graphql(tenant, mixed, { entities: [individual('Never Written')] }, writer));
      // Through a fragment and an alias too.
      const hidden = graphql(`
        mutation AccessSourceInFragment {
          ...AccessAliasedSourceCreation
        }
        fragment AccessAliasedSourceCreation on Mutation {
          x: createSource(input: { name: "Sneaky" }) {
            ok
          }
        }
      `);
      expectForbidden(await service.graphql(tenant, hidden, undefined, writer));
      expect(await entityCount(tenant)).toBe(0);
    });

    it('refuses a writer the admin queries and an admin the operator queries', async () => {
      const tenant = newTenant();
      expectForbidden(await service.graphql(tenant, API_KEY_IDS, undefined, await as(tenant, 'writer')));
      expectForbidden(await service.graphql(tenant, TENANT_IDS, undefined, await as(tenant, 'admin')));
    });

    it('reads @skip / @include with their variables, defaults included, before refusing a field', async () => {
      const tenant = newTenant();
      const reader = await as(tenant, 'reader');
      const query = graphql(`
        query AccessRoleWithOptionalApiKeys($show: Boolean! = false) {
          apiKeys @include(if: $show) {
            id
          }
          viewer {
            role
          }
        }
      `);
      expect(await service.graphql(tenant, query, undefined, reader)).toMatchObject({ status: 200, data: { viewer: { role: 'READER' } } });
      expectForbidden(await service.graphql(tenant, query, { show: true }, reader));
    });

    it('lets an admin change the configuration but not provision tenants; only an operator does', async () => {
      const tenant = newTenant();
      const admin = await as(tenant, 'admin');
      expect((await service.graphql(tenant, APPLY, { input: { sources: [{ name: 'CRM' }] } }, admin)).data?.applyConfiguration.ok).toBe(
        true,
      );
      const wanted = newTenant();
      expectForbidden(await service.graphql(tenant, CREATE_TENANT, { id: wanted }, admin));
      expect(await service.database.db.tenant.count({ where: { id: wanted } })).toBe(0);
    });

    it('refuses with 403 a token granting none of the service roles', async () => {
      const tenant = newTenant();
      await service.provision(tenant);
      const response = await service.post(SOURCE_NAMES, undefined, bearer(await signToken({ tenant, roles: ['viewer', 'superuser'] })));
      expect(response.status).toBe(403);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('records the credential subject as createdBy', async () => {
      const tenant = await demoTenant(service);
      const created = await service.graphql(
        tenant,
        graphql(`
          mutation AccessCreatedBy($entities: [EntityInput!]!) {
            createEntities(entities: $entities) {
              object {
                createdBy
                updatedBy
              }
            }
          }
        `),
        { entities: [individual('Someone')] },
        await service.as(tenant, { sub: 'loader-7', roles: ['writer'] }),
      );
      expect(created.data?.createEntities[0]?.object).toEqual({ createdBy: 'loader-7', updatedBy: 'loader-7' });
    });
  });

  describe('tenants', () => {
    it('refuses a credential naming an unknown tenant with 404, creating nothing, on reads and writes', async () => {
      const tenant = newTenant('ghost');
      const credential = bearer(await signToken({ tenant, roles: ['admin'] }));
      for (const request of [
        () => service.post(SOURCE_NAMES, undefined, credential),
        () => service.post(APPLY, { input: demoDocument }, credential),
        () => service.post(CREATE_ENTITY, { entities: [individual('Nobody')] }, credential),
      ]) {
        const response = await request();
        expect(response.status).toBe(404);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_TENANT' });
        expect(response.errors?.[0]?.message).toContain('tenant:create');
      }
      expect(await service.database.db.tenant.count({ where: { id: tenant } })).toBe(0);
      expect(await service.database.db.source.count({ where: { tenantId: tenant } })).toBe(0);
    });

    it('refuses with 403 an X-Tenant-Id other than the tenant of a non-operator credential', async () => {
      const mine = await demoTenant(service);
      const theirs = await demoTenant(service);
      await service.graphql(theirs, CREATE_ENTITY, { entities: [individual('Their Person')] });
      for (const role of ['reader', 'admin']) {
        const credential = await as(mine, role);
        const read = await service.post(ENTITY_COUNT, undefined, { ...credential, 'x-tenant-id': theirs });
        expectForbidden(read, 'TENANT_MISMATCH');
        const write = await service.post(CREATE_ENTITY, { entities: [individual('Planted')] }, { ...credential, 'x-tenant-id': theirs });
        expectForbidden(write, 'TENANT_MISMATCH');
      }
      // Naming its own tenant is harmless.
      const own = await service.post(ENTITY_COUNT, undefined, { ...(await as(mine, 'reader')), 'x-tenant-id': mine });
      expect(own.data?.entities.totalCount).toBe(0);
      expect(await entityCount(theirs)).toBe(1);
      expect(await entityCount(mine)).toBe(0);
    });

    it('refuses a non-operator token naming several tenants', async () => {
      const [a, b] = [newTenant(), newTenant()];
      await service.provision(a);
      await service.provision(b);
      const response = await service.post(SOURCE_NAMES, undefined, bearer(await signToken({ tenant: [a, b], roles: ['admin'] })));
      expect(response.status).toBe(403);
    });

    it('lets an operator provision tenants (safely repeated) and act on those its credential names', async () => {
      const [a, b, outside] = [newTenant('op'), newTenant('op'), newTenant('op')];
      const operator = bearer(await signToken({ sub: 'ops@example.com', tenant: [a, b], roles: ['operator'] }));
      const first = await service.post(CREATE_TENANT, { id: a }, operator);
      expect(first.data?.createTenant).toEqual({ created: true, tenant: { id: a, configurationVersion: 0 } });
      expect((await service.post(CREATE_TENANT, { id: a }, operator)).data?.createTenant.created).toBe(false);
      await service.post(CREATE_TENANT, { id: b }, operator);
      expectForbidden(await service.post(CREATE_TENANT, { id: outside }, operator), 'TENANT_MISMATCH');
      expect(await service.database.db.tenant.count({ where: { id: outside } })).toBe(0);

      expect((await service.post(TENANT_IDS, undefined, operator)).data?.tenants).toEqual([a, b].sort().map((id) => ({ id })));
      const onA = await service.post(APPLY, { input: demoDocument }, { ...operator, 'x-tenant-id': a });
      expect(onA.data?.applyConfiguration.ok).toBe(true);
      const entity = await service.post(CREATE_ENTITY, { entities: [individual('Made By Ops')] }, { ...operator, 'x-tenant-id': a });
      expect(entity.data?.createEntities[0]?.status).toBe('OK');
      expect((await service.database.db.entity.findFirstOrThrow({ where: { tenantId: a } })).createdBy).toBe('ops@example.com');
      expectForbidden(await service.post(SOURCE_NAMES, undefined, { ...operator, 'x-tenant-id': outside }), 'TENANT_MISMATCH');
      // A new tenant starts with its default source only, and its admin can use it at once.
      const fresh = await service.post(
        graphql(`
          query AccessFreshTenantSources {
            sources {
              name
              isDefault
            }
          }
        `),
        undefined,
        bearer(await signToken({ tenant: b, roles: ['admin'] })),
      );
      expect(fresh.data?.sources).toEqual([{ name: 'Default', isDefault: true }]);
    });

    it('lets an operator naming no tenant ask who it is and what the limits are, and nothing of a tenant', async () => {
      const operator = bearer(await signToken({ sub: 'ops', tenant: '*', roles: ['operator'] }));
      const whoAndLimits = graphql(`
        query AccessOperatorViewerAndLimits {
          viewer {
            subject
            role
            tenant
          }
          limits {
            maxBatchSize
          }
        }
      `);
      const viewer = await service.post(whoAndLimits, undefined, operator);
      expect(viewer).toMatchObject({
        status: 200,
        data: { viewer: { subject: 'ops', role: 'OPERATOR', tenant: null }, limits: { maxBatchSize: 1000 } },
      });
      const sources = await service.post(SOURCE_NAMES, undefined, operator);
      expect(sources.status).toBe(400);
      expect(sources.errors?.[0]?.extensions).toMatchObject({ reason: 'TENANT_REQUIRED' });
    });

    it('answers 404 to an operator naming a tenant that does not exist', async () => {
      const operator = bearer(await signToken({ sub: 'ops', tenant: '*', roles: ['operator'] }));
      const tenant = newTenant('nowhere');
      const response = await service.post(SOURCE_NAMES, undefined, { ...operator, 'x-tenant-id': tenant });
      expect(response.status).toBe(404);
      expect(await service.database.db.tenant.count({ where: { id: tenant } })).toBe(0);
    });
  });
});

describe('development mode', () => {
  let dev: TestService;
  beforeAll(async () => {
    dev = await startTestService('sqlite', { DEV_MODE: 'auto', DEMO_TENANT: 'demo' });
  });
  afterAll(() => dev?.stop());

  it('acts as the demo tenant admin for requests without credentials on the SQLite quick start, and says so', async () => {
    const response = await dev.post(
      graphql(`
        query AccessDevelopmentViewer {
          viewer {
            subject
            role
            tenant
            credential
          }
          interactionTypes {
            name
          }
        }
      `),
    );
    expect(response.status).toBe(200);
    expect(response.data?.viewer).toEqual({ subject: 'development', role: 'ADMIN', tenant: 'demo', credential: 'DEVELOPMENT' });
    expect(response.data?.interactionTypes.map((type) => type.name)).toContain('Lunch');
    expect(response.headers?.get('x-development-mode')).toContain('admin of tenant demo');
  });

  it('still checks credentials that are given, and keeps anonymous callers to the demo tenant', async () => {
    const forged = await dev.post(
      graphql(`
        query AccessViewerSubject {
          viewer {
            subject
          }
        }
      `),
      undefined,
      bearer(await signToken({ tenant: 'demo', roles: ['admin'] }, 'a-forged-secret-that-is-long-enough-too')),
    );
    expect(forged.status).toBe(401);
    const other = newTenant();
    await dev.provision(other);
    const elsewhere = await dev.post(SOURCE_NAMES, undefined, { 'x-tenant-id': other });
    expect(elsewhere.status).toBe(403);
  });

  it('is off with NODE_ENV=production: requests without credentials get 401', async () => {
    const production = await startTestService('sqlite', { DEV_MODE: 'auto', NODE_ENV: 'production' });
    try {
      const response = await production.post(
        graphql(`
          query AccessTypename {
            __typename
          }
        `),
      );
      expect(response.status).toBe(401);
    } finally {
      await production.stop();
    }
  });
});
