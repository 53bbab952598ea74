import type { EntityCrosswalkRecord } from '../../db/client.ts';
import { newId } from '../../db/ids.ts';
import type { PreparedCrosswalk } from './prepare-crosswalks.ts';

/** A crosswalk of an entity or an interaction, without the owner it is read for. */
export type StoredCrosswalk = Pick<EntityCrosswalkRecord, 'id' | 'sourceId' | 'value' | 'createdTime'>;

/** Crosswalks as they are stored, each with a new id, created `now`. */
export const newStoredCrosswalks = (crosswalks: readonly PreparedCrosswalk[], now: bigint): StoredCrosswalk[] =>
  crosswalks.map((crosswalk) => ({ id: newId(), sourceId: crosswalk.source.id, value: crosswalk.value, createdTime: now }));
