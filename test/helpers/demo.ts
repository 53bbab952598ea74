import { readFileSync } from 'node:fs';
import { newTenant, type TestService } from './test-service.ts';
import { graphql } from '../generated/operations/index.ts';
import type { AttributeInput, ConfigurationInput, EntityInput } from '../generated/operations/graphql.ts';

export const demoDocument = JSON.parse(readFileSync('prisma/seed/demo-configuration.json', 'utf8')) as ConfigurationInput;

const APPLY_DEMO = graphql(`
  mutation ApplyDemoConfiguration($input: ConfigurationInput!) {
    applyConfiguration(input: $input, mode: REPLACE) {
      ok
    }
  }
`);

/** A new tenant with the demo configuration (Individual, HCO, Lunch, ExhibitionEvent, ...). */
export async function demoTenant(service: TestService, prefix = 'demo'): Promise<string> {
  const tenant = newTenant(prefix);
  const response = await service.graphql(tenant, APPLY_DEMO, { input: demoDocument });
  if (!response.data?.applyConfiguration.ok) throw new Error(`demo configuration not applied: ${JSON.stringify(response)}`);
  return tenant;
}

export const CREATE_ENTITIES = graphql(`
  mutation CreateEntities($entities: [EntityInput!]!, $options: CreateOptions) {
    createEntities(entities: $entities, options: $options) {
      index
      uri
      status
      successful
      errors {
        code
        name
        message
        path
      }
      object {
        uri
        label
        type {
          uri
        }
        createdBy
        attributes {
          name
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
        }
      }
    }
  }
`);

/** An Individual input with a unique Salesforce crosswalk. */
export function individual(
  name: string,
  crosswalk = `SF-${name}-${Math.random().toString(36).slice(2)}`,
  extra: AttributeInput[] = [],
): EntityInput {
  return {
    type: 'configuration/entityTypes/Individual',
    attributes: [{ name: 'FullName', values: [name] }, ...extra],
    crosswalks: [{ source: 'configuration/sources/Salesforce', value: crosswalk }],
  };
}
