// What an Idempotency-Key keeps when its first request does not simply succeed: a failure
// after some writes, a process that dies after writing, an answer too large to keep, and a
// crowd of retries waiting for one answer.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import { injectFault, type Failure } from './helpers/faults.ts';
import {
  batchWithoutNaturalKeys,
  claimStillRunning,
  expectConflict,
  keyed,
  keyRow,
  replayed,
  tenantWithOrganizer,
} from './helpers/idempotency.ts';
import { interactionCount, postCreateInteractions } from './helpers/interactions.ts';
import { startTestService, type TestService } from './helpers/test-service.ts';
import type { CreateOptions, InteractionInput } from './generated/operations/graphql.ts';
import { MAX_WAITERS_PER_KEY } from '../src/modules/idempotency/key-watches.ts';

/** The answers kept by the service with a small IDEMPOTENCY_MAX_STORED_BYTES. */
const MAX_STORED_BYTES = 2000;

describeEachDatabase('Idempotency-Key outcomes', (provider) => {
  let service: TestService;
  // Keeps answers of at most MAX_STORED_BYTES; on a database of its own.
  let smallAnswers: TestService;
  beforeAll(async () => {
    [service, smallAnswers] = await Promise.all([
      startTestService(provider),
      startTestService(provider, { IDEMPOTENCY_MAX_STORED_BYTES: String(MAX_STORED_BYTES) }),
    ]);
  });
  afterAll(() => Promise.all([service?.stop(), smallAnswers?.stop()]));

  const send = (
    tenant: string,
    interactions: InteractionInput[],
    headers?: Record<string, string>,
    options?: CreateOptions,
    through: TestService = service,
  ) => postCreateInteractions(through, tenant, interactions, options, headers);

  /** A Place no other test's lunches have: the faults below are aimed at it. */
  const markedPlace = (tenant: string) => `fault in ${tenant}`;

  /**
   * For a batch of batchWithoutNaturalKeys with the marked place second: the batch written whole
   * loses a race, so its items are written one at a time; the first is committed, then the
   * second's write fails as `failure` says. Returns what takes the faults away.
   */
  const failSecondItem = async (tenant: string, failure: Failure) => {
    const tenantInteractions = `(SELECT count(*) FROM "Interaction" WHERE "tenantId" = NEW."tenantId")`;
    const marked = `NEW."value" = '${markedPlace(tenant)}'`;
    const fault = (when: string, failure: Failure) =>
      injectFault(service, { table: 'InteractionAttributeValue', on: 'INSERT', when, failure });
    return Promise.all([
      fault(`${marked} AND ${tenantInteractions} >= 3`, 'lostRace'),
      fault(`${marked} AND ${tenantInteractions} < 3`, failure),
    ]);
  };

  it('keeps the answer of a batch that failed after writing some items: its retry gets that answer and writes nothing', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', markedPlace(tenant), 'Bree');
    const undo = await failSecondItem(tenant, 'fault');
    try {
      const first = await send(tenant, batch, keyed('half-written'));
      expect(first.status).toBe(500);
      expect(await interactionCount(service, tenant)).toBe(1);

      const retry = await send(tenant, batch, keyed('half-written'));
      expect(retry.status).toBe(500);
      expect(replayed(retry)).toBe(true);
      expect(retry.errors).toEqual(first.errors);
      expect(await interactionCount(service, tenant)).toBe(1);
    } finally {
      for (const remove of undo) await remove();
    }
  });

  it.runIf(provider === 'postgresql')(
    'tells the retries of a batch that wrote some items and then lost the database (503) that its outcome is unknown, rather than to retry for ever',
    async () => {
      const { tenant, organizer } = await tenantWithOrganizer(service);
      const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', markedPlace(tenant), 'Bree');
      const undo = await failSecondItem(tenant, 'unavailable');
      try {
        const first = await send(tenant, batch, keyed('lost-database'));
        expect(first.status).toBe(503);
        expect(first.headers?.get('retry-after')).toBeTruthy();
        expect(await interactionCount(service, tenant)).toBe(1);

        const retry = await send(tenant, batch, keyed('lost-database'));
        expectConflict(retry, 'IDEMPOTENCY_OUTCOME_UNKNOWN');
        expect(await interactionCount(service, tenant)).toBe(1);
      } finally {
        for (const remove of undo) await remove();
      }
    },
  );

  it('gives the key up when a request fails as a whole before writing anything: its retry runs it', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', markedPlace(tenant));
    const undo = await injectFault(service, {
      table: 'InteractionAttributeValue',
      on: 'INSERT',
      when: `NEW."value" = '${markedPlace(tenant)}'`,
      failure: 'fault',
    });
    const failed = await send(tenant, batch, keyed('nothing-written'));
    await undo();
    expect(failed.status).toBe(500);
    expect(await interactionCount(service, tenant)).toBe(0);

    const retry = await send(tenant, batch, keyed('nothing-written'));
    expect(retry.status).toBe(200);
    expect(replayed(retry)).toBe(false);
    expect(await interactionCount(service, tenant)).toBe(2);
  });

  it('never runs again a request whose process died after it wrote: its retries get 409 IDEMPOTENCY_OUTCOME_UNKNOWN', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', 'Bree');
    const key = `dies-${tenant}`;
    // Its answer is never stored, as when its process stops between its commit and its answer.
    const undo = await injectFault(service, {
      table: 'IdempotentRequest',
      on: 'UPDATE',
      when: `NEW."key" = '${key}' AND NEW."state" = 'done'`,
      failure: 'fault',
    });
    try {
      expect((await send(tenant, batch, keyed(key))).status).toBe(200);
    } finally {
      await undo();
    }
    expect(await interactionCount(service, tenant)).toBe(2);
    // Marked right after its commit: what a process that died at any later point leaves behind.
    const claim = await service.database.db.idempotentRequest.findUniqueOrThrow({ where: keyRow(tenant, key) });
    expect(claim).toMatchObject({ state: 'writing', response: null });

    // Its lease runs out, since nothing renews it; answers stored meanwhile clear forgotten keys, not this one.
    await service.database.db.idempotentRequest.update({ where: keyRow(tenant, key), data: { expiresTime: BigInt(Date.now() - 1) } });
    expect((await send(tenant, batchWithoutNaturalKeys(organizer, 'Rivendell'), keyed('another'))).status).toBe(200);
    for (const attempt of [1, 2]) {
      const retry = await send(tenant, batch, keyed(key));
      expectConflict(retry, 'IDEMPOTENCY_OUTCOME_UNKNOWN');
      expect(retry.errors?.[0]?.message, `attempt ${attempt}`).toMatch(/check what was stored .* under a new key/);
    }
    expect(await interactionCount(service, tenant)).toBe(3);
  });

  it('answers the retry of a request that wrote with 409 IDEMPOTENCY_ANSWER_NOT_KEPT when its answer was too large to keep', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(smallAnswers);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', 'Bree', 'Rivendell');
    const first = await send(tenant, batch, keyed('large'), undefined, smallAnswers);
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.data).length).toBeGreaterThan(MAX_STORED_BYTES);
    const retry = await send(tenant, batch, keyed('large'), undefined, smallAnswers);
    expectConflict(retry, 'IDEMPOTENCY_ANSWER_NOT_KEPT');
    expect(retry.errors?.[0]?.extensions?.maxStoredBytes).toBe(MAX_STORED_BYTES);
    expect(await interactionCount(smallAnswers, tenant)).toBe(3);

    // Without the objects, the answer is small enough to be kept and given again.
    const small = await send(tenant, batch, keyed('small'), { returnObjects: false }, smallAnswers);
    const smallRetry = await send(tenant, batch, keyed('small'), { returnObjects: false }, smallAnswers);
    expect(replayed(smallRetry)).toBe(true);
    expect(smallRetry.data).toEqual(small.data);
    expect(await interactionCount(smallAnswers, tenant)).toBe(6);
  });

  it(`lets ${MAX_WAITERS_PER_KEY} retries of one process wait for a running request's answer with one look at a time, and refuses more`, async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    const first = await send(tenant, batch, keyed('crowd'));
    const answer = await claimStillRunning(service, tenant, 'crowd');

    const crowdSize = MAX_WAITERS_PER_KEY + 16;
    const { result: answers, statements } = await service.recordQueries(tenant, async () => {
      let answered = 0;
      const crowd = Array.from({ length: crowdSize }, () =>
        send(tenant, batch, keyed('crowd')).then((response) => {
          answered += 1;
          return response;
        }),
      );
      // Those beyond the cap are answered at once; the others wait for the first request's answer.
      // "At once" is 80 requests on a busy CI machine: the window is wide, the loop leaves early.
      for (const started = Date.now(); answered < 16 && Date.now() - started < 60_000;) await sleep(20);
      await sleep(500);
      expect(answered).toBe(16);
      await service.database.db.idempotentRequest.update({ where: keyRow(tenant, 'crowd'), data: { state: 'done', response: answer } });
      return Promise.all(crowd);
    });

    const waited = answers.filter((response) => response.status === 200);
    expect(waited).toHaveLength(MAX_WAITERS_PER_KEY);
    for (const response of waited) {
      expect(replayed(response)).toBe(true);
      expect(response.data).toEqual(first.data);
    }
    const refused = answers.filter((response) => response.status !== 200);
    for (const response of refused) {
      expectConflict(response, 'IDEMPOTENCY_KEY_IN_USE');
      expect(response.headers?.get('retry-after')).toBe('1');
    }
    expect(await interactionCount(service, tenant)).toBe(1);
    // One look per request as it arrives, then a few shared ones: not one every 25 ms per waiter.
    const looks = statements.filter((sql) => /SELECT/i.test(sql) && sql.includes('IdempotentRequest'));
    expect(looks.length).toBeLessThan(crowdSize + 30);
  }, 120_000);

  it('forwards Idempotency-Key through the Reltio facade for writes only: a GET with the header is answered', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const created = await send(tenant, batchWithoutNaturalKeys(organizer, 'Hobbiton'));
    const uri = created.data?.createInteractions[0]?.uri;
    const reltio = async (method: string, key: string) => {
      const response = await fetch(`${service.url}/services/reltio/api/${tenant}/${uri}`, {
        method,
        headers: { ...(await service.as(tenant)), ...keyed(key) },
      });
      return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() };
    };

    const read = await reltio('GET', 'read');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ URI: uri });
    expect(await reltio('DELETE', 'delete')).toEqual({ status: 200, replayed: null, body: { status: 'success' } });
    // The same delete retried: the first answer, not a 404 for what it deleted.
    expect(await reltio('DELETE', 'delete')).toEqual({ status: 200, replayed: 'true', body: { status: 'success' } });
    expect(await interactionCount(service, tenant)).toBe(0);
  });
});
