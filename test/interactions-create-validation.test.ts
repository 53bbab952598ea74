// createInteractions through the real HTTP server, on every tested database: every
// validation rule, each failed input writing nothing and never failing its neighbours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import {
  createEntitiesOrThrow,
  demoInteractionType,
  exhibition,
  hco,
  interactionCount,
  lunch,
  mergeConfiguration,
  readByCrosswalk,
  readInteraction,
} from './helpers/interactions.ts';
import { createInteractionsHelpers, error, LUNCH } from './helpers/create-interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput, MemberInput } from './generated/operations/graphql.ts';

describeEachDatabase('createInteractions: validation', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());
  const { create, tenantWithPeople, expectBatch, before, after } = createInteractionsHelpers(() => service);

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
      const supportCase = (caseNumber: string, priority: string | number): InteractionInput => ({
        type: 'SupportCase',
        attributes: [
          { name: 'CaseNumber', values: [caseNumber] },
          { name: 'Status', values: ['Open'] },
          { name: 'Priority', values: [priority] },
        ],
        members: [{ participant: 'Customer', members: [{ objectURI: people.john }] }],
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
      expect(results[0]?.object?.attributes).toContainEqual(
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
            members: [{ participant: 'Customer', members: [{ objectURI: people.john }] }],
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
            members: [{ participant: 'Chefs', members: [{ crosswalks: [{ source: 'Nowhere', value: 'EMP_1000072' }] }] }],
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

    it('UNKNOWN_PARTICIPANT (2101)', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          lunch(people.john, { members: [{ participant: 'Waiters', members: [{ objectURI: people.ann }] }] }),
          // A participant of another interaction type that Lunch has no namesake of.
          lunch(people.john, {
            members: [
              { participant: 'configuration/interactionTypes/SupportCase/participants/Customer', members: [{ objectURI: people.ann }] },
            ],
          }),
          after(people),
        ],
        [
          null,
          [error(2101, 'UNKNOWN_PARTICIPANT', 'members', '1', 'participant')],
          [error(2101, 'UNKNOWN_PARTICIPANT', 'members', '1', 'participant')],
          null,
        ],
      );
    });

    it('INVALID_MEMBER_REFERENCE (2102): both objectURI and crosswalks, neither, a malformed URI, crosswalks of different entities', async () => {
      const { tenant, people } = await tenantWithPeople();
      const chefs = (member: MemberInput) => lunch(people.john, { members: [{ participant: 'Chefs', members: [member] }] });
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
      const chefs = (member: MemberInput) => lunch(people.john, { members: [{ participant: 'Chefs', members: [member] }] });
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
          lunch(people.john, { members: [{ participant: 'Chefs', members: [{ objectURI: people.hco }] }] }),
          lunch(people.john, { members: [{ participant: 'Participants', members: [{ objectURI: people.hco }] }] }),
        ],
        [null, [error(2104, 'MEMBER_ENTITY_TYPE_NOT_ALLOWED', 'members', '1', 'members', '0')], null],
      );
      expect(results[2]?.object?.members[1]?.members).toEqual([
        { objectURI: people.hco, type: 'configuration/entityTypes/HCO', label: 'ForAttributeInteraction' },
      ]);
    });

    it('TOO_FEW_MEMBERS (2105): a Lunch without Organizers', async () => {
      const { tenant, people } = await tenantWithPeople();
      await expectBatch(
        tenant,
        [
          before(people),
          { type: LUNCH, members: [{ participant: 'Chefs', members: [{ objectURI: people.ann }] }] },
          { type: LUNCH, members: [{ participant: 'Organizers', members: [] }] },
          after(people),
        ],
        [null, [error(2105, 'TOO_FEW_MEMBERS', 'members')], [error(2105, 'TOO_FEW_MEMBERS', 'members', '0')], null],
      );
    });

    it('TOO_FEW_MEMBERS (2105): a mapped participant with minOccurs 1 and the mapped attribute absent', async () => {
      const { tenant } = await tenantWithPeople();
      await mergeConfiguration(service, tenant, {
        interactionTypes: [
          demoInteractionType('ExhibitionEvent', (type) => {
            const [hcoMembers] = type.participants ?? [];
            if (!hcoMembers) throw new Error('the demo ExhibitionEvent has no participant');
            hcoMembers.minOccurs = 1;
          }),
        ],
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
        lunch(people.john, { members: [{ participant: 'Chefs', members: uris.map((objectURI) => ({ objectURI })) }] });
      const results = await expectBatch(
        tenant,
        [before(people), chefs([people.ann, people.san, people.josh, people.marc]), chefs([people.ann, people.san, people.josh])],
        [null, [error(2106, 'TOO_MANY_MEMBERS', 'members', '1')], null],
      );
      expect(results[2]?.object?.members[1]?.members.map((member) => member.label)).toEqual(['Ann Roman', 'San Dunn', 'Josh May']);
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
          { ...exhibition('Twin'), members: [{ participant: 'HCO', members: [{ objectURI: people.hco }] }] },
        ],
        [
          null,
          [error(38010, 'MAPPED_VALUE_MATCHED_NO_ENTITY', 'attributes')],
          [error(38011, 'MAPPED_VALUE_MATCHED_SEVERAL_ENTITIES', 'attributes')],
          null,
        ],
      );
      expect(results[3]?.object?.members[0]?.members).toEqual([expect.objectContaining({ objectURI: people.hco })]);
    });

    it('creates an interaction with no members of a mapped participant of minOccurs 0 when the mapped attribute is absent', async () => {
      const { tenant } = await tenantWithPeople();
      const [result] = await expectBatch(tenant, [exhibition(), exhibition('ForAttributeInteraction')], [null, null]);
      expect(result?.object).toMatchObject({ attributes: [], members: [] });
    });

    it('DUPLICATE_MEMBER (2107): the same entity twice in one participant is a warning and is stored once', async () => {
      const { tenant, people } = await tenantWithPeople();
      const [result] = await expectBatch(
        tenant,
        [
          lunch(people.john, {
            members: [
              {
                participant: 'Chefs',
                members: [{ objectURI: people.ann }, { crosswalks: [{ source: 'Salesforce', value: 'EMP_1000072' }] }],
              },
              // John is an organizer too: the same entity in another participant is no duplicate.
              { participant: 'Participants', members: [{ objectURI: people.san }, { objectURI: people.john }, { objectURI: people.san }] },
            ],
          }),
        ],
        [null],
      );
      expect(result?.warnings).toEqual([
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
      // Created, with its uri (expectBatch checked both).
      const stored = await readInteraction(service, tenant, result!.uri!);
      expect(stored?.members.map((group) => [group.participant.name, group.members.map((member) => member.label)])).toEqual([
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
      expect(created?.status).toBe('OK');
      expect(created?.object?.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Default' }, value: 'INT_001' }),
      ]);
      expect(await readByCrosswalk(service, tenant, 'Default', 'INT_001')).toMatchObject({ uri: created?.uri });
      // In the request's source when it names one.
      const [inReltio] = await create(tenant, [before(people)], { crosswalkValue: 'INT_002', source: 'Reltio' });
      expect(inReltio?.object?.crosswalks).toEqual([
        expect.objectContaining({ source: { uri: 'configuration/sources/Reltio' }, value: 'INT_002' }),
      ]);
      // The crosswalk is taken now.
      const [again] = await create(tenant, [before(people)], { crosswalkValue: 'INT_001' });
      expect(again?.errors).toEqual([expect.objectContaining({ code: 536, existingUri: created?.uri, identicalToExisting: true })]);
      expect(await interactionCount(service, tenant)).toBe(2);
    });

    it('INVALID_CROSSWALK (2011): a blank crosswalkValue is refused like a blank crosswalk, and writes nothing', async () => {
      const { tenant, people } = await tenantWithPeople();
      for (const crosswalkValue of ['', '   ']) {
        const [result] = await create(tenant, [before(people)], { crosswalkValue });
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        expect(result?.errors).toEqual([expect.objectContaining({ code: 2011, name: 'INVALID_CROSSWALK', severity: 'ERROR' })]);
      }
      // As a crosswalk given in the input is.
      const [given] = await create(tenant, [lunch(people.john, { crosswalks: [{ value: '   ' }] })]);
      expect(given?.errors).toEqual([
        expect.objectContaining({ code: 2011, name: 'INVALID_CROSSWALK', path: ['crosswalks', '0', 'value'] }),
      ]);
      expect(await interactionCount(service, tenant)).toBe(0);
    });
  });
});
