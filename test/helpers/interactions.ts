// Shared pieces of the createInteractions tests: the operations, the people of the Reltio
// "Create Interactions" examples, and small input builders.
import { CREATE_ENTITIES, demoDocument, individual } from './demo.ts';
import { graphql } from '../generated/operations/index.ts';
import type {
  AttributeInput,
  ConfigurationInput,
  CreateInteractionsMutation,
  CreateOptions,
  CrosswalkInput,
  EntityInput,
  InteractionInput,
  InteractionTypeInput,
  MemberGroupInput,
} from '../generated/operations/graphql.ts';
import type { GraphQLResponse, TestService } from './test-service.ts';

/** Every field of an interaction, as createInteractions returns it and reads give it back. */
graphql(`
  fragment InteractionFields on Interaction {
    uri
    type {
      uri
    }
    timestamp
    createdTime
    updatedTime
    createdBy
    updatedBy
    attributes {
      name
      type {
        uri
      }
      values {
        uri
        value
      }
    }
    crosswalks {
      uri
      source {
        uri
      }
      value
      createdTime
    }
    members {
      uri
      participant {
        uri
        name
      }
      members {
        objectURI
        type
        label
      }
    }
  }
`);

export const CREATE_INTERACTIONS = graphql(`
  mutation CreateInteractions($interactions: [InteractionInput!]!, $options: CreateOptions) {
    createInteractions(interactions: $interactions, options: $options) {
      index
      uri
      status
      successful
      errors {
        code
        name
        severity
        message
        detail
        path
        existingUri
        identicalToExisting
      }
      warnings {
        code
        name
        severity
        message
        path
      }
      object {
        ...InteractionFields
      }
    }
  }
`);

export const READ_INTERACTION = graphql(`
  query ReadInteraction($uri: String!) {
    interaction(uri: $uri) {
      ...InteractionFields
    }
  }
`);

const READ_BY_CROSSWALK = graphql(`
  query ReadInteractionByCrosswalk($source: String!, $value: String!) {
    interactionByCrosswalk(source: $source, value: $value) {
      uri
      crosswalks {
        source {
          uri
        }
        value
      }
    }
  }
`);

export const APPLY_CONFIGURATION = graphql(`
  mutation ApplyConfiguration($input: ConfigurationInput!, $mode: ApplyMode!) {
    applyConfiguration(input: $input, mode: $mode) {
      ok
      errors {
        code
        name
        message
        path
      }
    }
  }
`);

/** The people and organisation of the Reltio examples, by role; values are entity URIs. */
export interface DemoPeople {
  /** John Smith, Salesforce EMP_600000: the organizer. */
  john: string;
  /** Ann Roman, Salesforce EMP_1000072: the chef. */
  ann: string;
  san: string;
  josh: string;
  marc: string;
  /** The HCO named ForAttributeInteraction, found through ExhibitionEvent's attribute mapping. */
  hco: string;
}

export const hco = (name: string) => ({ type: 'configuration/entityTypes/HCO', attributes: [{ name: 'Name', values: [name] }] });

/** Creates entities, failing the test unless every one is created; returns their URIs in input order. */
export async function createEntitiesOrThrow(service: TestService, tenant: string, entities: EntityInput[]): Promise<string[]> {
  const response = await service.graphql(tenant, CREATE_ENTITIES, { entities, options: { returnObjects: false } });
  const results = response.data?.createEntities;
  if (!results || results.some((result) => result.status !== 'OK')) throw new Error(`entities not created: ${JSON.stringify(response)}`);
  return results.map((result) => result.uri!);
}

/** Creates the Reltio example's people (with the example's Salesforce crosswalks) and its HCO. */
export async function createDemoPeople(service: TestService, tenant: string): Promise<DemoPeople> {
  const [john, ann, san, josh, marc, hcoUri] = await createEntitiesOrThrow(service, tenant, [
    individual('John Smith', 'EMP_600000'),
    individual('Ann Roman', 'EMP_1000072'),
    individual('San Dunn'),
    individual('Josh May'),
    individual('Marc Jack'),
    hco('ForAttributeInteraction'),
  ]);
  return { john: john!, ann: ann!, san: san!, josh: josh!, marc: marc!, hco: hcoUri! };
}

/** Posts createInteractions; throws on a request-level failure, else returns the per-input results. */
export async function createInteractions(
  service: TestService,
  tenant: string,
  interactions: InteractionInput[],
  options?: CreateOptions,
  headers?: Record<string, string>,
): Promise<CreateInteractionsMutation['createInteractions']> {
  const response = await service.graphql(tenant, CREATE_INTERACTIONS, { interactions, options }, headers);
  if (response.status !== 200 || !response.data)
    throw new Error(`createInteractions failed: ${response.status} ${JSON.stringify(response.errors)}`);
  return response.data.createInteractions;
}

/** Posts createInteractions and returns the raw response, for request-level failures. */
export function postCreateInteractions(
  service: TestService,
  tenant: string,
  interactions: InteractionInput[],
  options?: CreateOptions,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<CreateInteractionsMutation>> {
  return service.graphql(tenant, CREATE_INTERACTIONS, { interactions, options }, headers);
}

export async function readInteraction(service: TestService, tenant: string, uri: string) {
  const response = await service.graphql(tenant, READ_INTERACTION, { uri });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.interaction;
}

export async function readByCrosswalk(service: TestService, tenant: string, source: string, value: string) {
  const response = await service.graphql(tenant, READ_BY_CROSSWALK, { source, value });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.interactionByCrosswalk;
}

/** Interaction rows the tenant has in the store. */
export const interactionCount = (service: TestService, tenantId: string) => service.database.db.interaction.count({ where: { tenantId } });

/** A minimal valid Lunch: the organizer given by objectURI, optionally more attributes, members and crosswalks. */
export function lunch(
  organizer: string,
  more: { attributes?: AttributeInput[]; members?: MemberGroupInput[]; crosswalks?: CrosswalkInput[]; timestamp?: number | string } = {},
): InteractionInput {
  return {
    type: 'configuration/interactionTypes/Lunch',
    ...(more.timestamp !== undefined ? { timestamp: more.timestamp } : {}),
    attributes: more.attributes ?? [{ name: 'Place', values: ['Shire, Bag End in Hobbiton'] }],
    members: [{ participant: 'Organizers', members: [{ objectURI: organizer }] }, ...(more.members ?? [])],
    ...(more.crosswalks ? { crosswalks: more.crosswalks } : {}),
  };
}

export const exhibition = (name?: string): InteractionInput => ({
  type: 'configuration/interactionTypes/ExhibitionEvent',
  timestamp: 1780576191519,
  attributes: name === undefined ? [] : [{ name: 'EXHBT_NAME', values: [name] }],
});

/** The demo document's definition of an interaction type, changed by `change` (for MERGE applies). */
export function demoInteractionType(name: string, change: (type: InteractionTypeInput) => void): InteractionTypeInput {
  const type = structuredClone(demoDocument.interactionTypes?.find((candidate) => candidate.name === name));
  if (!type) throw new Error(`the demo configuration has no interaction type ${name}`);
  change(type);
  return type;
}

/** Applies a configuration document in MERGE mode, failing the test when it is refused. */
export async function mergeConfiguration(service: TestService, tenant: string, input: ConfigurationInput): Promise<void> {
  const response = await service.graphql(tenant, APPLY_CONFIGURATION, { input, mode: 'MERGE' });
  if (!response.data?.applyConfiguration.ok) throw new Error(`configuration not applied: ${JSON.stringify(response)}`);
}

/** Names of each result's errors, in input order. */
export const errorNames = (results: ReadonlyArray<{ errors: ReadonlyArray<{ name: string }> }>) =>
  results.map((result) => result.errors.map((error) => error.name));
