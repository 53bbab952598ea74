// createInteractions through the real HTTP server, on every tested database: the Reltio
// "Create Interactions" examples, and duplicates (536) against the store and the batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { exhibition, interactionCount, lunch, readByCrosswalk, readInteraction } from './helpers/interactions.ts';
import { asCreated, createInteractionsHelpers, error, ID, INDIVIDUAL, LUNCH, REPLAY_DETAIL } from './helpers/create-interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

describeEachDatabase('createInteractions: the Reltio examples and duplicates', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());
  const { create, tenantWithPeople, expectBatch, after } = createInteractionsHelpers(() => service);

  describe("the Reltio document's examples", () => {
    it('creates a Lunch whose members are given by objectURI, Meeting participant URIs taken with a warning', async () => {
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
              { participant: 'configuration/interactionTypes/Meeting/participants/Organizers', members: [{ objectURI: people.john }] },
              { participant: 'configuration/interactionTypes/Lunch/participants/Chefs', members: [{ objectURI: people.ann }] },
              {
                participant: 'configuration/interactionTypes/Meeting/participants/Participants',
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
      const { uri, warnings, object } = asCreated(result);
      expect(uri).toMatch(new RegExp(`^interactions/${ID}$`));
      expect(warnings).toEqual([
        {
          code: 2111,
          name: 'PARTICIPANT_OF_OTHER_INTERACTION_TYPE',
          severity: 'WARNING',
          message: expect.stringContaining('configuration/interactionTypes/Meeting/participants/Organizers'),
          path: ['members', '0', 'participant'],
        },
        {
          code: 2111,
          name: 'PARTICIPANT_OF_OTHER_INTERACTION_TYPE',
          severity: 'WARNING',
          message: expect.stringContaining('configuration/interactionTypes/Meeting/participants/Participants'),
          path: ['members', '2', 'participant'],
        },
      ]);

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
          participant: { uri: `${LUNCH}/participants/Organizers`, name: 'Organizers' },
          members: [{ objectURI: people.john, type: INDIVIDUAL, label: 'John Smith' }],
        },
        {
          uri: `${uri}/members/Chefs`,
          participant: { uri: `${LUNCH}/participants/Chefs`, name: 'Chefs' },
          members: [{ objectURI: people.ann, type: INDIVIDUAL, label: 'Ann Roman' }],
        },
        {
          uri: `${uri}/members/Participants`,
          participant: { uri: `${LUNCH}/participants/Participants`, name: 'Participants' },
          members: [
            { objectURI: people.san, type: INDIVIDUAL, label: 'San Dunn' },
            { objectURI: people.josh, type: INDIVIDUAL, label: 'Josh May' },
            { objectURI: people.marc, type: INDIVIDUAL, label: 'Marc Jack' },
          ],
        },
      ]);

      // Stored exactly as returned, and found by its crosswalk.
      expect(await readInteraction(service, tenant, uri)).toEqual(object);
      // Its one crosswalk, matched just above.
      const crosswalk = object.crosswalks[0]!;
      expect(await readByCrosswalk(service, tenant, 'configuration/sources/Default', crosswalk.value)).toMatchObject({ uri });
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
            { participant: 'Organizers', members: [{ crosswalks: [{ source: 'configuration/sources/Salesforce', value: 'EMP_600000' }] }] },
            { participant: 'Chefs', members: [{ crosswalks: [{ source: 'configuration/sources/Salesforce', value: 'EMP_1000072' }] }] },
          ],
        },
      ]);
      expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [], warnings: [] });
      const { uri, object } = asCreated(result);
      expect(object).toMatchObject({ uri, type: { uri: LUNCH }, timestamp: 1338580800000, createdBy: `tester@${tenant}` });
      expect(object.attributes.map((attribute) => attribute.name)).toEqual(['Place', 'Notes']);
      expect(object.members).toEqual([
        {
          uri: `${uri}/members/Organizers`,
          participant: { uri: `${LUNCH}/participants/Organizers`, name: 'Organizers' },
          members: [{ objectURI: people.john, type: INDIVIDUAL, label: 'John Smith' }],
        },
        {
          uri: `${uri}/members/Chefs`,
          participant: { uri: `${LUNCH}/participants/Chefs`, name: 'Chefs' },
          members: [{ objectURI: people.ann, type: INDIVIDUAL, label: 'Ann Roman' }],
        },
      ]);
      expect(await readInteraction(service, tenant, uri)).toEqual(object);
      expect(await interactionCount(service, tenant)).toBe(1);
    });

    it('creates an ExhibitionEvent whose HCO member is found by mapping EXHBT_NAME to the HCO Name', async () => {
      const { tenant, people } = await tenantWithPeople();
      const [result] = await create(tenant, [exhibition('ForAttributeInteraction')]);
      expect(result).toMatchObject({ index: 0, status: 'OK', successful: true, errors: [], warnings: [] });
      const { uri, object } = asCreated(result);
      const type = 'configuration/interactionTypes/ExhibitionEvent';
      expect(object).toMatchObject({ uri, type: { uri: type }, timestamp: 1780576191519 });
      expect(object.attributes).toEqual([
        {
          name: 'EXHBT_NAME',
          type: { uri: `${type}/attributes/EXHBT_NAME` },
          values: [{ uri: expect.stringMatching(new RegExp(`^${uri}/attributes/EXHBT_NAME/${ID}$`)), value: 'ForAttributeInteraction' }],
        },
      ]);
      expect(object.members).toEqual([
        {
          uri: `${uri}/members/HCO`,
          participant: { uri: `${type}/participants/HCO`, name: 'HCO' },
          members: [{ objectURI: people.hco, type: 'configuration/entityTypes/HCO', label: 'ForAttributeInteraction' }],
        },
      ]);
      expect(await readInteraction(service, tenant, uri)).toEqual(object);
      expect(await interactionCount(service, tenant)).toBe(1);
    });
  });

  describe('duplicate crosswalks (536)', () => {
    it('refuses a second interaction with crosswalk (AMA, TEST), naming the holder and whether the input is identical', async () => {
      const { tenant, people } = await tenantWithPeople();
      const input = lunch(people.john, { timestamp: 1338580800000, crosswalks: [{ source: 'configuration/sources/AMA', value: 'TEST' }] });
      const [result] = await create(tenant, [input]);
      expect(result?.status).toBe('OK');
      const first = asCreated(result);
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
      expect((await readInteraction(service, tenant, first.uri))?.attributes[0]?.values[0]?.value).toBe('Shire, Bag End in Hobbiton');
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
      // The first input was created (expectBatch checked it).
      const holder = asCreated(results[0]).uri;
      expect(results[1]?.errors[0]).toMatchObject({
        severity: 'ERROR',
        message: expect.stringContaining('configuration/sources/AMA and value BATCH'),
        existingUri: holder,
        identicalToExisting: true,
      });
      expect(results[2]?.errors[0]).toMatchObject({ existingUri: holder, identicalToExisting: false });
      expect(await readByCrosswalk(service, tenant, 'AMA', 'BATCH')).toMatchObject({ uri: holder });
    });

    it('derives an EmailOpened crosswalk from MessageId, so the same event sent twice is a 536, never two interactions', async () => {
      const { tenant } = await tenantWithPeople();
      const opened = Date.parse('2024-05-01T10:00:00Z');
      const event = (messageId: string, timeOpened: string | number, timestamp?: number): InteractionInput => ({
        type: 'configuration/interactionTypes/EmailOpened',
        ...(timestamp === undefined ? {} : { timestamp }),
        attributes: [
          { name: 'MessageId', values: [messageId] },
          { name: 'TimeOpened', values: [timeOpened] },
        ],
      });

      // The timestamp is read from TimeOpened (ISO-8601 accepted); a differing input timestamp is overruled with a warning.
      const [result] = await create(tenant, [event('MSG-1', '2024-05-01T10:00:00Z', 1000)]);
      expect(result).toMatchObject({ status: 'OK', successful: true, errors: [] });
      const first = asCreated(result);
      expect(first.warnings).toEqual([
        { code: 2110, name: 'TIMESTAMP_FROM_ATTRIBUTE', severity: 'WARNING', message: expect.any(String), path: ['timestamp'] },
      ]);
      expect(first.object.timestamp).toBe(opened);
      expect(first.object.attributes).toContainEqual(
        expect.objectContaining({ name: 'TimeOpened', values: [expect.objectContaining({ value: opened })] }),
      );
      // EmailOpened's default source is Salesforce; the crosswalk value is the type's name and the MessageId.
      expect(first.object.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Salesforce' }, value: 'EmailOpened|MSG-1' }),
      ]);
      expect(await readByCrosswalk(service, tenant, 'Salesforce', 'EmailOpened|MSG-1')).toMatchObject({ uri: first.uri });

      // The same event in a separate request (TimeOpened now as epoch milliseconds, no timestamp): a replay.
      const [replay] = await create(tenant, [event('MSG-1', opened)]);
      expect(replay).toMatchObject({ status: 'FAILED', successful: false, uri: null });
      expect(replay?.errors).toEqual([
        expect.objectContaining({
          code: 536,
          name: 'CROSSWALK_ALREADY_EXISTS',
          message: 'Interaction of type configuration/interactionTypes/EmailOpened with MessageId MSG-1 already exists.',
          path: ['attributes'],
          existingUri: first.uri,
          identicalToExisting: true,
        }),
      ]);
      // Another event under the same MessageId is a conflict.
      const [conflict] = await create(tenant, [event('MSG-1', opened + 60_000)]);
      expect(conflict?.errors).toEqual([expect.objectContaining({ code: 536, existingUri: first.uri, identicalToExisting: false })]);

      // Twice in one batch: the first is created (a timestamp equal to TimeOpened draws no warning), the second is a replay.
      const twice = await create(tenant, [event('MSG-2', opened, opened), event('MSG-2', opened, opened)]);
      expect(twice[0]).toMatchObject({ status: 'OK', warnings: [] });
      expect(twice[1]).toMatchObject({ status: 'FAILED', uri: null });
      expect(twice[1]?.errors).toEqual([
        expect.objectContaining({ code: 536, existingUri: asCreated(twice[0]).uri, identicalToExisting: true }),
      ]);

      expect(await interactionCount(service, tenant)).toBe(2);
    });
  });
});
