import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { MAX_PAGE_SIZE } from '../paging/pagination.ts';

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => {
      const { subject, role, credential } = ctx.principal;
      if (credential === 'command-line') throw new Error('command-line tools do not ask who they are');
      return { subject, role, credential, tenant: ctx.hasTenant ? ctx.tenantId : null };
    },
    limits: (_, __, { settings }) => ({
      maxBatchSize: settings.MAX_BATCH_SIZE,
      maxValuesPerAttribute: settings.MAX_VALUES_PER_ATTRIBUTE,
      maxMembersPerParticipant: settings.MAX_MEMBERS_PER_PARTICIPANT,
      maxCrosswalksPerObject: settings.MAX_CROSSWALKS_PER_OBJECT,
      maxRequestValues: settings.MAX_REQUEST_VALUES,
      maxBodyBytes: settings.MAX_BODY_BYTES,
      maxDepth: settings.MAX_DEPTH,
      maxAliases: settings.MAX_ALIASES,
      maxTokens: settings.MAX_TOKENS,
      maxDirectives: settings.MAX_DIRECTIVES,
      maxCost: settings.MAX_COST,
      maxPageSize: MAX_PAGE_SIZE,
      rateLimitRequests: settings.RATE_LIMIT_REQUESTS,
      rateLimitWindowSeconds: settings.RATE_LIMIT_WINDOW_SECONDS,
      idempotencyRetentionSeconds: settings.IDEMPOTENCY_RETENTION_SECONDS,
    }),
  },
};
