// Finding configuration objects by the name or URI a request gives.
import type { ConfigurationSnapshot, EntityTypeModel, InteractionTypeModel, SourceModel } from './model.ts';
import { configurationUri } from '../uris/uris.ts';

export const sourceByReference = (snapshot: ConfigurationSnapshot, reference: string): SourceModel | undefined =>
  snapshot.sourceByUri.get(configurationUri(reference, 'sources'));

export const entityTypeByReference = (snapshot: ConfigurationSnapshot, reference: string): EntityTypeModel | undefined =>
  snapshot.entityTypeByUri.get(configurationUri(reference, 'entityTypes'));

export const interactionTypeByReference = (snapshot: ConfigurationSnapshot, reference: string): InteractionTypeModel | undefined =>
  snapshot.interactionTypeByUri.get(configurationUri(reference, 'interactionTypes'));
