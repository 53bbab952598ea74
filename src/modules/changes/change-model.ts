/** An entry of a tenant's change stream, as stored. */
export interface ChangeModel {
  seq: bigint;
  objectType: string;
  objectId: string;
  typeId: string;
  kind: string;
  recordedTime: bigint;
  actor: string;
}

/** Which entries a reader follows: all when a list is null. */
export interface ChangeSelection {
  objectTypes: Array<'interaction' | 'entity'> | null;
  typeIds: string[] | null;
}

/** A page of the stream: the entries read, and the position after which the next page starts. */
export interface ChangePageModel {
  changes: ChangeModel[];
  end: bigint;
  hasMore: boolean;
}
