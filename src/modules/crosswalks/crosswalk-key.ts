import { compositeKey } from '../../db/batching.ts';

/** The key of a crosswalk: its source and value, as maps and DataLoader caches hold it. */
export const crosswalkKey = (crosswalk: { sourceId: string; value: string }) => compositeKey(crosswalk.sourceId, crosswalk.value);
