// Interactions stored before keys were kept (their crosswalk the id values alone, no key) get
// their key by themselves after the migrations, at start-up or with `npm run migrate`, once
// per tenant: a replay from another source is a 536 without anyone running anything by hand.
// The backfill only sets keys (a crosswalk that looks derived may be a caller's), keys what it
// can, and reports what it cannot (the same event stored twice by the old bug), never refusing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATA_VERSION } from '../src/modules/tenants/data-version.ts';
import { CLI_TEST_TIMEOUT, runTool } from './helpers/cli.ts';
import { asCreated } from './helpers/create-interactions.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { dedupKeysHelpers, emailOpened, keyTaken } from './helpers/dedup-keys.ts';
import { demoTenant } from './helpers/demo.ts';
import { createTestDatabase, startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

/** An EmailOpened as versions before keys stored one sent from `source`: its crosswalk the MessageId alone. */
const legacyEmail = (messageId: string, source = 'Salesforce'): InteractionInput => ({
  ...emailOpened(messageId),
  crosswalks: [{ source, value: messageId }],
});

const URI = /^interactions\/[0-9A-Za-z]{12}$/;

describeEachDatabase.sequential('id-key backfill', (provider) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let service: TestService;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    service = await startTestService(provider, { DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  const { create, createOne, crosswalksOf, backfill } = dedupKeysHelpers(() => service);
  const dataVersionOf = async (tenant: string) =>
    (await service.database.db.tenant.findUniqueOrThrow({ where: { id: tenant }, select: { dataVersion: true } })).dataVersion;

  /**
   * A tenant as the previous release left it: M-9 stored once, M-7 twice (once per source:
   * the old bug), M-8 with a crosswalk of its own, none with a key, the data step not run.
   */
  async function legacyTenant() {
    const tenant = await demoTenant(service);
    const stored = await create(tenant, [
      legacyEmail('M-9'),
      legacyEmail('M-7'),
      legacyEmail('M-7', 'AMA'),
      { ...emailOpened('M-8'), crosswalks: [{ source: 'Salesforce', value: 'CRM-8' }] },
    ]);
    await service.database.db.tenant.update({ where: { id: tenant }, data: { dataVersion: 0 } });
    const [m9, m7, m7Again, m8] = stored.map((result) => asCreated(result).uri);
    return { tenant, m9: m9!, m7: m7!, m7Again: m7Again!, m8: m8! };
  }

  it('keys them at start-up, leaves every crosswalk as it was and the second copy of an event without a key, and does it once', async () => {
    const { tenant, m9, m7, m7Again, m8 } = await legacyTenant();
    await service.stop();
    service = await startTestService(provider, { DATABASE_URL: database.url });
    expect(await dataVersionOf(tenant)).toBe(DATA_VERSION);

    const [replay] = await create(tenant, [emailOpened('M-9')], 'AMA');
    expect(replay?.errors).toEqual([expect.objectContaining(keyTaken('M-9', m9, true))]);
    const [replayOfTwice] = await create(tenant, [emailOpened('M-7')], 'MDM');
    const holder = replayOfTwice?.errors[0]?.existingUri;
    expect([m7, m7Again]).toContain(holder);
    expect(replayOfTwice?.errors).toEqual([expect.objectContaining(keyTaken('M-7', holder!, true))]);
    // A crosswalk of its own: no key, so its id values are free.
    await createOne(tenant, emailOpened('M-8'));
    for (const [uri, source, value] of [
      [m9, 'Salesforce', 'M-9'],
      [m7, 'Salesforce', 'M-7'],
      [m7Again, 'AMA', 'M-7'],
      [m8, 'Salesforce', 'CRM-8'],
    ])
      expect(await crosswalksOf(tenant, uri!)).toEqual([{ source: `configuration/sources/${source}`, value }]);

    // The copy left without a key is reported (here, by the backfill on request, which finds nothing else to do).
    const unkeyed = holder === m7 ? m7Again : m7;
    expect(await backfill(tenant)).toMatchObject({
      ok: true,
      changed: false,
      errors: [],
      notes: [
        'backfill: 0 interactions stored before dedup keys got their key',
        expect.stringMatching(/^backfill: 1 interaction was left without a key, as another interaction holds it/),
        `${unkeyed}: key held by ${holder}`,
      ],
    });
  });

  it(
    'keys them with npm run migrate too, and finds nothing to do the second time',
    async () => {
      const { tenant, m9 } = await legacyTenant();
      // As a deployment does: the service stopped while it migrates (SQLite cannot migrate under a running service).
      await service.stop();
      const env = { DATABASE_URL: database.url };
      const first = await runTool('migrate-deploy', [], env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        `tenant ${tenant}: dedup key backfill: 2 interactions stored before dedup keys got their key; 1 left without one, as another interaction holds their key (each is in the log)`,
      );
      const second = await runTool('migrate-deploy', [], env);
      expect(second.stdout.trim()).toBe('no pending migrations');
      service = await startTestService(provider, { DATABASE_URL: database.url });
      const [replay] = await create(tenant, [emailOpened('M-9')], 'AMA');
      expect(replay?.errors).toEqual([expect.objectContaining(keyTaken('M-9', m9, true))]);
    },
    CLI_TEST_TIMEOUT,
  );

  it('keys what it can on request and lists what it cannot, the first 100 and how many more, never refusing', async () => {
    const tenant = await demoTenant(service);
    const events = Array.from({ length: 101 }, (_, index) => `M-${index}`);
    await create(
      tenant,
      events.flatMap((messageId) => [legacyEmail(messageId), legacyEmail(messageId, 'AMA')]),
    );

    const outcome = await backfill(tenant);
    expect(outcome).toMatchObject({ ok: true, changed: true, errors: [] });
    const notes = outcome!.notes;
    expect(notes.slice(0, 2)).toEqual([
      'backfill: 101 interactions stored before dedup keys got their key',
      expect.stringMatching(/^backfill: 101 interactions were left without a key, as another interaction holds it/),
    ]);
    const pairs = notes.slice(2, -1).map((note) => note.split(': key held by '));
    expect(pairs).toHaveLength(100);
    for (const pair of pairs) expect(pair).toEqual([expect.stringMatching(URI), expect.stringMatching(URI)]);
    expect(notes.at(-1)).toBe('and 1 more: the service log lists every one (warning "interactions left without a dedup key")');

    const replays = await create(
      tenant,
      events.map((messageId) => emailOpened(messageId)),
      'MDM',
    );
    expect(replays.map((result) => result.errors.map((error) => error.code))).toEqual(events.map(() => [536]));
  });
});
