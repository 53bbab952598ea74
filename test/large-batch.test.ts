// The largest requests the limits allow, through the real server on every tested database:
// they are stored whole, within the documented time, while a small request sent meanwhile
// waits no longer than the documented slice; a batch written in several transactions keeps
// what a batch promises (536 against an earlier input, Idempotency-Key replays).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { CREATE_ENTITIES, demoTenant } from './helpers/demo.ts';
import { keyed, replayed } from './helpers/idempotency.ts';
import { CREATE_INTERACTIONS, createDemoPeople, interactionCount, lunch, postCreateInteractions } from './helpers/interactions.ts';
import {
  KEYLESS_SUMMIT,
  largestEntities,
  MAX_BATCH_SIZE,
  MAX_BODY_BYTES,
  MAX_REQUEST_VALUES,
  SPEAKERS_PER_INPUT,
  summit,
  summitTenant,
  VENUES_PER_INPUT,
} from './helpers/large-batch.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import { countListElements } from '../src/protocol/request-size.ts';
import { MAX_ROWS_PER_TRANSACTION } from '../src/modules/batch/write-batch.ts';

// The README's figures (section Limits, "The largest requests"): the largest batch is
// answered within LARGEST_BATCH_SECONDS, and a request sent meanwhile waits at most
// LONGEST_WAIT_SECONDS.
const LARGEST_BATCH_SECONDS = 180;
const LONGEST_WAIT_SECONDS = 5;

describeEachDatabase.sequential('the largest legal requests', (provider) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
  });
  afterAll(() => service?.stop());

  /**
   * Sends small creates, one after the other, while `big` runs, and returns how long each
   * took: each waits for the big request's slice in progress, never for the whole request.
   */
  async function waitsBeside<T>(big: () => Promise<T>): Promise<{ result: T; waits: number[]; elapsedMs: number }> {
    const tenant = await demoTenant(service);
    const { john } = await createDemoPeople(service, tenant);
    let running = true;
    const started = performance.now();
    const sent = big().finally(() => (running = false));
    const waits: number[] = [];
    while (running) {
      const start = performance.now();
      const response = await postCreateInteractions(service, tenant, [lunch(john)], { returnObjects: false });
      expect(response.status).toBe(200);
      expect(response.data?.createInteractions[0]?.status).toBe('OK');
      waits.push(performance.now() - start);
    }
    const result = await sent;
    return { result, waits, elapsedMs: performance.now() - started };
  }

  it(
    `stores ${MAX_BATCH_SIZE} interactions of ${MAX_REQUEST_VALUES} values, members found by crosswalk and by mapping, while others wait at most a slice`,
    { timeout: 900_000 },
    async () => {
      const tenant = await summitTenant(service, MAX_BATCH_SIZE);
      const inputs = Array.from({ length: MAX_BATCH_SIZE }, (_, input) => summit(input));
      // The largest request the limits let through: every list element and nearly every byte.
      expect(countListElements(inputs)).toBe(MAX_REQUEST_VALUES);
      const body = JSON.stringify({
        query: String(CREATE_INTERACTIONS),
        variables: { interactions: inputs, options: { returnObjects: false } },
      });
      expect(body.length).toBeGreaterThan(0.85 * MAX_BODY_BYTES);
      expect(body.length).toBeLessThan(MAX_BODY_BYTES);

      const { result, waits, elapsedMs } = await waitsBeside(() =>
        postCreateInteractions(service, tenant, inputs, { returnObjects: false }),
      );
      expect(result.status).toBe(200);
      expect(result.data?.createInteractions.filter((item) => item.status === 'OK')).toHaveLength(MAX_BATCH_SIZE);
      expect(elapsedMs).toBeLessThan(LARGEST_BATCH_SECONDS * 1000);
      // Several small requests were answered while the big one ran, none waiting long.
      expect(waits.length).toBeGreaterThan(3);
      expect(Math.max(...waits)).toBeLessThan(LONGEST_WAIT_SECONDS * 1000);

      const { db } = service.database;
      const where = { tenantId: tenant };
      expect(await interactionCount(service, tenant)).toBe(MAX_BATCH_SIZE);
      expect(await db.interactionAttributeValue.count({ where })).toBe(MAX_BATCH_SIZE * (1 + VENUES_PER_INPUT));
      expect(await db.interactionMember.count({ where })).toBe(MAX_BATCH_SIZE * (SPEAKERS_PER_INPUT + VENUES_PER_INPUT));
      expect(await db.interactionCrosswalk.count({ where })).toBe(MAX_BATCH_SIZE);
      // Each one whole: its values and members with it.
      const incomplete = await db.interaction.count({
        where: { ...where, OR: [{ attributes: { none: {} } }, { members: { none: {} } }, { crosswalks: { none: {} } }] },
      });
      expect(incomplete).toBe(0);
    },
  );

  it(
    `stores ${MAX_BATCH_SIZE} entities of ${MAX_REQUEST_VALUES} values while others wait at most a slice`,
    { timeout: 600_000 },
    async () => {
      const tenant = await demoTenant(service);
      const entities = largestEntities(tenant);
      expect(countListElements(entities)).toBe(MAX_REQUEST_VALUES);
      const { result, waits, elapsedMs } = await waitsBeside(() =>
        service.graphql(tenant, CREATE_ENTITIES, { entities, options: { returnObjects: false } }),
      );
      expect(result.status).toBe(200);
      expect(result.data?.createEntities.filter((item) => item.status === 'OK')).toHaveLength(MAX_BATCH_SIZE);
      expect(elapsedMs).toBeLessThan(LARGEST_BATCH_SECONDS * 1000);
      expect(waits.length).toBeGreaterThan(3);
      expect(Math.max(...waits)).toBeLessThan(LONGEST_WAIT_SECONDS * 1000);
      const { db } = service.database;
      const stored = await db.entity.findMany({ where: { tenantId: tenant, entityType: { name: 'HCO' } }, select: { id: true } });
      expect(stored).toHaveLength(MAX_BATCH_SIZE);
      expect(await db.entityAttributeValue.count({ where: { tenantId: tenant } })).toBe(
        MAX_BATCH_SIZE * (MAX_REQUEST_VALUES / MAX_BATCH_SIZE - 4),
      );
      expect(await db.entityCrosswalk.count({ where: { tenantId: tenant } })).toBe(MAX_BATCH_SIZE);
    },
  );

  // Enough inputs for several transactions: what a batch promises holds across them.
  const SEVERAL_SLICES = Math.ceil((4 * MAX_ROWS_PER_TRANSACTION) / (3 + 2 * VENUES_PER_INPUT + SPEAKERS_PER_INPUT));

  it(
    'refuses an input whose id values an input of an earlier transaction of the batch took (536 naming that input)',
    { timeout: 300_000 },
    async () => {
      const tenant = await summitTenant(service, SEVERAL_SLICES);
      const inputs = Array.from({ length: SEVERAL_SLICES }, (_, input) => summit(input));
      const last = SEVERAL_SLICES - 1;
      inputs[last] = summit(last, 'S-0');
      const response = await postCreateInteractions(service, tenant, inputs, { returnObjects: false });
      const results = response.data?.createInteractions ?? [];
      expect(results.slice(0, last).every((item) => item.status === 'OK')).toBe(true);
      expect(results[last]).toMatchObject({
        status: 'FAILED',
        errors: [
          { code: 536, message: expect.stringContaining('is already created by item 0 of this batch'), existingUri: results[0]?.uri },
        ],
      });
      expect(await interactionCount(service, tenant)).toBe(last);

      // Sent again, every input is a replay of a stored one.
      const again = await postCreateInteractions(service, tenant, inputs.slice(0, last), { returnObjects: false });
      expect(again.data?.createInteractions.map((item) => item.errors[0]?.identicalToExisting)).toEqual(
        inputs.slice(0, last).map(() => true),
      );
      expect(await interactionCount(service, tenant)).toBe(last);
    },
  );

  it('replays the stored answer of a batch written in several transactions under its Idempotency-Key', { timeout: 300_000 }, async () => {
    const tenant = await summitTenant(service, SEVERAL_SLICES);
    // Without natural keys: only the Idempotency-Key tells the retry from a new batch.
    const inputs = Array.from({ length: SEVERAL_SLICES }, (_, input) => summit(input, `S-${input}`, KEYLESS_SUMMIT));
    const first = await postCreateInteractions(service, tenant, inputs, { returnObjects: false }, keyed('several-slices'));
    expect(first.data?.createInteractions.filter((item) => item.status === 'OK')).toHaveLength(SEVERAL_SLICES);
    const retry = await postCreateInteractions(service, tenant, inputs, { returnObjects: false }, keyed('several-slices'));
    expect(replayed(retry)).toBe(true);
    expect(retry.data).toEqual(first.data);
    expect(await interactionCount(service, tenant)).toBe(SEVERAL_SLICES);
  });
});
