// Re-keys beyond the basics of interactions-dedup-keys.test.ts: a type that had no
// idAttributes gets keys for every interaction with the values; only the types whose
// idAttributes change are re-keyed; refusals say how many interactions collide and name the
// first few; a change that outlasts its time is refused, not a fault.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asCreated } from './helpers/create-interactions.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { dedupKeysHelpers, EMAIL_OPENED, emailOpened, emailOpenedKeyedBy, OPENED, UPDATE_TYPE } from './helpers/dedup-keys.ts';
import { demoTenant } from './helpers/demo.ts';
import { createInteractions, interactionCount, mergeConfiguration, readInteraction } from './helpers/interactions.ts';
import { createTestDatabase, startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput, InteractionTypeInput } from './generated/operations/graphql.ts';

const VISIT = 'configuration/interactionTypes/Visit';

/** A type of its own, so that each test decides its idAttributes. */
const visitType = (idAttributes: string[] = []): InteractionTypeInput => ({
  name: 'Visit',
  attributes: [
    { name: 'Code', valueType: 'STRING' },
    { name: 'Room', valueType: 'STRING' },
  ],
  idAttributes,
});

const visit = (code: string | null, room = 'R-1', crosswalk?: string): InteractionInput => ({
  type: VISIT,
  timestamp: 1_700_000_000_000,
  attributes: [...(code === null ? [] : [{ name: 'Code', values: [code] }]), { name: 'Room', values: [room] }],
  ...(crosswalk ? { crosswalks: [{ source: 'MDM', value: crosswalk }] } : {}),
});

describeEachDatabase('re-keys', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const { create, createOne, crosswalksOf, rekeyEmailOpened } = dedupKeysHelpers(() => service);
  const rekeyVisits = async (tenant: string, idAttributes: string[]) =>
    (await service.graphql(tenant, UPDATE_TYPE, { uri: VISIT, input: visitType(idAttributes), rekey: true })).data?.updateInteractionType;
  const visitTenant = async () => {
    const tenant = await demoTenant(service);
    await mergeConfiguration(service, tenant, { interactionTypes: [visitType()] });
    return tenant;
  };

  it('keys every interaction with values for all new id attributes of a type that had none, leaving crosswalks alone', async () => {
    const tenant = await visitTenant();
    const given = await createOne(tenant, visit('C-1', 'R-1', 'X-1'));
    const generated = await createOne(tenant, visit('C-2'));
    const withoutCode = await createOne(tenant, visit(null));
    const crosswalksBefore = await Promise.all([given, generated, withoutCode].map(({ uri }) => crosswalksOf(tenant, uri)));

    expect(await rekeyVisits(tenant, ['Code'])).toMatchObject({ ok: true, changed: true, errors: [] });
    const replays = await create(tenant, [visit('C-1', 'R-9'), visit('C-2', 'R-9')]);
    expect(replays.map((result) => result.errors.map(({ code, existingUri }) => ({ code, existingUri })))).toEqual([
      [{ code: 536, existingUri: given.uri }],
      [{ code: 536, existingUri: generated.uri }],
    ]);
    expect(await Promise.all([given, generated, withoutCode].map(({ uri }) => crosswalksOf(tenant, uri)))).toEqual(crosswalksBefore);
    // One without a Code keeps no key; a new Code is a new visit.
    await createOne(tenant, visit('C-3'));
    expect(await interactionCount(service, tenant)).toBe(4);
  });

  it('refuses to add id attributes that two stored interactions share, whatever their crosswalks', async () => {
    const tenant = await visitTenant();
    const one = await createOne(tenant, visit('C-1', 'R-1', 'X-1'));
    const other = await createOne(tenant, visit('C-1', 'R-2'));
    const refused = await rekeyVisits(tenant, ['Code']);
    expect(refused).toMatchObject({
      ok: false,
      changed: false,
      errors: [{ code: 1020, name: 'REKEY_COLLISION', path: ['input', 'idAttributes'] }],
    });
    const [first, last] = [one.uri, other.uri].sort();
    expect(refused?.errors[0]?.message).toContain(`2 stored interactions, in 1 group of equal values: ${first} and ${last};`);
    const [later] = await create(tenant, [visit('C-1', 'R-3')]);
    expect(later?.status).toBe('OK');
  });

  it('says how many stored interactions a refused re-key would collide and names the largest groups first', async () => {
    const tenant = await demoTenant(service);
    // Five emails opened at one time, then four pairs opened at four other times.
    const opened = Date.parse('2024-06-01T00:00:00Z');
    const batch = [
      ...Array.from({ length: 5 }, (_, index) => emailOpened(`A-${index}`, opened)),
      ...Array.from({ length: 8 }, (_, index) => emailOpened(`B-${index}`, opened + 1000 * (1 + (index % 4)))),
    ];
    expect((await create(tenant, batch)).every((result) => result.status === 'OK')).toBe(true);

    const refused = await rekeyEmailOpened(tenant, ['TimeOpened'], true);
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 1020, name: 'REKEY_COLLISION' }] });
    const message = refused!.errors[0]!.message;
    expect(message).toMatch(
      /^re-keying EmailOpened by TimeOpened would give one key to several of 13 stored interactions, in 5 groups of equal values: /,
    );
    const pair = 'interactions/[0-9A-Za-z]{12} and interactions/[0-9A-Za-z]{12}';
    expect(message).toMatch(
      new RegExp(`: ${pair} \\(and 3 more with these values\\); ${pair}; ${pair} \\(and 2 more\\); nothing was changed`),
    );
  });

  it('re-keys only the types whose idAttributes change: another type with colliding interactions does not refuse it', async () => {
    const tenant = await visitTenant();
    await createOne(tenant, visit('C-1', 'R-1', 'X-1'));
    await createOne(tenant, visit('C-1', 'R-2', 'X-2'));
    // Keyed by Room, Visit has no collision; its two C-1 would collide on Code, a change this re-key does not make.
    expect(await rekeyVisits(tenant, ['Room'])).toMatchObject({ ok: true, changed: true });
    const stored = await createOne(tenant, emailOpened('M-1'));
    expect(await rekeyEmailOpened(tenant, ['MessageId', 'TimeOpened'], true)).toMatchObject({ ok: true, changed: true, errors: [] });
    expect(await crosswalksOf(tenant, stored.uri)).toEqual([
      { source: 'configuration/sources/Salesforce', value: `EmailOpened|M-1|${Date.parse('2024-05-01T10:00:00Z')}` },
    ]);
    // Visit's keys are as its own re-key left them.
    const [replay] = await create(tenant, [visit('C-9', 'R-2')]);
    expect(replay?.errors.map((error) => error.code)).toEqual([536]);
  });

  it('refuses a re-key that outlasts CONFIGURATION_TIMEOUT_SECONDS, changing nothing, instead of failing with 500', async () => {
    // A database of its own, set up by an ordinary service, then served by one that gives a
    // configuration change a millisecond (one service at a time: SQLite migrates alone).
    const database = await createTestDatabase(provider);
    let current = await startTestService(provider, { DATABASE_URL: database.url });
    try {
      const tenant = await demoTenant(current);
      const emails = Array.from({ length: 500 }, (_, index) => emailOpened(`M-${index}`));
      const stored = (await createInteractions(current, tenant, emails)).map((result) => asCreated(result).uri);
      await current.stop();
      current = await startTestService(provider, { DATABASE_URL: database.url, CONFIGURATION_TIMEOUT_SECONDS: '0.001' });

      const input = emailOpenedKeyedBy(['MessageId', 'TimeOpened']);
      const response = await current.graphql(tenant, UPDATE_TYPE, { uri: EMAIL_OPENED, input, rekey: true });
      expect(response.status).toBe(200);
      expect(response.data?.updateInteractionType).toMatchObject({
        ok: false,
        changed: false,
        errors: [
          {
            code: 1022,
            name: 'CONFIGURATION_TIMEOUT',
            message: 'the change did not finish within 0.001 s (CONFIGURATION_TIMEOUT_SECONDS) and was rolled back; nothing was changed',
          },
        ],
      });
      expect((await readInteraction(current, tenant, stored[0]!))?.crosswalks.map(({ value }) => value)).toEqual(['EmailOpened|M-0']);
      const [replay] = await createInteractions(current, tenant, [emailOpened('M-0', OPENED + 1)]);
      expect(replay?.errors.map((error) => error.existingUri)).toEqual([stored[0]]);
    } finally {
      await current.stop();
      await database.drop();
    }
  });

  it('creates what it is asked to while stored interactions are re-keyed', async () => {
    const tenant = await demoTenant(service);
    const stored = asCreated((await create(tenant, [emailOpened('M-1')]))[0]);
    const [rekeyed, [created]] = await Promise.all([
      rekeyEmailOpened(tenant, ['MessageId', 'TimeOpened'], true),
      create(tenant, [emailOpened('M-2')]),
    ]);
    expect(rekeyed).toMatchObject({ ok: true });
    expect(created?.status).toBe('OK');
    expect(await crosswalksOf(tenant, stored.uri)).toHaveLength(1);
  });
});
