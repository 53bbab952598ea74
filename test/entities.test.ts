import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEntityLoaders } from '../src/modules/entities/entity-loaders.ts';
import { newId } from '../src/db/ids.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES, demoTenant, individual } from './helpers/demo.ts';
import { createEntitiesOrThrow } from './helpers/interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { graphql } from './generated/operations/index.ts';
import type { CreateOptions, EntitiesLookupLabelFragment, EntityInput } from './generated/operations/graphql.ts';

const COUNT = graphql(`
  query EntitiesTotalCount {
    entities {
      totalCount
    }
  }
`);

const READ_HIDDEN_AND_BY_CROSSWALK = graphql(`
  query EntitiesHiddenAttributesAndByCrosswalk($uri: String!) {
    entity(uri: $uri) {
      label
      attributes(includeHidden: true) {
        name
        values {
          value
        }
      }
    }
    byCrosswalk: entityByCrosswalk(source: "Salesforce", value: "EMP_600000") {
      uri
    }
  }
`);

const READ_CROSSWALKS = graphql(`
  query EntitiesCrosswalks($uri: String!) {
    entity(uri: $uri) {
      crosswalks {
        source {
          uri
        }
        value
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation EntitiesUpdate($uri: String!, $attributes: [AttributeInput!], $add: [CrosswalkInput!], $remove: [CrosswalkInput!]) {
    updateEntity(uri: $uri, attributes: $attributes, addCrosswalks: $add, removeCrosswalks: $remove) {
      status
      errors {
        name
        path
      }
      object {
        label
        attributes {
          name
          values {
            value
          }
        }
        crosswalks {
          value
        }
      }
    }
  }
`);

const READ_LABEL_AND_CROSSWALKS = graphql(`
  query EntitiesLabelAndCrosswalks($uri: String!) {
    entity(uri: $uri) {
      label
      crosswalks {
        value
      }
    }
  }
`);

const RENAME = graphql(`
  mutation EntitiesRename($uri: String!, $name: AttributeScalar!) {
    updateEntity(uri: $uri, attributes: [{ name: "FullName", values: [$name] }]) {
      status
    }
  }
`);

const READ_LABEL_AND_ATTRIBUTES = graphql(`
  query EntitiesLabelAndAttributes($uri: String!) {
    entity(uri: $uri) {
      label
      attributes {
        name
        values {
          value
        }
      }
    }
  }
`);

const DELETE = graphql(`
  mutation EntitiesDelete($uris: [String!]!) {
    deleteEntities(uris: $uris) {
      index
      uri
      status
      errors {
        code
        name
        message
      }
    }
  }
`);

const LIST = graphql(`
  query EntitiesListPage($filter: EntityFilter, $after: String) {
    entities(filter: $filter, first: 3, after: $after) {
      totalCount
      nodes {
        label
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OTHER_TENANT_LOOKUPS = graphql(`
  query EntitiesOtherTenantLookups($uri: String!) {
    entity(uri: $uri) {
      uri
    }
    entityByCrosswalk(source: "Salesforce", value: "SECRET-1") {
      uri
    }
    entities(filter: { attributes: [{ name: "ContactId", value: "C-SECRET" }] }) {
      totalCount
    }
  }
`);

/** What each aliased entity lookup of the batching test selects (its documents are built at run time). */
const LOOKUP_LABEL = graphql(`
  fragment EntitiesLookupLabel on Entity {
    label
  }
`);

const RACE_OUTCOME = graphql(`
  query EntitiesRaceOutcome {
    entityByCrosswalk(source: "Salesforce", value: "RACE-1") {
      uri
    }
    entities {
      totalCount
    }
  }
`);

describeEachDatabase('entities', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const create = (tenant: string, entities: EntityInput[], options?: CreateOptions, headers?: Record<string, string>) =>
    service.graphql(tenant, CREATE_ENTITIES, { entities, options }, headers).then((response) => {
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.createEntities;
    });
  /** Creates one entity, failing the test unless it is created; returns its URI. */
  const createOne = async (tenant: string, entity: EntityInput): Promise<string> =>
    // One input, one URI: createEntitiesOrThrow throws unless it was created.
    (await createEntitiesOrThrow(service, tenant, [entity]))[0]!;
  const total = async (tenant: string) => (await service.graphql(tenant, COUNT)).data?.entities.totalCount;

  it('creates an entity and returns it whole: URIs, label, typed values, crosswalks, creator', async () => {
    const tenant = await demoTenant(service);
    const [result] = await create(
      tenant,
      [
        {
          type: 'Individual',
          attributes: [
            { name: 'FullName', values: ['John Smith'] },
            { name: 'Email', values: ['john@example.com', 'js@example.org'] },
            { name: 'BirthDate', values: ['1970-01-02'] },
          ],
          crosswalks: [
            { source: 'Salesforce', value: 'EMP_600000' },
            { source: 'configuration/sources/AMA', value: 'AMA-1' },
          ],
        },
      ],
      undefined,
      await service.as(tenant, { sub: 'loader@example.com' }),
    );
    expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [] });
    // Created (matched just above): the result has its URI and object.
    const uri = result!.uri!;
    expect(uri).toMatch(/^entities\/[0-9A-Za-z]{12}$/);
    const object = result!.object;
    expect(object).toMatchObject({
      uri,
      label: 'John Smith',
      type: { uri: 'configuration/entityTypes/Individual' },
      createdBy: 'loader@example.com',
    });
    // BirthDate is hidden: left out unless asked for.
    expect(object!.attributes.map((attribute) => attribute.name)).toEqual(['FullName', 'Email']);
    expect(object!.attributes[1]?.values.map((value) => value.value)).toEqual(['john@example.com', 'js@example.org']);
    for (const value of object!.attributes[1]!.values) expect(value.uri).toMatch(new RegExp(`^${uri}/attributes/Email/[0-9A-Za-z]{12}$`));
    expect(object!.crosswalks).toEqual([
      {
        uri: expect.stringMatching(new RegExp(`^${uri}/crosswalks/`)),
        source: { uri: 'configuration/sources/Salesforce' },
        value: 'EMP_600000',
      },
      { uri: expect.stringMatching(new RegExp(`^${uri}/crosswalks/`)), source: { uri: 'configuration/sources/AMA' }, value: 'AMA-1' },
    ]);

    const read = await service.graphql(tenant, READ_HIDDEN_AND_BY_CROSSWALK, { uri });
    expect(read.data?.entity?.attributes).toContainEqual({ name: 'BirthDate', values: [{ value: '1970-01-02' }] });
    expect(read.data?.byCrosswalk).toEqual({ uri });
  });

  it('refuses each invalid input with its code, writes nothing for it, and creates its neighbours', async () => {
    const tenant = await demoTenant(service);
    await create(tenant, [individual('Existing', 'TAKEN')]);
    const inputs: EntityInput[] = [
      individual('Fine A'),
      { type: 'configuration/entityTypes/Robot', attributes: [] },
      individual('Bad attr', undefined, [{ name: 'Shoe', values: ['42'] }]),
      { type: 'HCO', attributes: [{ name: 'Name', values: ['a\u0000b'] }] },
      { type: 'Individual', attributes: [{ name: 'FirstName', values: ['No full name'] }] },
      individual('Two names', undefined, [{ name: 'ContactId', values: ['a', 'b'] }]),
      { ...individual('Bad source'), crosswalks: [{ source: 'Nowhere', value: 'x' }] },
      { ...individual('Blank crosswalk'), crosswalks: [{ source: 'Salesforce', value: '  ' }] },
      individual('Taken', 'TAKEN'),
      individual('First claim', 'SAME'),
      individual('Second claim', 'SAME'),
      individual('Fine B'),
    ];
    const results = await create(tenant, inputs);
    expect(results.map((result) => result.index)).toEqual(inputs.map((_, index) => index));
    const codes = results.map((result) => result.errors.map((error) => error.name));
    expect(codes).toEqual([
      [],
      ['UNKNOWN_TYPE'],
      ['UNKNOWN_ATTRIBUTE'],
      ['INVALID_TEXT'],
      ['MISSING_REQUIRED_ATTRIBUTE'],
      ['TOO_MANY_VALUES'],
      ['UNKNOWN_SOURCE_SYSTEM'],
      ['INVALID_CROSSWALK'],
      ['ENTITY_CROSSWALK_ALREADY_EXISTS'],
      [],
      ['ENTITY_CROSSWALK_ALREADY_EXISTS'],
      [],
    ]);
    expect(results[8]?.errors[0]).toMatchObject({ code: 2007, path: ['crosswalks'] });
    expect(results[3]?.errors[0]).toMatchObject({ code: 2014, path: ['attributes', '0', 'values', '0'] });
    for (const result of results) expect(result.status).toBe(result.errors.length ? 'FAILED' : 'OK');
    expect(await total(tenant)).toBe(1 + 3);
  });

  it('returns URIs only when asked, and generates a crosswalk in the request source when none is given', async () => {
    const tenant = await demoTenant(service);
    const [result] = await create(
      tenant,
      [{ type: 'HCO', attributes: [{ name: 'Name', values: ['St. Mary'] }] }],
      { returnObjects: false },
      { 'source-system': 'configuration/sources/AMA' },
    );
    expect(result).toMatchObject({ status: 'OK', object: null, uri: expect.stringMatching(/^entities\//) });
    // Created with its URI (matched just above).
    const { data } = await service.graphql(tenant, READ_CROSSWALKS, { uri: result!.uri! });
    expect(data?.entity?.crosswalks).toEqual([
      { source: { uri: 'configuration/sources/AMA' }, value: expect.stringMatching(/^[0-9A-Za-z]{12}$/) },
    ]);
  });

  it('takes crosswalkValue as the crosswalk of a single-item request, and refuses it with several items', async () => {
    const tenant = await demoTenant(service);
    const [single] = await create(tenant, [{ type: 'HCO', attributes: [{ name: 'Name', values: ['Clinic'] }] }], {
      crosswalkValue: 'HCO-1',
      source: 'AMA',
    });
    expect(single?.object?.crosswalks).toEqual([expect.objectContaining({ source: { uri: 'configuration/sources/AMA' }, value: 'HCO-1' })]);
    const several = await create(tenant, [individual('A'), individual('B')], { crosswalkValue: 'X-1' });
    expect(several.map((result) => result.errors.map((error) => error.code))).toEqual([[2108], [2108]]);
    expect(await total(tenant)).toBe(1);
  });

  it('writes nothing of an all-or-nothing batch with one bad input', async () => {
    const tenant = await demoTenant(service);
    const results = await create(tenant, [individual('A'), { type: 'Individual' }, individual('B')], { allOrNothing: true });
    expect(results.map((result) => result.errors.map((error) => error.name))).toEqual([
      ['BATCH_ABORTED'],
      ['MISSING_REQUIRED_ATTRIBUTE'],
      ['BATCH_ABORTED'],
    ]);
    expect(await total(tenant)).toBe(0);
    const good = await create(tenant, [individual('A'), individual('B')], { allOrNothing: true });
    expect(good.map((result) => result.status)).toEqual(['OK', 'OK']);
  });

  it('refuses a batch over the maximum as a whole with 400', async () => {
    const tenant = await demoTenant(service);
    const response = await service.graphql(tenant, CREATE_ENTITIES, {
      entities: Array.from({ length: 1001 }, (_, index) => individual(`P${index}`)),
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', reason: 'BATCH_TOO_LARGE', maxBatchSize: 1000 } });
    expect(await total(tenant)).toBe(0);
  });

  it('updates attributes and crosswalks, keeping the label in step', async () => {
    const tenant = await demoTenant(service);
    const uri = await createOne(tenant, individual('Ann Roman', 'EMP_1000072', [{ name: 'Email', values: ['ann@example.com'] }]));
    const updated = await service.graphql(tenant, UPDATE, {
      uri,
      attributes: [
        { name: 'FullName', values: ['Ann Roman-Smith'] },
        { name: 'Email', values: [] },
        { name: 'ContactId', values: ['C-9'] },
      ],
      add: [{ source: 'AMA', value: 'AMA-77' }],
      remove: [{ source: 'Salesforce', value: 'EMP_1000072' }],
    });
    expect(updated.data?.updateEntity).toEqual({
      status: 'OK',
      errors: [],
      object: {
        label: 'Ann Roman-Smith',
        attributes: [
          { name: 'FullName', values: [{ value: 'Ann Roman-Smith' }] },
          { name: 'ContactId', values: [{ value: 'C-9' }] },
        ],
        crosswalks: [{ value: 'AMA-77' }],
      },
    });
    const other = await createOne(tenant, individual('Other', 'OTHER-1'));
    const refused = await service.graphql(tenant, UPDATE, {
      uri: other,
      attributes: [{ name: 'FullName', values: [] }],
      add: [{ source: 'AMA', value: 'AMA-77' }],
      remove: [{ source: 'Salesforce', value: 'OTHER-1' }],
    });
    expect(refused.data?.updateEntity.errors.map((error) => error.name).sort()).toEqual([
      'ENTITY_CROSSWALK_ALREADY_EXISTS',
      'MISSING_REQUIRED_ATTRIBUTE',
    ]);
    const lastCrosswalk = await service.graphql(tenant, UPDATE, { uri: other, remove: [{ source: 'Salesforce', value: 'OTHER-1' }] });
    expect(lastCrosswalk.data?.updateEntity.errors).toEqual([{ name: 'INVALID_CROSSWALK', path: ['removeCrosswalks'] }]);
    const missing = await service.graphql(tenant, UPDATE, { uri: 'entities/doesNotExist' });
    expect(missing.data?.updateEntity.errors).toEqual([{ name: 'OBJECT_NOT_FOUND', path: ['uri'] }]);
    const unchanged = await service.graphql(tenant, READ_LABEL_AND_CROSSWALKS, { uri: other });
    expect(unchanged.data?.entity).toEqual({ label: 'Other', crosswalks: [{ value: 'OTHER-1' }] });
  });

  it('applies concurrent updates of one entity one after the other, keeping the label in step', async () => {
    const tenant = await demoTenant(service);
    const uri = await createOne(tenant, individual('N0'));
    const names = Array.from({ length: 8 }, (_, index) => `N${index + 1}`);
    const results = await Promise.all(names.map((name) => service.graphql(tenant, RENAME, { uri, name })));
    expect(results.map((result) => result.data?.updateEntity.status)).toEqual(names.map(() => 'OK'));
    const { data } = await service.graphql(tenant, READ_LABEL_AND_ATTRIBUTES, { uri });
    const fullName = data?.entity?.attributes.find((attribute) => attribute.name === 'FullName');
    expect(fullName?.values).toHaveLength(1);
    expect(data?.entity?.label).toBe(fullName?.values[0]?.value);
  });

  it('refuses values and crosswalks too large to index or holding NUL, on every database alike', async () => {
    const tenant = await demoTenant(service);
    const results = await create(tenant, [
      individual('x'.repeat(2001), 'LONG-1'),
      individual('a\u0000b', 'NUL-1'),
      individual('Fine', '漢'.repeat(400)),
      individual('Fine too'),
    ]);
    expect(results.map((result) => result.errors.map((error) => error.name))).toEqual([
      ['INVALID_ATTRIBUTE_VALUE'],
      ['INVALID_TEXT'],
      ['INVALID_CROSSWALK'],
      [],
    ]);
    expect(await total(tenant)).toBe(1);
    const [long] = await create(tenant, [individual('y'.repeat(2000), 'LONG-2')]);
    expect(long?.status).toBe('OK');
  });

  it('deletes entities, refusing one that interactions point at and saying how many', async () => {
    const tenant = await demoTenant(service);
    const a = await createOne(tenant, individual('Deletable'));
    const b = await createOne(tenant, individual('Member'));
    await makeMember(service, tenant, b.slice('entities/'.length), 2);
    const { data } = await service.graphql(tenant, DELETE, { uris: [a, b, 'entities/unknown1', a] });
    expect(data?.deleteEntities).toEqual([
      { index: 0, uri: a, status: 'OK', errors: [] },
      {
        index: 1,
        uri: null,
        status: 'FAILED',
        errors: [
          {
            code: 2008,
            name: 'ENTITY_IN_USE',
            message: `${b} is a member of 2 interactions (soft-deleted ones count: they can be restored); delete those first (mode HARD), or erase the entity (eraseEntity)`,
          },
        ],
      },
      { index: 2, uri: null, status: 'FAILED', errors: [expect.objectContaining({ name: 'OBJECT_NOT_FOUND' })] },
      { index: 3, uri: null, status: 'FAILED', errors: [expect.objectContaining({ name: 'OBJECT_NOT_FOUND' })] },
    ]);
    expect(await total(tenant)).toBe(1);
  });

  it('lists entities by type and attribute value, a page at a time, with a total count', async () => {
    const tenant = await demoTenant(service);
    await create(tenant, [
      ...Array.from({ length: 7 }, (_, index) =>
        individual(`Person ${index}`, undefined, [{ name: 'LastName', values: [index % 2 ? 'Odd' : 'Even'] }]),
      ),
      { type: 'HCO', attributes: [{ name: 'Name', values: ['Clinic'] }] },
    ]);
    const page = async (after: string | null) => {
      const response = await service.graphql(tenant, LIST, { filter: { types: ['Individual'] }, after });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.entities;
    };
    const seen: Array<string | null> = [];
    let after: string | null = null;
    for (;;) {
      const entities = await page(after);
      expect(entities.totalCount).toBe(7);
      seen.push(...entities.nodes.map((node) => node.label));
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, index) => `Person ${index}`));
    const odd = await service.graphql(tenant, LIST, { filter: { attributes: [{ name: 'LastName', value: 'Odd' }] } });
    expect(odd.data?.entities.totalCount).toBe(3);
    const badCursor = await service.graphql(tenant, LIST, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it("never finds another tenant's entity by URI, crosswalk or attribute value", async () => {
    const [mine, theirs] = [await demoTenant(service), await demoTenant(service)];
    const uri = await createOne(theirs, individual('Secret', 'SECRET-1', [{ name: 'ContactId', values: ['C-SECRET'] }]));
    const { data } = await service.graphql(mine, OTHER_TENANT_LOOKUPS, { uri });
    expect(data).toEqual({ entity: null, entityByCrosswalk: null, entities: { totalCount: 0 } });
    // The same crosswalk is free in another tenant.
    const [result] = await create(mine, [individual('Mine', 'SECRET-1')]);
    expect(result?.status).toBe('OK');

    const loaders = createEntityLoaders(service.database.db, mine);
    const theirConfig = await service.database.db.entityAttributeType.findFirstOrThrow({ where: { tenantId: theirs, name: 'ContactId' } });
    expect(await loaders.entityById.load(uri.slice('entities/'.length))).toBeNull();
    expect(await loaders.entitiesByAttributeValue.load({ attributeTypeId: theirConfig.id, value: 'C-SECRET' })).toEqual([]);
  });

  it('looks up 1, 10 or 500 entities of each kind in the same number of statements', async () => {
    const tenant = await demoTenant(service);
    const people = Array.from({ length: 500 }, (_, index) =>
      individual(`Person ${index}`, `BULK-${index}`, [{ name: 'ContactId', values: [`C-${index < 20 ? index % 10 : index}`] }]),
    );
    const created = await create(tenant, people, { returnObjects: false });
    expect(created.every((result) => result.status === 'OK')).toBe(true);
    const db = service.database.db;
    const salesforce = await db.source.findFirstOrThrow({ where: { tenantId: tenant, name: 'Salesforce' } });
    const contactId = await db.entityAttributeType.findFirstOrThrow({ where: { tenantId: tenant, name: 'ContactId' } });
    // Every one created (asserted just above), so each has its URI.
    const ids = created.map((result) => result.uri!.slice('entities/'.length));

    const statementsFor = async (size: number) => {
      const loaders = createEntityLoaders(db, tenant);
      const { result, statements } = await service.recordQueries(tenant, () =>
        Promise.all([
          loaders.entityById.loadMany(ids.slice(0, size)),
          loaders.entityByCrosswalk.loadMany(
            Array.from({ length: size }, (_, index) => ({ sourceId: salesforce.id, value: `BULK-${index}` })),
          ),
          loaders.entitiesByAttributeValue.loadMany(
            Array.from({ length: size }, (_, index) => ({ attributeTypeId: contactId.id, value: `C-${index}` })),
          ),
        ]),
      );
      const [byId, byCrosswalk, byAttribute] = result;
      expect(byId.filter((entity) => entity && !(entity instanceof Error))).toHaveLength(size);
      expect(byCrosswalk.filter((entity) => entity && !(entity instanceof Error))).toHaveLength(size);
      // C-0 .. C-9 belong to two people each, C-10 .. C-19 to nobody, the others to one.
      const sizes = byAttribute.map((entities) => (Array.isArray(entities) ? entities.length : -1));
      expect(sizes).toEqual(Array.from({ length: size }, (_, index) => (index < 10 ? 2 : index < 20 ? 0 : 1)));
      if (process.env.SHOW_SQL)
        console.log(statements.map((sql) => sql.slice(0, 160) + ' #' + (sql.match(/\?|\$\d+/g) ?? []).length).join('\n'));
      return statements.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const counts = [await statementsFor(1), await statementsFor(10), await statementsFor(500)];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);

    // The same through GraphQL: aliased lookups of each kind, as many as the alias limit (30 in
    // all) allows, batch into the same statements as 1.
    const graphqlStatements = async (size: number) => {
      const fields = Array.from(
        { length: size },
        (_, index) =>
          `u${index}: entity(uri: "entities/${ids[index]}") { ...EntitiesLookupLabel } c${index}: entityByCrosswalk(source: "Salesforce", value: "BULK-${index}") { uri }`,
      ).join('\n');
      // Built here, so a plain string: the u answers are typed by their fragment.
      const { result, statements } = await service.recordQueries(tenant, () =>
        service.graphql(tenant, `{ ${fields} }\n${String(LOOKUP_LABEL)}`),
      );
      const data = result.data as Record<string, EntitiesLookupLabelFragment | null> | undefined;
      expect(data?.[`u${size - 1}`]?.label).toBe(`Person ${size - 1}`);
      return statements.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const viaGraphql = [await graphqlStatements(1), await graphqlStatements(15)];
    expect(viaGraphql[1]).toBe(viaGraphql[0]);
  });

  it('creates exactly one entity when parallel requests race with the same crosswalk', async () => {
    const tenant = await demoTenant(service);
    const racers = 12;
    // One single-input batch per racer: one result each.
    const results = (
      await Promise.all(Array.from({ length: racers }, (_, index) => create(tenant, [individual(`Racer ${index}`, 'RACE-1')])))
    ).flat();
    const created = results.filter((result) => result.status === 'OK');
    expect(created).toHaveLength(1);
    for (const result of results.filter((candidate) => candidate.status === 'FAILED')) {
      expect(result.errors.map((error) => error.name)).toEqual(['ENTITY_CROSSWALK_ALREADY_EXISTS']);
    }
    const { data } = await service.graphql(tenant, RACE_OUTCOME);
    expect(data).toEqual({ entityByCrosswalk: { uri: created[0]?.uri }, entities: { totalCount: 1 } });
  });
});

/** Makes the entity a member of `count` stored interactions, written directly: this file tests entities alone. */
async function makeMember(service: TestService, tenantId: string, entityId: string, count: number) {
  const db = service.database.db;
  const lunch = await db.interactionType.findFirstOrThrow({ where: { tenantId, name: 'Lunch' }, include: { participants: true } });
  const chefs = lunch.participants.find((member) => member.name === 'Chefs')!;
  const now = BigInt(Date.now());
  for (let index = 0; index < count; index++) {
    const id = newId();
    await db.interaction.create({
      data: {
        tenantId,
        id,
        interactionTypeId: lunch.id,
        timestamp: now,
        createdTime: now,
        updatedTime: now,
        createdBy: 'test',
        updatedBy: 'test',
      },
    });
    await db.interactionMember.create({
      data: { tenantId, id: newId(), interactionId: id, participantId: chefs.id, entityId, timestamp: now, position: 0 },
    });
  }
}
