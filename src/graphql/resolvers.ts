import { accessResolvers } from '../modules/access/resolvers.ts';
import { apiKeyResolvers } from '../modules/api-keys/resolvers.ts';
import { batchResolvers } from '../modules/batch/resolvers.ts';
import { changeResolvers } from '../modules/changes/resolvers.ts';
import { configurationResolvers } from '../modules/configuration/resolvers.ts';
import { anonymousResolvers } from '../modules/anonymous/resolvers.ts';
import { touchpointResolvers } from '../modules/touchpoints/resolvers.ts';
import { entityResolvers } from '../modules/entities/resolvers.ts';
import { interactionResolvers } from '../modules/interactions/resolvers.ts';
import { tenantResolvers } from '../modules/tenants/resolvers.ts';
import { enumResolvers } from './enums.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { AttributeScalar } from './scalars/attribute-scalar.ts';
import { EpochMillis } from './scalars/epoch-millis.ts';

/** Every module's resolvers, merged into the one map the server takes. */
export const resolvers: Resolvers[] = [
  { EpochMillis, AttributeScalar },
  enumResolvers,
  accessResolvers,
  tenantResolvers,
  apiKeyResolvers,
  configurationResolvers,
  batchResolvers,
  entityResolvers,
  anonymousResolvers,
  touchpointResolvers,
  interactionResolvers,
  changeResolvers,
];
