// URIs of configuration objects, in the Reltio style, scoped to the caller's tenant.

export const sourceUri = (name: string) => `configuration/sources/${name}`;
export const entityTypeUri = (name: string) => `configuration/entityTypes/${name}`;
export const interactionTypeUri = (name: string) => `configuration/interactionTypes/${name}`;
export const memberTypeUri = (typeName: string, name: string) => `${interactionTypeUri(typeName)}/memberTypes/${name}`;
export const entityAttributeUri = (typeName: string, name: string) => `${entityTypeUri(typeName)}/attributes/${name}`;
export const interactionAttributeUri = (typeName: string, name: string) => `${interactionTypeUri(typeName)}/attributes/${name}`;

/** The name a configuration URI ends in, when it has the expected prefix; null otherwise. */
export function nameFromUri(uri: string, prefix: 'sources' | 'entityTypes' | 'interactionTypes'): string | null {
  const match = new RegExp(`^configuration/${prefix}/([^/]+)$`).exec(uri);
  return match ? match[1]! : null;
}
