import type { ServiceContext } from '../context/service-context.ts';
import { sourceByReference } from '../configuration/references.ts';
import type { InteractionModel } from './interaction-model.ts';
import { interactionIdFromUri } from '../uris/uris.ts';

/** An interaction by URI; null for a URI that is not an interaction of the tenant. */
export async function findInteraction(ctx: ServiceContext, uri: string): Promise<InteractionModel | null> {
  const id = interactionIdFromUri(uri);
  return id ? ctx.loaders.interactionById.load(id) : null;
}

/** The interaction holding a crosswalk; null when the source or the crosswalk is unknown. */
export async function findInteractionByCrosswalk(
  ctx: ServiceContext,
  sourceReference: string,
  value: string,
): Promise<InteractionModel | null> {
  const source = sourceByReference(await ctx.configuration(), sourceReference);
  const id = source ? await ctx.loaders.interactionIdByCrosswalk.load({ sourceId: source.id, value }) : null;
  return id ? ctx.loaders.interactionById.load(id) : null;
}
