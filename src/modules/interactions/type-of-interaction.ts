import type { ConfigurationSnapshot, InteractionTypeModel } from '../configuration/model.ts';
import type { ServiceContext } from '../context/service-context.ts';
import type { InteractionRow } from './interaction-model.ts';

/** The interaction's type in a configuration, which must hold it. */
export function typeIn(snapshot: ConfigurationSnapshot, interaction: Pick<InteractionRow, 'interactionTypeId'>): InteractionTypeModel {
  const type = snapshot.interactionTypeById.get(interaction.interactionTypeId);
  if (!type) throw new Error(`interaction type ${interaction.interactionTypeId} is not in the tenant's configuration`);
  return type;
}

/**
 * The interaction's type: at once when the request has read its configuration (every field of
 * a page after the first), else once it has.
 */
export function typeOfInteraction(
  ctx: ServiceContext,
  interaction: Pick<InteractionRow, 'interactionTypeId'>,
): InteractionTypeModel | Promise<InteractionTypeModel> {
  const snapshot = ctx.loadedConfiguration();
  return snapshot ? typeIn(snapshot, interaction) : ctx.configuration().then((read) => typeIn(read, interaction));
}
