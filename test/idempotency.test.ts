import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases.ts';
import {
  batchWithoutNaturalKeys,
  claimStillRunning,
  expectConflict,
  keyed,
  keyRow,
  replayed,
  tenantWithOrganizer,
} from './helpers/idempotency.ts';
import { interactionCount, lunch, postCreateInteractions } from './helpers/interactions.ts';
import { startTestService, type GraphQLResponse, type TestService } from './helpers/test-service.ts';
import type { CreateOptions, InteractionInput } from './generated/operations/graphql.ts';
import { graphql } from './generated/operations/index.ts';

const LIMITS = graphql(`
  query IdempotencyRetention {
    limits {
      idempotencyRetentionSeconds
    }
  }
`);

const CREATE_API_KEY = graphql(`
  mutation IdempotencyCreateApiKey($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      key
    }
  }
`);

function expectRefused(response: GraphQLResponse<unknown>, reason: string) {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason });
}

describeEachDatabase('Idempotency-Key', (provider) => {
  let service: TestService;
  // Another API process on the same database: nothing about a key is kept in a process.
  let otherProcess: TestService;
  // Keys kept one second; requests wait one second for a key another request holds. On a
  // database of its own: a third service on one SQLite file times out migrating it.
  let shortLived: TestService;
  beforeAll(async () => {
    service = await startTestService(provider);
    [otherProcess, shortLived] = await Promise.all([
      startTestService(provider, { DATABASE_URL: service.databaseUrl }),
      startTestService(provider, { IDEMPOTENCY_RETENTION_SECONDS: '1', IDEMPOTENCY_WAIT_SECONDS: '1' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([otherProcess?.stop(), shortLived?.stop()]);
    await service?.stop();
  });

  const send = (
    tenant: string,
    interactions: InteractionInput[],
    headers?: Record<string, string>,
    options?: CreateOptions,
    through: TestService = service,
  ) => postCreateInteractions(through, tenant, interactions, options, headers);

  it('answers a retried batch without natural keys from the first answer and stores it once; without a key it is stored twice', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton', 'Bree', 'Rivendell');

    const first = await send(tenant, batch, keyed('load-2024-06-01/part-1'));
    expect(first.status).toBe(200);
    expect(first.data?.createInteractions.map((result) => result.status)).toEqual(['OK', 'OK', 'OK']);
    expect(replayed(first)).toBe(false);
    const retry = await send(tenant, batch, keyed('load-2024-06-01/part-1'));
    expect(retry.status).toBe(200);
    expect(replayed(retry)).toBe(true);
    expect(retry.data).toEqual(first.data);
    expect(await interactionCount(service, tenant)).toBe(3);

    await send(tenant, batch);
    await send(tenant, batch);
    expect(await interactionCount(service, tenant)).toBe(3 + 6);
  });

  it('creates once for 16 concurrent requests with one key, through two API processes, and gives all 16 the same answer', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    // Long enough to run that the requests arriving after the first find its claim still pending.
    const batch = batchWithoutNaturalKeys(organizer, ...Array.from({ length: 100 }, (_, index) => `Place ${index}`));
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, index) => send(tenant, batch, keyed('concurrent'), undefined, index % 2 ? otherProcess : service)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(16).fill(200));
    expect(answers.filter((answer) => !replayed(answer))).toHaveLength(1);
    const uris = answers[0]?.data?.createInteractions.map((result) => result.uri);
    expect(new Set(uris).size).toBe(100);
    for (const answer of answers) expect(answer.data).toEqual(answers[0]?.data);
    expect(await interactionCount(service, tenant)).toBe(100);
  });

  it('refuses the same key with another batch, source or caller with 409, writing nothing', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    expect((await send(tenant, batch, keyed('reused'))).status).toBe(200);

    expectConflict(await send(tenant, batchWithoutNaturalKeys(organizer, 'Mordor'), keyed('reused')), 'IDEMPOTENCY_KEY_REUSED');
    expectConflict(await send(tenant, batch, keyed('reused', { 'Source-System': 'AMA' })), 'IDEMPOTENCY_KEY_REUSED');
    const anotherLoader = await service.as(tenant, { sub: 'another-loader', roles: ['writer'] });
    expectConflict(await send(tenant, batch, keyed('reused', anotherLoader)), 'IDEMPOTENCY_KEY_REUSED');
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('keeps keys per tenant: the same key in another tenant runs its own request', async () => {
    const [one, two] = await Promise.all([tenantWithOrganizer(service), tenantWithOrganizer(service)]);
    const first = await send(one.tenant, batchWithoutNaturalKeys(one.organizer, 'Hobbiton'), keyed('shared-key'));
    const second = await send(two.tenant, batchWithoutNaturalKeys(two.organizer, 'Hobbiton'), keyed('shared-key'));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([replayed(first), replayed(second)]).toEqual([false, false]);
    expect(second.data?.createInteractions[0]?.uri).not.toBe(first.data?.createInteractions[0]?.uri);
    expect([await interactionCount(service, one.tenant), await interactionCount(service, two.tenant)]).toEqual([1, 1]);
  });

  it('does not spend the key on a request refused or failed as a whole: the corrected request runs under it', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const overTheLimit = Array.from({ length: 1001 }, () => lunch(organizer));
    const tooLarge = await send(tenant, overTheLimit, keyed('corrected'));
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.errors?.[0]?.extensions?.reason).toBe('BATCH_TOO_LARGE');
    const unknownSource = await send(tenant, batchWithoutNaturalKeys(organizer, 'Hobbiton'), keyed('corrected'), { source: 'Nowhere' });
    expect(unknownSource.status).toBe(400);
    expect(await interactionCount(service, tenant)).toBe(0);

    const corrected = await send(tenant, batchWithoutNaturalKeys(organizer, 'Hobbiton'), keyed('corrected'), { source: 'AMA' });
    expect(corrected.status).toBe(200);
    expect(replayed(corrected)).toBe(false);
    expect(corrected.data?.createInteractions.map((result) => result.status)).toEqual(['OK']);
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('runs the request again once the key is past its retention', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(shortLived);
    expect((await shortLived.graphql(tenant, LIMITS)).data?.limits.idempotencyRetentionSeconds).toBe(1);
    expect((await service.graphql(tenant, LIMITS)).data?.limits.idempotencyRetentionSeconds).toBe(86_400);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    const first = await send(tenant, batch, keyed('expiring'), undefined, shortLived);
    expect(replayed(await send(tenant, batch, keyed('expiring'), undefined, shortLived))).toBe(true);
    expect(await interactionCount(shortLived, tenant)).toBe(1);
    await send(tenant, batch, keyed('forgotten'), undefined, shortLived);

    await sleep(1100);
    const afterRetention = await send(tenant, batch, keyed('expiring'), undefined, shortLived);
    expect(afterRetention.status).toBe(200);
    expect(replayed(afterRetention)).toBe(false);
    expect(afterRetention.data?.createInteractions[0]?.uri).not.toBe(first.data?.createInteractions[0]?.uri);
    expect(await interactionCount(shortLived, tenant)).toBe(3);
    // Expired keys are cleared as answers are stored, not kept for ever.
    expect(await shortLived.database.db.idempotentRequest.findMany({ where: { tenantId: tenant }, select: { key: true } })).toEqual([
      { key: 'expiring' },
    ]);
  });

  it('waits for the answer of a request holding the key in another process, and answers with it', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    const first = await send(tenant, batch, keyed('running'));
    const answer = await claimStillRunning(service, tenant, 'running');

    const retry = send(tenant, batch, keyed('running'));
    await sleep(300);
    await service.database.db.idempotentRequest.update({ where: keyRow(tenant, 'running'), data: { state: 'done', response: answer } });
    const answered = await retry;
    expect(answered.status).toBe(200);
    expect(replayed(answered)).toBe(true);
    expect(answered.data).toEqual(first.data);
    expect(await interactionCount(service, tenant)).toBe(1);
  });

  it('answers 409 when the request holding the key runs past the longest wait, and takes over a claim whose process died', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(shortLived);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    const viaShortLived = () => send(tenant, batch, keyed('held'), undefined, shortLived);
    expect((await viaShortLived()).status).toBe(200);
    await claimStillRunning(shortLived, tenant, 'held');

    const started = Date.now();
    const stillRunning = await viaShortLived();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expectConflict(stillRunning, 'IDEMPOTENCY_KEY_IN_USE');
    expect(stillRunning.headers?.get('retry-after')).toBe('1');
    expect(await interactionCount(shortLived, tenant)).toBe(1);

    // Once the lease its dead process stopped renewing runs out, the key is taken over and the request runs.
    await shortLived.database.db.idempotentRequest.update({ where: keyRow(tenant, 'held'), data: { expiresTime: BigInt(Date.now() - 1) } });
    const takenOver = await viaShortLived();
    expect(takenOver.status).toBe(200);
    expect(replayed(takenOver)).toBe(false);
    expect(await interactionCount(shortLived, tenant)).toBe(2);
  });

  it('refuses a key that is malformed or means nothing for the operation with 400', async () => {
    const { tenant, organizer } = await tenantWithOrganizer(service);
    const batch = batchWithoutNaturalKeys(organizer, 'Hobbiton');
    for (const malformed of ['', 'x'.repeat(256), 'clé'])
      expectRefused(await send(tenant, batch, keyed(malformed)), 'INVALID_IDEMPOTENCY_KEY');
    expect((await send(tenant, batch, keyed('x'.repeat(255)))).status).toBe(200);
    expectRefused(await service.graphql(tenant, LIMITS, undefined, keyed('a-query')), 'IDEMPOTENCY_KEY_NOT_APPLICABLE');
    // Its answer holds a secret, which is never stored.
    const apiKey = await service.graphql(tenant, CREATE_API_KEY, { input: { role: 'WRITER' } }, keyed('new-key'));
    expectRefused(apiKey, 'IDEMPOTENCY_KEY_NOT_APPLICABLE');
    expect(await service.database.db.apiKey.count({ where: { tenantId: tenant } })).toBe(0);
  });
});
