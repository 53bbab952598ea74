// Finding configuration objects by the name or URI a request gives.
import type { ConfigurationSnapshot, EntityTypeModel, InteractionTypeModel, SourceModel } from './model.ts';
import { entityTypeUri, interactionTypeUri, sourceUri } from './uris.ts';

const asUri = (reference: string, prefix: string, toUri: (name: string) => string) =>
  reference.startsWith(prefix) ? reference : toUri(reference);

export const sourceByReference = (snapshot: ConfigurationSnapshot, reference: string): SourceModel | undefined =>
  snapshot.sourceByUri.get(asUri(reference, 'configuration/sources/', sourceUri));

export const entityTypeByReference = (snapshot: ConfigurationSnapshot, reference: string): EntityTypeModel | undefined =>
  snapshot.entityTypeByUri.get(asUri(reference, 'configuration/entityTypes/', entityTypeUri));

export const interactionTypeByReference = (snapshot: ConfigurationSnapshot, reference: string): InteractionTypeModel | undefined =>
  snapshot.interactionTypeByUri.get(asUri(reference, 'configuration/interactionTypes/', interactionTypeUri));
