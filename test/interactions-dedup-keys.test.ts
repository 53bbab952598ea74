// Id-attribute keys: an input without crosswalks of a type with idAttributes is identified by
// (type, id values) whatever source sends it, also under concurrent requests; changing a
// type's idAttributes while it has interactions needs a re-key, which is refused whole when
// stored interactions would collide.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { demoDocument, demoTenant, individual } from './helpers/demo.ts';
import { createEntitiesOrThrow, interactionCount, mergeConfiguration, readByCrosswalk } from './helpers/interactions.ts';
import { asCreated } from './helpers/create-interactions.ts';
import { APPLY, dedupKeysHelpers, EMAIL_OPENED, emailOpened, emailOpenedKeyedBy, keyTaken, LATER, OPENED } from './helpers/dedup-keys.ts';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

const supportCase = (caseNumber: string, customer: string): InteractionInput => ({
  type: 'configuration/interactionTypes/SupportCase',
  attributes: [
    { name: 'CaseNumber', values: [caseNumber] },
    { name: 'Status', values: ['Open'] },
  ],
  members: [{ participant: 'Customer', members: [{ objectURI: customer }] }],
});

describeEachDatabase('id-attribute dedup keys', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const { create, createOne, crosswalksOf, state, rekeyEmailOpened, backfill } = dedupKeysHelpers(() => service);

  it('scopes keys and derived crosswalks by type: SupportCase CaseNumber M-1 and EmailOpened MessageId M-1 are both created', async () => {
    const tenant = await demoTenant(service);
    const [customer] = await createEntitiesOrThrow(service, tenant, [individual('Ann Roman')]);
    const email = await createOne(tenant, emailOpened('M-1'));
    const [sameValue] = await create(tenant, [supportCase('M-1', customer!)]);
    const caseUri = asCreated(sameValue).uri;

    // Both in the types' default source, Salesforce, each under a value its own type derived.
    expect(await crosswalksOf(tenant, email.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'EmailOpened|M-1' }]);
    expect(await crosswalksOf(tenant, caseUri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'SupportCase|M-1' }]);
    expect(await readByCrosswalk(service, tenant, 'Salesforce', 'SupportCase|M-1')).toMatchObject({ uri: caseUri });
    expect(await interactionCount(service, tenant)).toBe(2);
  });

  it('keys do not depend on the source: the same EmailOpened sent for AMA is a 536 naming the stored one', async () => {
    const tenant = await demoTenant(service);
    const first = await createOne(tenant, emailOpened('M-1'));

    const [replay] = await create(tenant, [emailOpened('M-1')], 'AMA');
    expect(replay).toMatchObject({ status: 'FAILED', uri: null, errors: [keyTaken('M-1', first.uri, true)] });
    const [conflict] = await create(tenant, [emailOpened('M-1', LATER)], 'MDM');
    expect(conflict).toMatchObject({ status: 'FAILED', errors: [keyTaken('M-1', first.uri, false)] });

    expect(await interactionCount(service, tenant)).toBe(1);
    expect(await readByCrosswalk(service, tenant, 'AMA', 'EmailOpened|M-1')).toBeNull();
  });

  it('refuses the same key twice in one batch, naming the item that created it', async () => {
    const tenant = await demoTenant(service);
    const results = await create(tenant, [emailOpened('M-2'), emailOpened('M-2'), emailOpened('M-2', LATER), emailOpened('M-3')], 'AMA');
    const first = asCreated(results[0]).uri;
    const inBatch = 'is already created by item 0 of this batch';
    expect(results.map((result) => result.errors)).toEqual([
      [],
      [expect.objectContaining(keyTaken('M-2', first, true, inBatch))],
      [expect.objectContaining(keyTaken('M-2', first, false, inBatch))],
      [],
    ]);
    expect(await crosswalksOf(tenant, first)).toEqual([{ source: 'configuration/sources/AMA', value: 'EmailOpened|M-2' }]);
    expect(await interactionCount(service, tenant)).toBe(2);
  });

  it('derives a crosswalk from the key when the id values are over the crosswalk limit, and still finds replays', async () => {
    const tenant = await demoTenant(service);
    const long = 'x'.repeat(1000);
    const stored = await createOne(tenant, emailOpened(long));
    const [crosswalk] = (await crosswalksOf(tenant, stored.uri)) ?? [];
    expect(crosswalk?.value).toMatch(/^EmailOpened\|sha256:[0-9a-f]{64}$/);
    const [replay] = await create(tenant, [emailOpened(long)], 'Reltio');
    expect(replay?.errors).toEqual([expect.objectContaining({ code: 536, existingUri: stored.uri, identicalToExisting: true })]);
  });

  it('refuses to change idAttributes of a type that has interactions unless a re-key is asked for, changing nothing', async () => {
    const tenant = await demoTenant(service);
    const stored = await createOne(tenant, emailOpened('M-1'));
    const before = await state(tenant);

    const refused = await rekeyEmailOpened(tenant, ['MessageId', 'TimeOpened'], false);
    expect(refused).toEqual({
      ok: false,
      changed: false,
      configurationVersion: before?.configurationVersion,
      errors: [
        {
          code: 1019,
          name: 'ID_ATTRIBUTES_CHANGED_WITH_INTERACTIONS',
          message: expect.stringMatching(
            /from \[MessageId\] to \[MessageId, TimeOpened\]: 1 stored interaction is keyed by them;.*rekey: true/,
          ),
          path: ['input', 'idAttributes'],
        },
      ],
    });
    // Through a whole document too (MERGE), reported at the type's index in the input.
    const merged = await service.graphql(tenant, APPLY, { input: { interactionTypes: [emailOpenedKeyedBy([])] }, rekey: false });
    expect(merged.data?.applyConfiguration).toMatchObject({
      ok: false,
      configurationVersion: before?.configurationVersion,
      errors: [{ code: 1019, path: ['interactionTypes', '0', 'idAttributes'] }],
    });

    expect(await state(tenant)).toEqual(before);
    const [later] = await create(tenant, [emailOpened('M-1', LATER)]);
    expect(later?.errors).toEqual([expect.objectContaining(keyTaken('M-1', stored.uri, false))]);
  });

  it('re-keys: stored keys and derived crosswalks are recomputed, and events are told apart by the new id attributes', async () => {
    const tenant = await demoTenant(service);
    const first = await createOne(tenant, emailOpened('M-1'));
    const fromAma = await createOne(tenant, emailOpened('M-2'), 'AMA');
    const explicit = await createOne(tenant, { ...emailOpened('M-3'), crosswalks: [{ source: 'MDM', value: 'X-1' }] });
    const [duplicateBefore] = await create(tenant, [emailOpened('M-1', LATER)]);
    expect(duplicateBefore?.errors).toEqual([expect.objectContaining(keyTaken('M-1', first.uri, false))]);
    const before = await state(tenant);

    const applied = await rekeyEmailOpened(tenant, ['MessageId', 'TimeOpened'], true);
    expect(applied).toEqual({ ok: true, changed: true, configurationVersion: before!.configurationVersion + 1, errors: [] });

    // Each derived crosswalk keeps its source and now carries both id values; the explicit one is the caller's.
    expect(await crosswalksOf(tenant, first.uri)).toEqual([
      { source: 'configuration/sources/Salesforce', value: `EmailOpened|M-1|${OPENED}` },
    ]);
    expect(await crosswalksOf(tenant, fromAma.uri)).toEqual([{ source: 'configuration/sources/AMA', value: `EmailOpened|M-2|${OPENED}` }]);
    expect(await crosswalksOf(tenant, explicit.uri)).toEqual([{ source: 'configuration/sources/MDM', value: 'X-1' }]);

    // The event that was a duplicate is another one now; the stored one is still found, from any source.
    const later = await createOne(tenant, emailOpened('M-1', LATER));
    expect(await crosswalksOf(tenant, later.uri)).toEqual([
      { source: 'configuration/sources/Salesforce', value: `EmailOpened|M-1|${LATER}` },
    ]);
    const [replay] = await create(tenant, [emailOpened('M-1')], 'Reltio');
    expect(replay?.errors).toEqual([
      expect.objectContaining({
        ...keyTaken('M-1', first.uri, true),
        message: `Interaction of type ${EMAIL_OPENED} with MessageId M-1, TimeOpened ${OPENED} already exists.`,
      }),
    ]);
    // An interaction whose crosswalk was given owns no key: its id values are free.
    await createOne(tenant, emailOpened('M-3'));
    expect(await interactionCount(service, tenant)).toBe(5);
  });

  it("re-keys when one interaction's new key and crosswalk are those another one had", async () => {
    const tenant = await demoTenant(service);
    // Keyed by TimeOpened, `first` takes the key and crosswalk `second` has now (its MessageId is that time's text).
    const first = await createOne(tenant, emailOpened('M-1'));
    const second = await createOne(tenant, emailOpened(String(OPENED), LATER));

    expect(await rekeyEmailOpened(tenant, ['TimeOpened'], true)).toMatchObject({ ok: true, changed: true, errors: [] });
    expect(await crosswalksOf(tenant, first.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: `EmailOpened|${OPENED}` }]);
    expect(await crosswalksOf(tenant, second.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: `EmailOpened|${LATER}` }]);
    const [replay] = await create(tenant, [emailOpened('M-2', LATER)], 'AMA');
    expect(replay?.errors).toEqual([expect.objectContaining({ code: 536, existingUri: second.uri, identicalToExisting: false })]);
  });

  it('refuses a re-key that would give two stored interactions one key, naming both, and changes nothing', async () => {
    const tenant = await demoTenant(service);
    const one = await createOne(tenant, emailOpened('M-1'));
    const other = await createOne(tenant, emailOpened('M-2'), 'AMA');
    const before = await state(tenant);

    const refused = await rekeyEmailOpened(tenant, ['TimeOpened'], true);
    expect(refused).toMatchObject({
      ok: false,
      changed: false,
      configurationVersion: before?.configurationVersion,
      errors: [{ code: 1020, name: 'REKEY_COLLISION', path: ['input', 'idAttributes'] }],
    });
    const message = refused?.errors[0]?.message;
    expect(message).toContain(one.uri);
    expect(message).toContain(other.uri);

    expect(await state(tenant)).toEqual(before);
    expect(await crosswalksOf(tenant, one.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'EmailOpened|M-1' }]);
    expect(await crosswalksOf(tenant, other.uri)).toEqual([{ source: 'configuration/sources/AMA', value: 'EmailOpened|M-2' }]);
    const [stillKeyed] = await create(tenant, [emailOpened('M-2', LATER)]);
    expect(stillKeyed?.errors).toEqual([expect.objectContaining(keyTaken('M-2', other.uri, false))]);
  });

  it('refuses a re-key when an interaction that had a derived key has no value for a new id attribute', async () => {
    const tenant = await demoTenant(service);
    const stored = await createOne(tenant, emailOpened('M-1'));
    const before = await state(tenant);
    const refused = await rekeyEmailOpened(tenant, ['MessageId', 'ReceiverContactId'], true);
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 1021, name: 'REKEY_MISSING_ID_VALUE', path: ['input', 'idAttributes'] }] });
    expect(refused?.errors[0]?.message).toContain(`${stored.uri} (no ReceiverContactId)`);
    expect(await state(tenant)).toEqual(before);
  });

  it('going to no idAttributes frees the keys and keeps the derived crosswalks as plain ids', async () => {
    const tenant = await demoTenant(service);
    const stored = await createOne(tenant, emailOpened('M-1'));
    expect(await rekeyEmailOpened(tenant, [], true)).toMatchObject({ ok: true, changed: true });

    expect(await crosswalksOf(tenant, stored.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'EmailOpened|M-1' }]);
    await createOne(tenant, emailOpened('M-1'));
    expect(await interactionCount(service, tenant)).toBe(2);
  });

  it('backfills keys on request (a re-key of an unchanged configuration) without rewriting crosswalks, and tells when there is nothing left', async () => {
    const tenant = await demoTenant(service);
    // As versions before keys stored a derived crosswalk: the id values alone, no key. A caller's
    // crosswalk equal to the id values looks the same, so no crosswalk is rewritten.
    const legacy = await createOne(tenant, { ...emailOpened('M-9'), crosswalks: [{ source: 'Salesforce', value: 'M-9' }] });
    const unrelated = await createOne(tenant, { ...emailOpened('M-8'), crosswalks: [{ source: 'Salesforce', value: 'CRM-8' }] });
    const before = await state(tenant);

    expect(await backfill(tenant)).toEqual({
      ok: true,
      changed: true,
      configurationVersion: before!.configurationVersion,
      errors: [],
      notes: ['backfill: 1 interaction stored before dedup keys got their key'],
    });
    expect(await crosswalksOf(tenant, legacy.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'M-9' }]);
    expect(await crosswalksOf(tenant, unrelated.uri)).toEqual([{ source: 'configuration/sources/Salesforce', value: 'CRM-8' }]);
    const [replay] = await create(tenant, [emailOpened('M-9')], 'AMA');
    expect(replay?.errors).toEqual([expect.objectContaining(keyTaken('M-9', legacy.uri, true))]);
    await createOne(tenant, emailOpened('M-8'));

    // Nothing is left to backfill: the same request changes nothing.
    expect(await backfill(tenant)).toMatchObject({
      ok: true,
      changed: false,
      configurationVersion: before!.configurationVersion,
      notes: ['backfill: 0 interactions stored before dedup keys got their key'],
    });
  });

  it('stores one of 16 concurrent requests sending the same EmailOpened, each for another source; the others are 536', async () => {
    const tenant = await demoTenant(service);
    const sources = Array.from({ length: 16 }, (_, index) => `Loader${index}`);
    await mergeConfiguration(service, tenant, { sources: sources.map((name) => ({ name })) });

    const answers = await Promise.all(sources.map((source) => create(tenant, [emailOpened('M-1')], source)));
    const results = answers.map(([result]) => result!);
    const created = results.filter((result) => result.status === 'OK');
    expect(created).toHaveLength(1);
    const winner = asCreated(created[0]).uri;
    const refused = results.filter((result) => result.status !== 'OK');
    expect(refused.map((result) => result.errors)).toEqual(Array(15).fill([expect.objectContaining(keyTaken('M-1', winner, true))]));
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it(
    'config:import refuses to change idAttributes under stored interactions without --rekey, and re-keys with it',
    async () => {
      const tenant = await demoTenant(service);
      const stored = await createOne(tenant, emailOpened('M-1'));
      const file = join(mkdtempSync(join(tmpdir(), 'rekey-')), 'configuration.json');
      const document = {
        ...demoDocument,
        interactionTypes: demoDocument.interactionTypes?.map((type) =>
          type.name === 'EmailOpened' ? { ...type, idAttributes: ['MessageId', 'TimeOpened'] } : type,
        ),
      };
      writeFileSync(file, JSON.stringify(document));
      const env = { DATABASE_URL: service.databaseUrl };

      const refused = await runTool('config-import', [file, '--tenant', tenant], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('1019 ID_ATTRIBUTES_CHANGED_WITH_INTERACTIONS');
      expect(await state(tenant)).toMatchObject({ interactionType: { idAttributes: ['MessageId'] } });

      const applied = await runTool('config-import', [file, '--tenant', tenant, '--rekey'], env);
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      expect(await state(tenant)).toMatchObject({ interactionType: { idAttributes: ['MessageId', 'TimeOpened'] } });
      expect(await crosswalksOf(tenant, stored.uri)).toEqual([
        { source: 'configuration/sources/Salesforce', value: `EmailOpened|M-1|${OPENED}` },
      ]);
    },
    CLI_TEST_TIMEOUT,
  );
});
