// What the createInteractions suites share: expected errors, and helpers bound to the
// suite's service (the service itself is started by each suite's beforeAll).
import { expect } from 'vitest';
import { demoTenant } from './demo.ts';
import { createDemoPeople, createInteractions, interactionCount, lunch, readInteraction, type DemoPeople } from './interactions.ts';
import type { TestService } from './test-service.ts';
import type { CreateInteractionsMutation, CreateOptions, InteractionInput } from '../generated/operations/graphql.ts';

export const LUNCH = 'configuration/interactionTypes/Lunch';
export const INDIVIDUAL = 'configuration/entityTypes/Individual';
export const ID = '[0-9A-Za-z]{12}';
export const REPLAY_DETAIL =
  'Failed to create interaction, because such crosswalk already exists. System and value parameters pair should be unique.';

/** What a test expects of one error: its code, name and path. */
export interface ExpectedError {
  code: number;
  name: string;
  path: string[];
}

type CreateResult = CreateInteractionsMutation['createInteractions'][number];

/** The result, failing the test unless its input was created: then its uri and object are there. */
export function asCreated(result: CreateResult | undefined) {
  if (result?.status !== 'OK' || result.uri === null || result.object === null)
    throw new Error(`interaction not created: ${JSON.stringify(result)}`);
  return { ...result, uri: result.uri, object: result.object };
}

export const error = (code: number, name: string, ...path: string[]): ExpectedError => ({ code, name, path });

/** Helpers over the suite's service, read when called (it is started in beforeAll). */
export function createInteractionsHelpers(service: () => TestService) {
  const create = (tenant: string, interactions: InteractionInput[], options?: CreateOptions, headers?: Record<string, string>) =>
    createInteractions(service(), tenant, interactions, options, headers);

  /** A demo tenant with the Reltio example's people and HCO. */
  async function tenantWithPeople(): Promise<{ tenant: string; people: DemoPeople }> {
    const tenant = await demoTenant(service());
    return { tenant, people: await createDemoPeople(service(), tenant) };
  }

  /**
   * Sends the inputs as one batch and checks each result against `expected` (null: created;
   * else exactly these errors), that every failed input wrote nothing (the store holds one
   * interaction per OK result) and that every created one is stored as it was returned.
   */
  async function expectBatch(tenant: string, inputs: InteractionInput[], expected: Array<ExpectedError[] | null>) {
    expect(inputs).toHaveLength(expected.length);
    const results = await create(tenant, inputs);
    expect(results.map((result) => result.index)).toEqual(inputs.map((_, index) => index));
    expect(results.map((result) => result.errors.map(({ code, name, path }) => ({ code, name, path })))).toEqual(
      expected.map((errors) => errors ?? []),
    );
    for (const [index, result] of results.entries()) {
      if (expected[index]) {
        expect(result).toMatchObject({ status: 'FAILED', successful: false, uri: null, object: null });
        for (const problem of result.errors) expect(problem.severity).toBe('ERROR');
      } else {
        expect(result).toMatchObject({ status: 'OK', successful: true, uri: expect.stringMatching(new RegExp(`^interactions/${ID}$`)) });
        expect(await readInteraction(service(), tenant, result.uri!)).toEqual(result.object);
      }
    }
    expect(await interactionCount(service(), tenant)).toBe(expected.filter((errors) => errors === null).length);
    return results;
  }

  /** The Place values a batch's neighbours carry, so the right inputs are seen to be written. */
  const before = (people: DemoPeople) => lunch(people.john, { attributes: [{ name: 'Place', values: ['Before'] }] });
  const after = (people: DemoPeople) => lunch(people.john, { attributes: [{ name: 'Place', values: ['After'] }] });

  return { create, tenantWithPeople, expectBatch, before, after };
}
