import { readFileSync } from 'node:fs';
import { newTenant, type TestService } from './test-service.ts';

export const demoDocument = JSON.parse(readFileSync('prisma/seed/demo-configuration.json', 'utf8'));

/** A new tenant with the demo configuration (Individual, HCO, Lunch, ExhibitionEvent, ...). */
export async function demoTenant(service: TestService, prefix = 'demo'): Promise<string> {
  const tenant = newTenant(prefix);
  const response = await service.graphql(
    tenant,
    'mutation($input: ConfigurationInput!) { applyConfiguration(input: $input, mode: REPLACE) { ok } }',
    { input: demoDocument },
  );
  if (!response.data?.applyConfiguration.ok) throw new Error(`demo configuration not applied: ${JSON.stringify(response)}`);
  return tenant;
}

export const CREATE_ENTITIES = `mutation($entities: [EntityInput!]!, $options: CreateOptions) {
  createEntities(entities: $entities, options: $options) {
    index uri status successful
    errors { code name message path }
    object {
      uri label type { uri } createdBy
      attributes { name values { uri value } }
      crosswalks { uri source { uri } value }
    }
  }
}`;

/** An Individual input with a unique Salesforce crosswalk. */
export function individual(
  name: string,
  crosswalk = `SF-${name}-${Math.random().toString(36).slice(2)}`,
  extra: Array<{ name: string; values: unknown[] }> = [],
) {
  return {
    type: 'configuration/entityTypes/Individual',
    attributes: [{ name: 'FullName', values: [name] }, ...extra],
    crosswalks: [{ source: 'configuration/sources/Salesforce', value: crosswalk }],
  };
}
