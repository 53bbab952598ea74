import { configurationResolvers } from '../modules/configuration/resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { EpochMillis } from './scalars/epoch-millis.ts';

/** Every module's resolvers, merged into the one map the server takes. */
export const resolvers: Resolvers[] = [{ EpochMillis }, configurationResolvers];
