// createInteractions through the real HTTP server, on every tested database: the Reltio
// "Create Interactions" examples, duplicates (536), every validation rule, the options, the
// batch limit, batched member resolution (statement counts) and racing requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import {
  createDemoPeople,
  createEntitiesOrThrow,
  createInteractions,
  demoInteractionType,
  errorNames,
  exhibition,
  hco,
  interactionCount,
  lunch,
  mergeConfiguration,
  postCreateInteractions,
  readByCrosswalk,
  readInteraction,
  type DemoPeople,
} from './helpers/interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';

const LUNCH = 'configuration/interactionTypes/Lunch';
const INDIVIDUAL = 'configuration/entityTypes/Individual';
const ID = '[0-9A-Za-z]{12}';
const REPLAY_DETAIL =
  'Failed to create interaction, because such crosswalk already exists. System and value parameters pair should be unique.';

/** What a test expects of one error: its code, name and path. */
interface ExpectedError {
  code: number;
  name: string;
  path: string[];
}

const error = (code: number, name: string, ...path: string[]): ExpectedError => ({ code, name, path });

describeEachDatabase('createInteractions', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const create = (tenant: string, interactions: unknown[], options?: Record<string, unknown>, headers?: Record<string, string>) =>
    createInteractions(service, tenant, interactions, options, headers);

  /** A demo tenant with the Reltio example's people and HCO. */
  async function tenantWithPeople(): Promise<{ tenant: string; people: DemoPeople }> {
    const tenant = await demoTenant(service);
    return { tenant, people: await createDemoPeople(service, tenant) };
  }

  /**
   * Sends the inputs as one batch and checks each result against `expected` (null: created;
   * else exactly these errors), that every failed input wrote nothing (the store holds one
   * interaction per OK result) and that every created one is stored as it was returned.
   */
  async function expectBatch(tenant: string, inputs: unknown[], expected: Array<ExpectedError[] | null>): Promise<any[]> {
    expect(inputs).toHaveLength(expected.length);
    const results = await create(tenant, inputs);
    expect(results.map((result) => result.index)).toEqual(inputs.map((_, index) => index));
    expect(results.map((result) => result.errors.map(({ code, name, path }: ExpectedError) => ({ code, name, path })))).toEqual(
      expected.map((errors) => errors ?? []),
    );
    for (const [index, result] of results.entries()) {
      if (expected[index]) {
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        for (const problem of result.errors) expect(problem.severity).toBe('ERROR');
      } else {
        expect(result).toMatchObject({ status: 'OK', successful: true, uri: expect.stringMatching(new RegExp(`^interactions/${ID}$`)) });
        expect(await readInteraction(service, tenant, result.uri)).toEqual(result.object);
      }
    }
    expect(await interactionCount(service, tenant)).toBe(expected.filter((errors) => errors === null).length);
    return results;
  }

  /** The Place values a batch's neighbours carry, so the right inputs are seen to be written. */
  const before = (people: DemoPeople) => lunch(people.john, { attributes: [{ name: 'Place', values: ['Before'] }] });
  const after = (people: DemoPeople) => lunch(people.john, { attributes: [{ name: 'Place', values: ['After'] }] });

  describe("the Reltio document's examples", () => {
    it('creates a Lunch whose members are given by objectURI, Meeting member type URIs taken with a warning', async () => {
      const { tenant, people } = await tenantWithPeople();
      const startedAt = Date.now();
      const [result] = await create(
        tenant,
        [
          {
            type: LUNCH,
            timestamp: 1338580800000,
            attributes: [
              { name: 'Place', values: ['Shire, Bag End in Hobbiton'] },
              { name: 'Notes', values: ['All participants eat Lembas'] },
            ],
            members: [
              { memberType: 'configuration/interactionTypes/Meeting/memberTypes/Organizers', members: [{ objectURI: people.john }] },
              { memberType: 'configuration/interactionTypes/Lunch/memberTypes/Chefs', members: [{ objectURI: people.ann }] },
              {
                memberType: 'configuration/interactionTypes/Meeting/memberTypes/Participants',
                members: [{ objectURI: people.san }, { objectURI: people.josh }, { objectURI: people.marc }],
              },
            ],
          },
        ],
        undefined,
        await service.as(tenant, { sub: 'User' }),
      );
      const finishedAt = Date.now();

      expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [] });
      const uri: string = result.uri;
      expect(uri).toMatch(new RegExp(`^interactions/${ID}$`));
      expect(result.warnings).toEqual([
        {
          code: 2111,
          name: 'MEMBER_TYPE_OF_OTHER_INTERACTION_TYPE',
          severity: 'WARNING',
          message: expect.stringContaining('configuration/interactionTypes/Meeting/memberTypes/Organizers'),
          path: ['members', '0', 'memberType'],
        },
        {
          code: 2111,
          name: 'MEMBER_TYPE_OF_OTHER_INTERACTION_TYPE',
          severity: 'WARNING',
          message: expect.stringContaining('configuration/interactionTypes/Meeting/memberTypes/Participants'),
          path: ['members', '2', 'memberType'],
        },
      ]);

      const object = result.object;
      expect(object).toMatchObject({ uri, type: { uri: LUNCH }, timestamp: 1338580800000, createdBy: 'User', updatedBy: 'User' });
      expect(object.createdTime).toBeGreaterThanOrEqual(startedAt);
      expect(object.createdTime).toBeLessThanOrEqual(finishedAt);
      expect(object.updatedTime).toBe(object.createdTime);
      expect(object.attributes).toEqual([
        {
          name: 'Place',
          type: { uri: `${LUNCH}/attributes/Place` },
          values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Place/${ID}$`)), value: 'Shire, Bag End in Hobbiton' }],
        },
        {
          name: 'Notes',
          type: { uri: `${LUNCH}/attributes/Notes` },
          values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Notes/${ID}$`)), value: 'All participants eat Lembas' }],
        },
      ]);
      // No crosswalk given: one is generated in the request's source (the tenant's default).
      expect(object.crosswalks).toEqual([
        {
          uri: expect.stringMatching(new RegExp(`^${uri}/crosswalks/${ID}$`)),
          source: { uri: 'configuration/sources/Default' },
          value: expect.stringMatching(new RegExp(`^${ID}$`)),
          createdTime: object.createdTime,
        },
      ]);
      expect(object.members).toEqual([
        {
          uri: `${uri}/members/Organizers`,
          memberType: { uri: `${LUNCH}/memberTypes/Organizers`, name: 'Organizers' },
          members: [{ objectURI: people.john, type: INDIVIDUAL, label: 'John Smith' }],
        },
        {
          uri: `${uri}/members/Chefs`,
          memberType: { uri: `${LUNCH}/memberTypes/Chefs`, name: 'Chefs' },
          members: [{ objectURI: people.ann, type: INDIVIDUAL, label: 'Ann Roman' }],
        },
        {
          uri: `${uri}/members/Participants`,
          memberType: { uri: `${LUNCH}/memberTypes/Participants`, name: 'Participants' },
          members: [
            { objectURI: people.san, type: INDIVIDUAL, label: 'San Dunn' },
            { objectURI: people.josh, type: INDIVIDUAL, label: 'Josh May' },
            { objectURI: people.marc, type: INDIVIDUAL, label: 'Marc Jack' },
          ],
        },
      ]);

      // Stored exactly as returned, and found by its crosswalk.
      expect(await readInteraction(service, tenant, uri)).toEqual(object);
      expect(await readByCrosswalk(service, tenant, 'configuration/sources/Default', object.crosswalks[0].value)).toMatchObject({ uri });
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('creates a Lunch whose members are given by their Salesforce crosswalks', async () => {
      const { tenant, people } = await tenantWithPeople();
      const [result] = await create(tenant, [
        {
          type: LUNCH,
          timestamp: 1338580800000,
          attributes: [
            { name: 'Place', values: ['Shire, Bag End in Hobbiton'] },
            { name: 'Notes', values: ['All participants eat Lembas'] },
          ],
          members: [
            { memberType: 'Organizers', members: [{ crosswalks: [{ source: 'configuration/sources/Salesforce', value: 'EMP_600000' }] }] },
            { memberType: 'Chefs', members: [{ crosswalks: [{ source: 'configuration/sources/Salesforce', value: 'EMP_1000072' }] }] },
          ],
        },
      ]);
      expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [], warnings: [] });
      const uri: string = result.uri;
      expect(result.object).toMatchObject({ uri, type: { uri: LUNCH }, timestamp: 1338580800000, createdBy: `tester@${tenant}` });
      expect(result.object.attributes.map((attribute: { name: string }) => attribute.name)).toEqual(['Place', 'Notes']);
      expect(result.object.members).toEqual([
        {
          uri: `${uri}/members/Organizers`,
          memberType: { uri: `${LUNCH}/memberTypes/Organizers`, name: 'Organizers' },
          members: [{ objectURI: people.john, type: INDIVIDUAL, label: 'John Smith' }],
        },
        {
          uri: `${uri}/members/Chefs`,
          memberType: { uri: `${LUNCH}/memberTypes/Chefs`, name: 'Chefs' },
          members: [{ objectURI: people.ann, type: INDIVIDUAL, label: 'Ann Roman' }],
        },
      ]);
      expect(await readInteraction(service, tenant, uri)).toEqual(result.object);
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('creates an ExhibitionEvent whose HCO member is found by mapping EXHBT_NAME to the HCO Name', async () => {
      const { tenant, people } = await tenantWithPeople();
      const [result] = await create(tenant, [exhibition('ForAttributeInteraction')]);
      expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [], warnings: [] });
      const uri: string = result.uri;
      const type = 'configuration/interactionTypes/ExhibitionEvent';
      expect(result.object).toMatchObject({ uri, type: { uri: type }, timestamp: 1780576191519 });
      expect(result.object.attributes).toEqual([
        {
          name: 'EXHBT_NAME',
          type: { uri: `${type}/attributes/EXHBT_NAME` },
          values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/EXHBT_NAME/${ID}$`)), value: 'ForAttributeInteraction' }],
        },
      ]);
      expect(result.object.members).toEqual([
        {
          uri: `${uri}/members/HCO`,
          memberType: { uri: `${type}/memberTypes/HCO`, name: 'HCO' },
          members: [{ objectURI: people.hco, type: 'configuration/entityTypes/HCO', label: 'ForAttributeInteraction' }],
        },
      ]);
      expect(await readInteraction(service, tenant, uri)).toEqual(result.object);
      expect(await interactionCount(service, tenant)).toBe(1);
    });
  });

  describe('duplicate crosswalks (536)', () => {
    it('refuses a second interaction with crosswalk (AMA, TEST), naming the holder and whether the input is identical', async () => {
      const { tenant, people } = await tenantWithPeople();
      const input = lunch(people.john, { timestamp: 1338580800000, crosswalks: [{ source: 'configuration/sources/AMA', value: 'TEST' }] });
      const [first] = await create(tenant, [input]);
      expect(first.status).toBe('OK');
      expect(first.object.crosswalks).toEqual([expect.objectContaining({ source: { uri: 'configuration/sources/AMA' }, value: 'TEST' })]);

      const refusal = (identicalToExisting: boolean) => ({
        index: 0,
        uri: null,
        object: null,
        status: 'FAILED',
        successful: false,
        warnings: [],
        errors: [
          {
            code: 536,
            name: 'CROSSWALK_ALREADY_EXISTS',
            severity: 'ERROR',
            message: 'Interaction with specified system configuration/sources/AMA and value TEST already exists.',
            detail: expect.stringContaining(REPLAY_DETAIL),
            path: ['crosswalks'],
            existingUri: first.uri,
            identicalToExisting,
          },
        ],
      });
      // The same input again: a harmless replay, still refused; also with the timestamp given as ISO-8601.
      expect(await create(tenant, [input])).toEqual([refusal(true)]);
      expect(await create(tenant, [{ ...input, timestamp: '2012-06-01T20:00:00Z' }])).toEqual([refusal(true)]);
      // The same crosswalk (source given by name) with another attribute value, or another member: a real conflict.
      const otherPlace = lunch(people.john, {
        timestamp: 1338580800000,
        attributes: [{ name: 'Place', values: ['Rivendell'] }],
        crosswalks: [{ source: 'AMA', value: 'TEST' }],
      });
      expect(await create(tenant, [otherPlace])).toEqual([refusal(false)]);
      const otherOrganizer = lunch(people.ann, { timestamp: 1338580800000, crosswalks: [{ source: 'AMA', value: 'TEST' }] });
      expect(await create(tenant, [otherOrganizer])).toEqual([refusal(false)]);
      const otherTime = lunch(people.john, { timestamp: 1338580800001, crosswalks: [{ source: 'AMA', value: 'TEST' }] });
      expect(await create(tenant, [otherTime])).toEqual([refusal(false)]);

      expect(await interactionCount(service, tenant)).toBe(1);
      expect(await readByCrosswalk(service, tenant, 'AMA', 'TEST')).toMatchObject({ uri: first.uri });
      expect((await readInteraction(service, tenant, first.uri)).attributes[0].values[0].value).toBe('Shire, Bag End in Hobbiton');
    });

    it('refuses a crosswalk that an earlier input of the same batch claims, naming the interaction that input created', async () => {
      const { tenant, people } = await tenantWithPeople();
      const claimed = [{ source: 'AMA', value: 'BATCH' }];
      const input = lunch(people.john, { timestamp: 1338580800000, crosswalks: claimed });
      const results = await expectBatch(
        tenant,
        [
          input,
          input,
          lunch(people.john, { timestamp: 1338580800000, attributes: [{ name: 'Place', values: ['Elsewhere'] }], crosswalks: claimed }),
          after(people),
        ],
        [null, [error(536, 'CROSSWALK_ALREADY_EXISTS', 'crosswalks')], [error(536, 'CROSSWALK_ALREADY_EXISTS', 'crosswalks')], null],
      );
      expect(results[1].errors[0]).toMatchObject({
        severity: 'ERROR',
        message: expect.stringContaining('configuration/sources/AMA and value BATCH'),
        existingUri: results[0].uri,
        identicalToExisting: true,
      });
      expect(results[2].errors[0]).toMatchObject({ existingUri: results[0].uri, identicalToExisting: false });
      expect(await readByCrosswalk(service, tenant, 'AMA', 'BATCH')).toMatchObject({ uri: results[0].uri });
    });

    it('derives an EmailOpened crosswalk from MessageId, so the same event sent twice is a 536, never two interactions', async () => {
      const { tenant } = await tenantWithPeople();
      const opened = Date.parse('2024-05-01T10:00:00Z');
      const event = (messageId: string, timeOpened: unknown, timestamp?: number) => ({
        type: 'configuration/interactionTypes/EmailOpened',
        ...(timestamp === undefined ? {} : { timestamp }),
        attributes: [
          { name: 'MessageId', values: [messageId] },
          { name: 'TimeOpened', values: [timeOpened] },
        ],
      });

      // The timestamp is read from TimeOpened (ISO-8601 accepted); a differing input timestamp is overruled with a warning.
      const [first] = await create(tenant, [event('MSG-1', '2024-05-01T10:00:00Z', 1000)]);
      expect(first).toMatchObject({ status: 'OK', successful: true, errors: [] });
      expect(first.warnings).toEqual([
        { code: 2110, name: 'TIMESTAMP_FROM_ATTRIBUTE', severity: 'WARNING', message: expect.any(String), path: ['timestamp'] },
      ]);
      expect(first.object.timestamp).toBe(opened);
      expect(first.object.attributes).toContainEqual(
        expect.objectContaining({ name: 'TimeOpened', values: [expect.objectContaining({ value: opened })] }),
      );
      // EmailOpened's default source is Salesforce; the crosswalk value is the MessageId.
      expect(first.object.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Salesforce' }, value: 'MSG-1' }),
      ]);
      expect(await readByCrosswalk(service, tenant, 'Salesforce', 'MSG-1')).toMatchObject({ uri: first.uri });

      // The same event in a separate request (TimeOpened now as epoch milliseconds, no timestamp): a replay.
      const [replay] = await create(tenant, [event('MSG-1', opened)]);
      expect(replay).toMatchObject({ status: 'FAILED', successful: false, uri: null });
      expect(replay.errors).toEqual([
        expect.objectContaining({
          code: 536,
          name: 'CROSSWALK_ALREADY_EXISTS',
          message: 'Interaction with specified system configuration/sources/Salesforce and value MSG-1 already exists.',
          existingUri: first.uri,
          identicalToExisting: true,
        }),
      ]);
      // Another event under the same MessageId is a conflict.
      const [conflict] = await create(tenant, [event('MSG-1', opened + 60_000)]);
      expect(conflict.errors).toEqual([expect.objectContaining({ code: 536, existingUri: first.uri, identicalToExisting: false })]);

      // Twice in one batch: the first is created (a timestamp equal to TimeOpened draws no warning), the second is a replay.
      const twice = await create(tenant, [event('MSG-2', opened, opened), event('MSG-2', opened, opened)]);
      expect(twice[0]).toMatchObject({ status: 'OK', warnings: [] });
      expect(twice[1]).toMatchObject({ status: 'FAILED', uri: null });
      expect(twice[1].errors).toEqual([expect.objectContaining({ code: 536, existingUri: twice[0].uri, identicalToExisting: true })]);

      expect(await interactionCount(service, tenant)).toBe(2);
    });
  });

  describe('validation: each failed input writes nothing and never fails its neighbours', () => {
    it('UNKNOWN_TYPE (2001)', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          { type: 'configuration/interactionTypes/Picnic' },
          { type: 'Picnic', attributes: [{ name: 'Place', values: ['Meadow'] }] },
          after(people),
        ],
        [null, [error(2001, 'UNKNOWN_TYPE', 'type')], [error(2001, 'UNKNOWN_TYPE', 'type')], null],
      );
    });

    it('UNKNOWN_ATTRIBUTE (2002)', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, {
            attributes: [
              { name: 'Place', values: ['Hobbiton'] },
              { name: 'Dessert', values: ['Lembas'] },
            ],
          }),
          after(people),
        ],
        [null, [error(2002, 'UNKNOWN_ATTRIBUTE', 'attributes', '1', 'name')], null],
      );
    });

    it('INVALID_ATTRIBUTE_VALUE (2003)', async () => {
      const { tenant, people } = await tenantWithPeople();
      const supportCase = (caseNumber: string, priority: unknown) => ({
        type: 'SupportCase',
        attributes: [
          { name: 'CaseNumber', values: [caseNumber] },
          { name: 'Status', values: ['Open'] },
          { name: 'Priority', values: [priority] },
        ],
        members: [{ memberType: 'Customer', members: [{ objectURI: people.john }] }],
      });
      const results = await expectBatch(
        tenant,
        [
          supportCase('CASE-1', 2),
          supportCase('CASE-2', 'high'),
          lunch(people.john, { attributes: [{ name: 'Cost', values: ['cheap'] }] }),
          after(people),
        ],
        [
          null,
          [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '2', 'values', '0')],
          [error(2003, 'INVALID_ATTRIBUTE_VALUE', 'attributes', '0', 'values', '0')],
          null,
        ],
      );
      expect(results[0].object.attributes).toContainEqual(
        expect.objectContaining({ name: 'Priority', values: [expect.objectContaining({ value: 2 })] }),
      );
    });

    it('MISSING_REQUIRED_ATTRIBUTE (2004)', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          {
            type: 'SupportCase',
            attributes: [{ name: 'CaseNumber', values: ['CASE-9'] }],
            members: [{ memberType: 'Customer', members: [{ objectURI: people.john }] }],
          },
          { type: 'EmailOpened', attributes: [{ name: 'MessageId', values: ['MSG-9'] }] },
          after(people),
        ],
        [null, [error(2004, 'MISSING_REQUIRED_ATTRIBUTE', 'attributes')], [error(2004, 'MISSING_REQUIRED_ATTRIBUTE', 'attributes')], null],
      );
    });

    it('TOO_MANY_VALUES (2005): Place is single-valued', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, { attributes: [{ name: 'Place', values: ['Hobbiton', 'Rivendell'] }] }),
          lunch(people.john, { attributes: [{ name: 'Notes', values: ['one', 'two'] }] }),
        ],
        [null, [error(2005, 'TOO_MANY_VALUES', 'attributes', '0', 'values')], null],
      );
    });

    it('UNKNOWN_SOURCE_SYSTEM (2006): of the crosswalk, or of a member crosswalk', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, { crosswalks: [{ source: 'configuration/sources/Nowhere', value: 'X-1' }] }),
          lunch(people.john, {
            members: [{ memberType: 'Chefs', members: [{ crosswalks: [{ source: 'Nowhere', value: 'EMP_1000072' }] }] }],
          }),
          after(people),
        ],
        [
          null,
          [error(2006, 'UNKNOWN_SOURCE_SYSTEM', 'crosswalks', '0', 'source')],
          [error(2006, 'UNKNOWN_SOURCE_SYSTEM', 'members', '1', 'members', '0', 'crosswalks', '0', 'source')],
          null,
        ],
      );
    });

    it('UNKNOWN_MEMBER_TYPE (2101)', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, { members: [{ memberType: 'Waiters', members: [{ objectURI: people.ann }] }] }),
          // A member type of another interaction type that Lunch has no namesake of.
          lunch(people.john, {
            members: [
              { memberType: 'configuration/interactionTypes/SupportCase/memberTypes/Customer', members: [{ objectURI: people.ann }] },
            ],
          }),
          after(people),
        ],
        [
          null,
          [error(2101, 'UNKNOWN_MEMBER_TYPE', 'members', '1', 'memberType')],
          [error(2101, 'UNKNOWN_MEMBER_TYPE', 'members', '1', 'memberType')],
          null,
        ],
      );
    });

    it('INVALID_MEMBER_REFERENCE (2102): both objectURI and crosswalks, neither, a malformed URI, crosswalks of different entities', async () => {
      const { tenant, people } = await tenantWithPeople();
      const chefs = (member: unknown) => lunch(people.john, { members: [{ memberType: 'Chefs', members: [member] }] });
      const at = ['members', '1', 'members', '0'];
      await expectBatch(
        tenant,
        [
          before(people),
          chefs({ objectURI: people.ann, crosswalks: [{ source: 'Salesforce', value: 'EMP_1000072' }] }),
          chefs({}),
          chefs({ crosswalks: [] }),
          chefs({ objectURI: 'people/12345' }),
          chefs({
            crosswalks: [
              { source: 'Salesforce', value: 'EMP_600000' },
              { source: 'Salesforce', value: 'EMP_1000072' },
            ],
          }),
          after(people),
        ],
        [
          null,
          [error(2102, 'INVALID_MEMBER_REFERENCE', ...at)],
          [error(2102, 'INVALID_MEMBER_REFERENCE', ...at)],
          [error(2102, 'INVALID_MEMBER_REFERENCE', ...at)],
          [error(2102, 'INVALID_MEMBER_REFERENCE', ...at, 'objectURI')],
          [error(2102, 'INVALID_MEMBER_REFERENCE', ...at)],
          null,
        ],
      );
    });

    it("MEMBER_NOT_FOUND (2103): an unknown objectURI or crosswalk, and another tenant's entity", async () => {
      const { tenant, people } = await tenantWithPeople();
      const other = await demoTenant(service);
      const [foreign] = await createEntitiesOrThrow(service, other, [individual('Foreign', 'FOREIGN-1')]);
      const chefs = (member: unknown) => lunch(people.john, { members: [{ memberType: 'Chefs', members: [member] }] });
      const at = ['members', '1', 'members', '0'];
      await expectBatch(
        tenant,
        [
          before(people),
          chefs({ objectURI: 'entities/doesNotExist1' }),
          chefs({ crosswalks: [{ source: 'Salesforce', value: 'NOBODY' }] }),
          chefs({ objectURI: foreign }),
          chefs({ crosswalks: [{ source: 'Salesforce', value: 'FOREIGN-1' }] }),
          after(people),
        ],
        [
          null,
          [error(2103, 'MEMBER_NOT_FOUND', ...at)],
          [error(2103, 'MEMBER_NOT_FOUND', ...at)],
          [error(2103, 'MEMBER_NOT_FOUND', ...at)],
          [error(2103, 'MEMBER_NOT_FOUND', ...at)],
          null,
        ],
      );
      expect(await interactionCount(service, other)).toBe(0);
    });

    it('MEMBER_ENTITY_TYPE_NOT_ALLOWED (2104): an HCO as Chefs (an HCO participant is fine)', async () => {
      const { tenant, people } = await tenantWithPeople();
      const results = await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, { members: [{ memberType: 'Chefs', members: [{ objectURI: people.hco }] }] }),
          lunch(people.john, { members: [{ memberType: 'Participants', members: [{ objectURI: people.hco }] }] }),
        ],
        [null, [error(2104, 'MEMBER_ENTITY_TYPE_NOT_ALLOWED', 'members', '1', 'members', '0')], null],
      );
      expect(results[2].object.members[1].members).toEqual([
        { objectURI: people.hco, type: 'configuration/entityTypes/HCO', label: 'ForAttributeInteraction' },
      ]);
    });

    it('TOO_FEW_MEMBERS (2105): a Lunch without Organizers', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          { type: LUNCH, members: [{ memberType: 'Chefs', members: [{ objectURI: people.ann }] }] },
          { type: LUNCH, members: [{ memberType: 'Organizers', members: [] }] },
          after(people),
        ],
        [null, [error(2105, 'TOO_FEW_MEMBERS', 'members')], [error(2105, 'TOO_FEW_MEMBERS', 'members', '0')], null],
      );
    });

    it('TOO_FEW_MEMBERS (2105): a mapped member type with minOccurs 1 and the mapped attribute absent', async () => {
      const { tenant } = await tenantWithPeople();
      await mergeConfiguration(service, tenant, {
        interactionTypes: [demoInteractionType('ExhibitionEvent', (type) => (type.memberTypes[0].minOccurs = 1))],
      });
      await expectBatch(
        tenant,
        [exhibition('ForAttributeInteraction'), exhibition(), exhibition('ForAttributeInteraction')],
        [null, [error(2105, 'TOO_FEW_MEMBERS', 'members')], null],
      );
    });

    it('TOO_MANY_MEMBERS (2106): 4 Chefs where at most 3 are allowed', async () => {
      const { tenant, people } = await tenantWithPeople();
      const chefs = (uris: string[]) =>
        lunch(people.john, { members: [{ memberType: 'Chefs', members: uris.map((objectURI) => ({ objectURI })) }] });
      const results = await expectBatch(
        tenant,
        [before(people), chefs([people.ann, people.san, people.josh, people.marc]), chefs([people.ann, people.san, people.josh])],
        [null, [error(2106, 'TOO_MANY_MEMBERS', 'members', '1')], null],
      );
      expect(results[2].object.members[1].members.map((member: { label: string }) => member.label)).toEqual([
        'Ann Roman',
        'San Dunn',
        'Josh May',
      ]);
    });

    it('38010 and 38011: the mapped value matches no HCO, or two; members given explicitly win over the mapping', async () => {
      const { tenant, people } = await tenantWithPeople();
      await createEntitiesOrThrow(service, tenant, [hco('Twin'), hco('Twin')]);
      const results = await expectBatch(
        tenant,
        [
          exhibition('ForAttributeInteraction'),
          exhibition('Nobody'),
          exhibition('Twin'),
          { ...exhibition('Twin'), members: [{ memberType: 'HCO', members: [{ objectURI: people.hco }] }] },
        ],
        [
          null,
          [error(38010, 'MAPPED_VALUE_MATCHED_NO_ENTITY', 'attributes')],
          [error(38011, 'MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES', 'attributes')],
          null,
        ],
      );
      expect(results[3].object.members[0].members).toEqual([expect.objectContaining({ objectURI: people.hco })]);
    });

    it('creates an interaction with no members of a mapped member type of minOccurs 0 when the mapped attribute is absent', async () => {
      const { tenant } = await tenantWithPeople();
      const [result] = await expectBatch(tenant, [exhibition(), exhibition('ForAttributeInteraction')], [null, null]);
      expect(result.object).toMatchObject({ attributes: [], members: [] });
    });

    it('DUPLICATE_MEMBER (2107): the same entity twice in one member type is a warning and is stored once', async () => {
      const { tenant, people } = await tenantWithPeople();
      const [result] = await expectBatch(
        tenant,
        [
          lunch(people.john, {
            members: [
              {
                memberType: 'Chefs',
                members: [{ objectURI: people.ann }, { crosswalks: [{ source: 'Salesforce', value: 'EMP_1000072' }] }],
              },
              // John is an organizer too: the same entity in another member type is no duplicate.
              { memberType: 'Participants', members: [{ objectURI: people.san }, { objectURI: people.john }, { objectURI: people.san }] },
            ],
          }),
        ],
        [null],
      );
      expect(result.warnings).toEqual([
        {
          code: 2107,
          name: 'DUPLICATE_MEMBER',
          severity: 'WARNING',
          message: expect.stringContaining(people.ann),
          path: ['members', '1', 'members', '1'],
        },
        {
          code: 2107,
          name: 'DUPLICATE_MEMBER',
          severity: 'WARNING',
          message: expect.stringContaining(people.san),
          path: ['members', '2', 'members', '2'],
        },
      ]);
      const stored = await readInteraction(service, tenant, result.uri);
      expect(
        stored.members.map((group: { memberType: { name: string }; members: Array<{ label: string }> }) => [
          group.memberType.name,
          group.members.map((member) => member.label),
        ]),
      ).toEqual([
        ['Organizers', ['John Smith']],
        ['Chefs', ['Ann Roman']],
        ['Participants', ['San Dunn', 'John Smith']],
      ]);
      expect(await service.database.db.interactionMember.count({ where: { tenantId: tenant } })).toBe(4);
    });

    it('CROSSWALK_VALUE_WITH_SEVERAL_INPUTS (2108): crosswalkValue with 2 inputs fails both; with one it is the crosswalk value', async () => {
      const { tenant, people } = await tenantWithPeople();
      const refused = await create(tenant, [before(people), after(people)], { crosswalkValue: 'INT_001' });
      expect(refused).toEqual(
        [0, 1].map((index) => ({
          index,
          uri: null,
          object: null,
          status: 'FAILED',
          successful: false,
          warnings: [],
          errors: [expect.objectContaining({ code: 2108, name: 'CROSSWALK_VALUE_WITH_SEVERAL_INPUTS', severity: 'ERROR' })],
        })),
      );
      expect(await interactionCount(service, tenant)).toBe(0);

      const [created] = await create(tenant, [before(people)], { crosswalkValue: 'INT_001' });
      expect(created.status).toBe('OK');
      expect(created.object.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Default' }, value: 'INT_001' }),
      ]);
      expect(await readByCrosswalk(service, tenant, 'Default', 'INT_001')).toMatchObject({ uri: created.uri });
      // In the request's source when it names one.
      const [inReltio] = await create(tenant, [before(people)], { crosswalkValue: 'INT_002', source: 'Reltio' });
      expect(inReltio.object.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Reltio' }, value: 'INT_002' }),
      ]);
      // The crosswalk is taken now.
      const [again] = await create(tenant, [before(people)], { crosswalkValue: 'INT_001' });
      expect(again.errors).toEqual([expect.objectContaining({ code: 536, existingUri: created.uri, identicalToExisting: true })]);
      expect(await interactionCount(service, tenant)).toBe(2);
    });

    it('INVALID_CROSSWALK (2011): a blank crosswalkValue is refused like a blank crosswalk, and writes nothing', async () => {
      const { tenant, people } = await tenantWithPeople();
      for (const crosswalkValue of ['', '   ']) {
        const [result] = await create(tenant, [before(people)], { crosswalkValue });
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        expect(result.errors).toEqual([expect.objectContaining({ code: 2011, name: 'INVALID_CROSSWALK', severity: 'ERROR' })]);
      }
      // As a crosswalk given in the input is.
      const [given] = await create(tenant, [lunch(people.john, { crosswalks: [{ value: '   ' }] })]);
      expect(given.errors).toEqual([
        expect.objectContaining({ code: 2011, name: 'INVALID_CROSSWALK', path: ['crosswalks', '0', 'value'] }),
      ]);
      expect(await interactionCount(service, tenant)).toBe(0);
    });
  });

  describe('options', () => {
    it('returns URIs only with returnObjects false', async () => {
      const { tenant, people } = await tenantWithPeople();
      const results = await create(tenant, [before(people), { type: 'Picnic' }], { returnObjects: false });
      expect(results[0]).toEqual({
        index: 0,
        uri: expect.stringMatching(new RegExp(`^interactions/${ID}$`)),
        object: null,
        status: 'OK',
        successful: true,
        errors: [],
        warnings: [],
      });
      expect(results[1]).toMatchObject({ uri: null, object: null, status: 'FAILED' });
      expect(await readInteraction(service, tenant, results[0].uri)).toMatchObject({
        uri: results[0].uri,
        attributes: [expect.objectContaining({ name: 'Place' })],
      });
    });

    it("leaves Lunch's hidden Cost out unless includeHidden is asked for, in the result and in reads", async () => {
      const { tenant, people } = await tenantWithPeople();
      const withCost = lunch(people.john, {
        attributes: [
          { name: 'Place', values: ['Hobbiton'] },
          { name: 'Cost', values: [12.5] },
        ],
      });
      const [plain] = await create(tenant, [withCost]);
      expect(plain.object.attributes.map((attribute: { name: string }) => attribute.name)).toEqual(['Place']);
      const [hidden] = await create(tenant, [withCost], { includeHidden: true });
      expect(
        hidden.object.attributes.map((attribute: { name: string; values: Array<{ value: unknown }> }) => [
          attribute.name,
          attribute.values.map((value) => value.value),
        ]),
      ).toEqual([
        ['Place', ['Hobbiton']],
        ['Cost', [12.5]],
      ]);

      for (const uri of [plain.uri, hidden.uri]) {
        const read = await readInteraction(
          service,
          tenant,
          uri,
          'default: attributes { name } shown: attributes(includeHidden: true) { name values { uri value } } hiddenOff: attributes(includeHidden: false) { name }',
        );
        expect(read.default).toEqual([{ name: 'Place' }]);
        expect(read.hiddenOff).toEqual([{ name: 'Place' }]);
        expect(read.shown).toEqual([
          { name: 'Place', values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Place/${ID}$`)), value: 'Hobbiton' }] },
          { name: 'Cost', values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/Cost/${ID}$`)), value: 12.5 }] },
        ]);
      }
    });

    it('generates crosswalks in the source named by options.source or the Source-System header; an unknown one is a 400', async () => {
      const { tenant, people } = await tenantWithPeople();
      const sourceOf = async (options?: Record<string, unknown>, headers?: Record<string, string>) => {
        const [result] = await create(tenant, [before(people)], options, headers);
        expect(result.status).toBe('OK');
        expect(result.object.crosswalks).toEqual([expect.objectContaining({ value: expect.stringMatching(new RegExp(`^${ID}$`)) })]);
        const [crosswalk] = result.object.crosswalks;
        expect(await readByCrosswalk(service, tenant, crosswalk.source.uri, crosswalk.value)).toMatchObject({ uri: result.uri });
        return crosswalk.source.uri;
      };
      expect(await sourceOf()).toBe('configuration/sources/Default');
      expect(await sourceOf({ source: 'Reltio' })).toBe('configuration/sources/Reltio');
      expect(await sourceOf({ source: 'configuration/sources/MDM' })).toBe('configuration/sources/MDM');
      expect(await sourceOf(undefined, { 'source-system': 'configuration/sources/Reltio' })).toBe('configuration/sources/Reltio');
      expect(await sourceOf(undefined, { 'Source-System': 'AMA' })).toBe('configuration/sources/AMA');
      // The option wins over the header.
      expect(await sourceOf({ source: 'MDM' }, { 'Source-System': 'AMA' })).toBe('configuration/sources/MDM');
      // A crosswalk given without a source is in the request's source.
      const [given] = await create(tenant, [lunch(people.john, { crosswalks: [{ value: 'MINE-1' }] })], undefined, {
        'Source-System': 'configuration/sources/AMA',
      });
      expect(given.object.crosswalks).toEqual([expect.objectContaining({ source: { uri: 'configuration/sources/AMA' }, value: 'MINE-1' })]);
      const count = await interactionCount(service, tenant);
      expect(count).toBe(7);

      for (const [options, headers] of [
        [{ source: 'Nowhere' }, {}],
        [undefined, { 'Source-System': 'configuration/sources/Nowhere' }],
      ] as const) {
        const response = await postCreateInteractions(service, tenant, [before(people)], options, headers);
        expect(response.status).toBe(400);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      }
      expect(await interactionCount(service, tenant)).toBe(count);
    });

    it('allOrNothing: one bad input fails every input (BATCH_ABORTED) and writes nothing; all valid writes all', async () => {
      const { tenant, people } = await tenantWithPeople();
      const aborted = [error(2010, 'BATCH_ABORTED')];
      // Refused while checking the input, while resolving members, and for a crosswalk held in the store.
      await create(tenant, [lunch(people.john, { crosswalks: [{ source: 'AMA', value: 'HELD' }] })]);
      const bad = [
        { input: { type: 'Picnic' }, errors: [error(2001, 'UNKNOWN_TYPE', 'type')] },
        {
          input: lunch(people.john, { members: [{ memberType: 'Chefs', members: [{ objectURI: 'entities/doesNotExist1' }] }] }),
          errors: [error(2103, 'MEMBER_NOT_FOUND', 'members', '1', 'members', '0')],
        },
        {
          input: lunch(people.john, { crosswalks: [{ source: 'AMA', value: 'HELD' }] }),
          errors: [error(536, 'CROSSWALK_ALREADY_EXISTS', 'crosswalks')],
        },
      ];
      for (const { input, errors } of bad) {
        const results = await create(tenant, [before(people), input, after(people)], { allOrNothing: true });
        expect(results.map((result) => result.errors.map(({ code, name, path }: ExpectedError) => ({ code, name, path })))).toEqual([
          aborted,
          errors,
          aborted,
        ]);
        for (const result of results) expect(result).toMatchObject({ uri: null, object: null, status: 'FAILED', successful: false });
        expect(await interactionCount(service, tenant)).toBe(1);
      }

      const good = await create(tenant, [before(people), after(people), exhibition('ForAttributeInteraction')], { allOrNothing: true });
      expect(good.map((result) => [result.status, result.errors])).toEqual([
        ['OK', []],
        ['OK', []],
        ['OK', []],
      ]);
      for (const result of good) expect(await readInteraction(service, tenant, result.uri)).toEqual(result.object);
      expect(await interactionCount(service, tenant)).toBe(4);
    });
  });

  it('refuses a batch over the maximum (1001 inputs) whole with 400 BAD_REQUEST / BATCH_TOO_LARGE and writes nothing', async () => {
    const { tenant, people } = await tenantWithPeople();
    const response = await postCreateInteractions(
      service,
      tenant,
      Array.from({ length: 1001 }, () => before(people)),
    );
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', reason: 'BATCH_TOO_LARGE', maxBatchSize: 1000 } });
    expect(await interactionCount(service, tenant)).toBe(0);
    // The maximum itself is accepted.
    const results = await create(
      tenant,
      Array.from({ length: 1000 }, () => before(people)),
      { returnObjects: false },
    );
    expect(results.filter((result) => result.status === 'OK')).toHaveLength(1000);
    expect(await interactionCount(service, tenant)).toBe(1000);
  });

  it('resolves members of 1, 10 or 200 interactions (by objectURI, crosswalks and mapping) in the same statements, and writes in bulk', async () => {
    const tenant = await demoTenant(service);
    // An interaction type whose three member types are filled in the three ways.
    await mergeConfiguration(service, tenant, {
      interactionTypes: [
        {
          name: 'Conference',
          attributes: [{ name: 'VENUE_NAME', valueType: 'STRING' }],
          memberTypes: [
            { name: 'Speakers', entityTypes: ['Individual'], minOccurs: 1 },
            { name: 'Hosts', entityTypes: ['Individual'], minOccurs: 1 },
            {
              name: 'Venue',
              entityTypes: ['HCO'],
              minOccurs: 1,
              maxOccurs: 1,
              attributeMapping: { interactionAttribute: 'VENUE_NAME', entityType: 'HCO', entityAttribute: 'Name' },
            },
          ],
        },
      ],
    });
    const size = 200;
    const uris = await createEntitiesOrThrow(service, tenant, [
      ...Array.from({ length: size }, (_, index) => individual(`Speaker ${index}`)),
      ...Array.from({ length: size }, (_, index) => individual(`Host ${index}`, `HOST-${index}`)),
      ...Array.from({ length: size }, (_, index) => hco(`Venue ${index}`)),
    ]);
    const conference = (index: number) => ({
      type: 'Conference',
      attributes: [{ name: 'VENUE_NAME', values: [`Venue ${index}`] }],
      members: [
        { memberType: 'Speakers', members: [{ objectURI: uris[index] }] },
        { memberType: 'Hosts', members: [{ crosswalks: [{ source: 'Salesforce', value: `HOST-${index}` }] }] },
      ],
    });
    // A first request reads the changed configuration into the cache: not what is measured.
    expect((await create(tenant, [conference(0)]))[0].status).toBe('OK');

    const entityTables = /["`](Entity|EntityCrosswalk|EntityAttributeValue)["`]/;
    const measure = async (count: number) => {
      const { result, statements } = await service.recordQueries(tenant, () =>
        create(
          tenant,
          Array.from({ length: count }, (_, index) => conference(index)),
        ),
      );
      expect(result).toHaveLength(count);
      result.forEach((item, index) => {
        expect(item.status).toBe('OK');
        expect(
          item.object.members.map((group: { members: Array<{ label: string }> }) => group.members.map((member) => member.label)),
        ).toEqual([[`Speaker ${index}`], [`Host ${index}`], [`Venue ${index}`]]);
      });
      return {
        memberLookups: statements.filter((sql) => /^\s*SELECT/i.test(sql) && entityTables.test(sql)).length,
        total: statements.length,
      };
    };
    const [one, ten, many] = [await measure(1), await measure(10), await measure(size)];
    expect(one.memberLookups).toBeGreaterThan(0);
    expect([ten.memberLookups, many.memberLookups]).toEqual([one.memberLookups, one.memberLookups]);
    // Writes are bulk statements (a few more only where SQLite's bind-parameter limit splits them), not one per row.
    expect(ten.total).toBeLessThanOrEqual(one.total + TOTAL_STATEMENTS_SLACK);
    expect(many.total).toBeLessThanOrEqual(one.total + TOTAL_STATEMENTS_SLACK);
    expect(await interactionCount(service, tenant)).toBe(1 + 1 + 10 + size);
  });

  describe('concurrency', () => {
    it('10 parallel requests with the same crosswalk create exactly one interaction; the others get 536', async () => {
      const { tenant, people } = await tenantWithPeople();
      const racers = 10;
      const responses = await Promise.all(
        Array.from({ length: racers }, (_, index) =>
          postCreateInteractions(service, tenant, [
            lunch(people.john, {
              timestamp: 1338580800000,
              attributes: [{ name: 'Place', values: [`Racer ${index}`] }],
              crosswalks: [{ source: 'AMA', value: 'RACE-1' }],
            }),
          ]),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
      }
      const results = responses.map((response) => response.data.createInteractions[0]);
      const created = results.filter((result) => result.status === 'OK');
      expect(created).toHaveLength(1);
      const winner = created[0].uri;
      for (const result of results.filter((candidate) => candidate.status !== 'OK')) {
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        expect(result.errors).toEqual([
          expect.objectContaining({ code: 536, name: 'CROSSWALK_ALREADY_EXISTS', existingUri: winner, identicalToExisting: false }),
        ]);
      }
      expect(await interactionCount(service, tenant)).toBe(1);
      expect(await service.database.db.interactionCrosswalk.count({ where: { tenantId: tenant } })).toBe(1);
      expect(await readByCrosswalk(service, tenant, 'AMA', 'RACE-1')).toMatchObject({ uri: winner });
    });

    it('losers of a race whose input is identical to the winner are told so (identicalToExisting true)', async () => {
      const { tenant, people } = await tenantWithPeople();
      const input = lunch(people.john, { timestamp: 1338580800000, crosswalks: [{ source: 'AMA', value: 'RACE-1' }] });
      const responses = await Promise.all(Array.from({ length: 10 }, () => postCreateInteractions(service, tenant, [input])));
      for (const response of responses) expect(response).toMatchObject({ status: 200, data: expect.anything() });
      const results = responses.map((response) => response.data.createInteractions[0]);
      const created = results.filter((result) => result.status === 'OK');
      expect(created).toHaveLength(1);
      for (const result of results.filter((candidate) => candidate.status !== 'OK')) {
        expect(result.errors).toEqual([expect.objectContaining({ code: 536, existingUri: created[0].uri, identicalToExisting: true })]);
      }
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('racing batches keep their other inputs; racing all-or-nothing batches abort theirs with BATCH_ABORTED', async () => {
      const { tenant, people } = await tenantWithPeople();
      const batch = (index: number, race: string) => [
        lunch(people.john, { crosswalks: [{ source: 'AMA', value: race }] }),
        lunch(people.john, { crosswalks: [{ source: 'AMA', value: `${race}-OWN-${index}` }] }),
      ];
      const outcomes = async (race: string, options?: Record<string, unknown>) => {
        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, index) => postCreateInteractions(service, tenant, batch(index, race), options)),
        );
        for (const response of responses) expect(response).toMatchObject({ status: 200, data: expect.anything() });
        return responses.map((response) => response.data.createInteractions as any[]);
      };

      const independent = await outcomes('RACE-2');
      expect(independent.filter((results) => results[0].status === 'OK')).toHaveLength(1);
      for (const results of independent) {
        expect(results[1]).toMatchObject({ status: 'OK', errors: [] });
        if (results[0].status !== 'OK') expect(errorNames([results[0]])).toEqual([['CROSSWALK_ALREADY_EXISTS']]);
      }
      expect(await interactionCount(service, tenant)).toBe(1 + 10);

      const allOrNothing = await outcomes('RACE-3', { allOrNothing: true });
      const winners = allOrNothing.filter((results) => results.every((result) => result.status === 'OK'));
      expect(winners).toHaveLength(1);
      for (const results of allOrNothing.filter((candidate) => candidate !== winners[0])) {
        expect(errorNames(results)).toEqual([['CROSSWALK_ALREADY_EXISTS'], ['BATCH_ABORTED']]);
        for (const result of results) expect(result).toMatchObject({ status: 'FAILED', uri: null, object: null });
      }
      expect(await interactionCount(service, tenant)).toBe(1 + 10 + 2);
    });
  });
});

/**
 * How many more statements (of any kind) a 200-interaction request may take than a
 * 1-interaction one. Both take the same on SQLite and PostgreSQL today (the tenant's
 * configuration version, five member lookups, the crosswalk check, four bulk INSERTs and
 * COMMIT); the slack leaves room for a bulk INSERT split by a bind-parameter limit.
 */
const TOTAL_STATEMENTS_SLACK = 3;
