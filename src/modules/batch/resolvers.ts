import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import type { ItemOutcome } from './item-result.ts';

// status and successful follow from the errors, so they cannot disagree with them.
const outcomeFields = {
  status: (outcome: ItemOutcome<unknown>) => (outcome.errors.length ? ('FAILED' as const) : ('OK' as const)),
  successful: (outcome: ItemOutcome<unknown>) => outcome.errors.length === 0,
};

export const batchResolvers: Resolvers = {
  EntityResult: outcomeFields,
  DeleteResult: outcomeFields,
  InteractionResult: outcomeFields,
  TrackResult: outcomeFields,
};
