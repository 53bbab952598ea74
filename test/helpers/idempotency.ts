// Shared pieces of the Idempotency-Key suites.
import { expect } from 'vitest';
import { createDemoPeople, lunch } from './interactions.ts';
import { demoTenant } from './demo.ts';
import type { GraphQLResponse, TestService } from './test-service.ts';
import type { InteractionInput } from '../generated/operations/graphql.ts';

export const keyed = (key: string, headers: Record<string, string> = {}) => ({ 'Idempotency-Key': key, ...headers });

/** Lunches without crosswalks or id attributes: only the key tells a retry from a new batch. */
export const batchWithoutNaturalKeys = (organizer: string, ...places: string[]): InteractionInput[] =>
  places.map((place) => lunch(organizer, { attributes: [{ name: 'Place', values: [place] }] }));

/** The stored row of a tenant's key. */
export const keyRow = (tenantId: string, key: string) => ({ tenantId_key: { tenantId, key } });

export const replayed = (response: GraphQLResponse<unknown>) => response.headers?.get('idempotent-replayed') === 'true';

export function expectConflict(response: GraphQLResponse<unknown>, reason: string) {
  expect(response.status).toBe(409);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT', reason }) })]);
}

/** A demo tenant with the Reltio example's people; the organizer's URI. */
export async function tenantWithOrganizer(on: TestService): Promise<{ tenant: string; organizer: string }> {
  const tenant = await demoTenant(on);
  return { tenant, organizer: (await createDemoPeople(on, tenant)).john };
}

/** Turns the key's stored answer back into the claim of a request still running in another process; returns the answer. */
export async function claimStillRunning(on: TestService, tenant: string, key: string): Promise<string | null> {
  const { response } = await on.database.db.idempotentRequest.findUniqueOrThrow({ where: keyRow(tenant, key) });
  await on.database.db.idempotentRequest.update({
    where: keyRow(tenant, key),
    data: { state: 'pending', response: null, expiresTime: BigInt(Date.now() + 60_000) },
  });
  return response;
}
