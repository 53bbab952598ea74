// createInteractions' and interaction's answers in the shapes of Reltio's documentation:
// attributes keyed by name, members keyed by member type, URIs as `URI`.
import type { GraphQLCreateResult, GraphQLInteraction } from './graphql-results.ts';
import { memberTypeOfParticipant } from './member-types.ts';
import { reltioItemError, type ReltioError } from './reltio-errors.ts';

export interface ReltioInteraction {
  URI: string;
  type: string;
  createdBy: string;
  createdTime: number;
  updatedTime: number;
  timestamp: number;
  attributes: Record<string, Array<{ type: string; value: string | number | boolean; URI: string }>>;
  crosswalks: Array<{ URI: string; type: string; value: string }>;
  members: Record<string, { URI: string; type: string; members: Array<{ objectURI: string; type: string; label: string | null }> }>;
}

export type ReltioCreateResult =
  | { index: number; URI: string; object?: ReltioInteraction; warning?: string; status: 'OK' }
  | { index: number; errors: ReltioError; successful: false; status: 'failed' };

export function reltioInteraction(interaction: GraphQLInteraction): ReltioInteraction {
  return {
    URI: interaction.uri,
    type: interaction.type.uri,
    createdBy: interaction.createdBy,
    createdTime: interaction.createdTime,
    updatedTime: interaction.updatedTime,
    timestamp: interaction.timestamp,
    attributes: Object.fromEntries(
      interaction.attributes.map((attribute) => [
        attribute.name,
        attribute.values.map(({ uri, value }) => ({ type: attribute.type.uri, value, URI: uri })),
      ]),
    ),
    crosswalks: interaction.crosswalks.map(({ uri, source, value }) => ({ URI: uri, type: source.uri, value })),
    members: Object.fromEntries(
      interaction.members.map((group) => [
        group.participant.name,
        { URI: group.uri, type: memberTypeOfParticipant(group.participant.uri), members: group.members },
      ]),
    ),
  };
}

/**
 * One item's outcome: created (with its object unless returnObjects=false, and its warnings as
 * one `warning`), or failed. `item` is the item as the request body gave it.
 */
export function reltioCreateResult(result: GraphQLCreateResult, item: unknown): ReltioCreateResult {
  const { index, uri, object, warnings } = result;
  if (!result.successful || uri === null)
    return { index, errors: reltioItemError(result.errors, item), successful: false, status: 'failed' };
  return {
    index,
    URI: uri,
    ...(object ? { object: reltioInteraction(object) } : {}),
    ...(warnings.length ? { warning: warnings.map((warning) => warning.message).join('; ') } : {}),
    status: 'OK',
  };
}
