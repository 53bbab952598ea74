// What the id-attribute key suites share: EmailOpened inputs (keyed by MessageId in the demo
// configuration), the configuration operations a re-key goes through, and helpers bound to
// the suite's service.
import { asCreated } from './create-interactions.ts';
import { createInteractions, demoInteractionType, readInteraction } from './interactions.ts';
import type { TestService } from './test-service.ts';
import { graphql } from '../generated/operations/index.ts';
import type { InteractionInput } from '../generated/operations/graphql.ts';

export const EMAIL_OPENED = 'configuration/interactionTypes/EmailOpened';
export const OPENED = Date.parse('2024-05-01T10:00:00Z');
export const LATER = OPENED + 60_000;

export const UPDATE_TYPE = graphql(`
  mutation DedupKeysUpdateType($uri: String!, $input: InteractionTypeInput!, $rekey: Boolean!) {
    updateInteractionType(uri: $uri, input: $input, rekey: $rekey) {
      ok
      changed
      configurationVersion
      errors {
        code
        name
        message
        path
      }
    }
  }
`);

export const APPLY = graphql(`
  mutation DedupKeysApply($input: ConfigurationInput!, $rekey: Boolean!) {
    applyConfiguration(input: $input, mode: MERGE, rekey: $rekey) {
      ok
      changed
      configurationVersion
      errors {
        code
        name
        message
        path
      }
      notes
    }
  }
`);

const STATE = graphql(`
  query DedupKeysState {
    configurationVersion
    interactionType(uri: "configuration/interactionTypes/EmailOpened") {
      idAttributes
    }
  }
`);

export const emailOpened = (messageId: string, timeOpened = OPENED): InteractionInput => ({
  type: EMAIL_OPENED,
  attributes: [
    { name: 'MessageId', values: [messageId] },
    { name: 'TimeOpened', values: [timeOpened] },
  ],
});

export const emailOpenedKeyedBy = (idAttributes: string[]) =>
  demoInteractionType('EmailOpened', (type) => void (type.idAttributes = idAttributes));

/** The 536 of an input whose EmailOpened MessageId an interaction already has. */
export const keyTaken = (messageId: string, existingUri: string, identicalToExisting: boolean, where = 'already exists') => ({
  code: 536,
  name: 'CROSSWALK_ALREADY_EXISTS',
  message: `Interaction of type ${EMAIL_OPENED} with MessageId ${messageId} ${where}.`,
  path: ['attributes'],
  existingUri,
  identicalToExisting,
});

/** Helpers over the suite's service, read when called (it is started in beforeAll). */
export function dedupKeysHelpers(service: () => TestService) {
  const create = (tenant: string, inputs: InteractionInput[], source?: string) =>
    createInteractions(service(), tenant, inputs, undefined, source ? { 'Source-System': source } : {});
  return {
    create,
    createOne: async (tenant: string, input: InteractionInput, source?: string) => asCreated((await create(tenant, [input], source))[0]),
    crosswalksOf: async (tenant: string, uri: string) =>
      (await readInteraction(service(), tenant, uri))?.crosswalks.map(({ source, value }) => ({ source: source.uri, value })),
    state: async (tenant: string) => (await service().graphql(tenant, STATE)).data,
    rekeyEmailOpened: async (tenant: string, idAttributes: string[], rekey: boolean) =>
      (await service().graphql(tenant, UPDATE_TYPE, { uri: EMAIL_OPENED, input: emailOpenedKeyedBy(idAttributes), rekey })).data
        ?.updateInteractionType,
    /** The manual backfill: a re-key asked for with nothing to change. */
    backfill: async (tenant: string) => (await service().graphql(tenant, APPLY, { input: {}, rekey: true })).data?.applyConfiguration,
  };
}
