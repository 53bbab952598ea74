// Creates racing configuration changes: a create checks its inputs against the configuration
// it read, and commits only while that configuration is still in force; when a change (a
// re-key) committed in between, the batch is prepared again on the new one. No interaction
// is ever stored keyed by idAttributes that were already replaced.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asCreated } from './helpers/create-interactions.ts';
import { describeEachDatabase } from './helpers/databases.ts';
import { dedupKeysHelpers, emailOpened, keyTaken, OPENED } from './helpers/dedup-keys.ts';
import { demoTenant, individual } from './helpers/demo.ts';
import { createEntitiesOrThrow } from './helpers/interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { InteractionInput } from './generated/operations/graphql.ts';

/** Until `condition` holds (polled), at most `seconds`. */
async function waitUntil(condition: () => Promise<boolean>, seconds = 20): Promise<void> {
  for (const giveUp = Date.now() + seconds * 1000; !(await condition());) {
    if (Date.now() > giveUp) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// One at a time: the PostgreSQL test holds a table lock every query of the file would wait on.
describeEachDatabase.sequential('creates racing configuration changes', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  const { create, crosswalksOf, rekeyEmailOpened } = dedupKeysHelpers(() => service);

  it.runIf(provider === 'postgresql')(
    'writes a create that read the configuration before a re-key committed under the new idAttributes',
    async () => {
      const tenant = await demoTenant(service);
      await createEntitiesOrThrow(service, tenant, [individual('Ann Roman', undefined, [{ name: 'ContactId', values: ['C-1'] }])]);
      const email: InteractionInput = {
        ...emailOpened('M-5'),
        attributes: [...emailOpened('M-5').attributes!, { name: 'ReceiverContactId', values: ['C-1'] }],
      };
      // The create reads its configuration, then finds its Receiver by ContactId: that lookup
      // waits on this lock while the re-key commits.
      const lock = new pg.Client({ connectionString: service.databaseUrl });
      await lock.connect();
      try {
        await lock.query('BEGIN');
        await lock.query('LOCK TABLE "EntityAttributeValue" IN ACCESS EXCLUSIVE MODE');
        const pending = create(tenant, [email]);
        await waitUntil(async () => {
          const { rows } = await lock.query<{ waiting: string }>(
            `SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return Number(rows[0]!.waiting) > 0;
        });
        expect(await rekeyEmailOpened(tenant, ['MessageId', 'TimeOpened'], true)).toMatchObject({ ok: true, changed: true });
        await lock.query('COMMIT');

        const created = asCreated((await pending)[0]);
        expect(await crosswalksOf(tenant, created.uri)).toEqual([
          { source: 'configuration/sources/Salesforce', value: `EmailOpened|M-5|${OPENED}` },
        ]);
        const [replay, sameMessageLater] = await create(
          tenant,
          [email, { ...email, attributes: [...emailOpened('M-5', OPENED + 1).attributes!] }],
          'AMA',
        );
        expect(replay?.errors).toEqual([
          expect.objectContaining({
            ...keyTaken('M-5', created.uri, true),
            message: expect.stringContaining(`with MessageId M-5, TimeOpened ${OPENED} already exists`),
          }),
        ]);
        expect(sameMessageLater?.status).toBe('OK');
      } finally {
        await lock.end();
      }
    },
  );

  it('keys every interaction created while idAttributes keep changing by the idAttributes in force', async () => {
    const tenant = await demoTenant(service);
    const keyings = [['MessageId', 'TimeOpened'], ['MessageId']];
    const created: Array<{ uri: string; input: InteractionInput }> = [];
    for (let round = 0; round < 8; round++) {
      const batches = Array.from({ length: 6 }, (_, batch) =>
        Array.from({ length: 5 }, (_, item) => emailOpened(`R${round}-B${batch}-I${item}`, OPENED + round)),
      );
      const [rekeyed, ...answers] = await Promise.all([
        rekeyEmailOpened(tenant, keyings[round % 2]!, true),
        ...batches.map((inputs) => create(tenant, inputs)),
      ]);
      expect(rekeyed).toMatchObject({ ok: true, changed: true });
      answers.forEach((results, batch) =>
        results.forEach((result, item) => created.push({ uri: asCreated(result).uri, input: batches[batch]![item]! })),
      );
    }
    // Replayed under the idAttributes in force, each is the interaction already stored, never a new one.
    const replays = await create(
      tenant,
      created.map(({ input }) => input),
      'AMA',
    );
    expect(replays.map((result) => result.errors.map(({ code, existingUri }) => ({ code, existingUri })))).toEqual(
      created.map(({ uri }) => [{ code: 536, existingUri: uri }]),
    );
  });
});
