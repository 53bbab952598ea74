// Every URI of the service, built and read here only: configuration objects and stored
// objects in the Reltio style, scoped to the caller's tenant.

type ConfigurationKind = 'sources' | 'entityTypes' | 'interactionTypes';

const configurationPrefix = (kind: ConfigurationKind) => `configuration/${kind}/`;

export const sourceUri = (name: string) => `${configurationPrefix('sources')}${name}`;
export const entityTypeUri = (name: string) => `${configurationPrefix('entityTypes')}${name}`;
export const interactionTypeUri = (name: string) => `${configurationPrefix('interactionTypes')}${name}`;
export const participantUri = (typeName: string, name: string) => `${interactionTypeUri(typeName)}/participants/${name}`;
export const entityAttributeUri = (typeName: string, name: string) => `${entityTypeUri(typeName)}/attributes/${name}`;
export const interactionAttributeUri = (typeName: string, name: string) => `${interactionTypeUri(typeName)}/attributes/${name}`;

/** The name a configuration URI ends in, when it has the expected prefix; null otherwise. */
export function nameFromUri(uri: string, kind: ConfigurationKind): string | null {
  const prefix = configurationPrefix(kind);
  return uri.startsWith(prefix) && !uri.slice(prefix.length).includes('/') && uri.length > prefix.length ? uri.slice(prefix.length) : null;
}

/** A configuration object's URI from a reference that is its name or its URI already. */
export function configurationUri(reference: string, kind: ConfigurationKind): string {
  return reference.startsWith(configurationPrefix(kind)) ? reference : `${configurationPrefix(kind)}${reference}`;
}

/** The name a configuration URI or a plain name stands for (a name stays as it is). */
export function configurationName(reference: string, kind: ConfigurationKind): string {
  return reference.startsWith(configurationPrefix(kind)) ? reference.slice(configurationPrefix(kind).length) : reference;
}

/**
 * A participant reference as requests give it: a name (`Chefs`), or a URI that also names
 * its interaction type (`configuration/interactionTypes/Lunch/participants/Chefs`).
 */
export function parseParticipantReference(reference: string): { interactionTypeName: string | null; name: string } {
  const match = /^configuration\/interactionTypes\/([^/]+)\/participants\/([^/]+)$/.exec(reference);
  return match ? { interactionTypeName: match[1]!, name: match[2]! } : { interactionTypeName: null, name: reference };
}

const ID = '[0-9A-Za-z]{1,32}';

export const entityUri = (id: string) => `entities/${id}`;
export const interactionUri = (id: string) => `interactions/${id}`;

/** The id in an entity URI, or null when the URI is not an entity's. */
export function entityIdFromUri(uri: string): string | null {
  return new RegExp(`^entities/(${ID})$`).exec(uri)?.[1] ?? null;
}

/** The id in an interaction URI, or null when the URI is not an interaction's. */
export function interactionIdFromUri(uri: string): string | null {
  return new RegExp(`^interactions/(${ID})$`).exec(uri)?.[1] ?? null;
}

/** `{object URI}/attributes/{name}/{valueId}` */
export const attributeValueUri = (ownerUri: string, attributeName: string, valueId: string) =>
  `${ownerUri}/attributes/${attributeName}/${valueId}`;
/** `{object URI}/crosswalks/{crosswalkId}` */
export const crosswalkUri = (ownerUri: string, crosswalkId: string) => `${ownerUri}/crosswalks/${crosswalkId}`;
/** `interactions/{id}/members/{participant}` */
export const memberGroupUri = (interactionUri: string, participantName: string) => `${interactionUri}/members/${participantName}`;
