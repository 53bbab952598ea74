import type { ConfigurationSnapshot, SourceModel } from '../configuration/model.ts';
import { crosswalkUri } from '../uris/uris.ts';

export interface CrosswalkModel {
  uri: string;
  source: SourceModel;
  value: string;
  createdTime: bigint;
}

/** Stored crosswalks of an object as reads return them. */
export function crosswalkModels(
  ownerUri: string,
  snapshot: ConfigurationSnapshot,
  crosswalks: ReadonlyArray<{ id: string; sourceId: string; value: string; createdTime: bigint }>,
): CrosswalkModel[] {
  return crosswalks.map((crosswalk) => ({
    uri: crosswalkUri(ownerUri, crosswalk.id),
    source: snapshot.sourceById.get(crosswalk.sourceId)!,
    value: crosswalk.value,
    createdTime: crosswalk.createdTime,
  }));
}
