import type { Db } from '../../db/client.ts';
import { createEntityLoaders } from '../entities/entity-loaders.ts';
import { createInteractionLoaders } from '../interactions/interaction-loaders.ts';

/** Every batched lookup of one request, bound to its tenant; made anew for each request. */
export function createLoaders(db: Db, tenantId: string) {
  return { ...createEntityLoaders(db, tenantId), ...createInteractionLoaders(db, tenantId) };
}

export type Loaders = ReturnType<typeof createLoaders>;
