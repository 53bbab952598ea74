import { forbidden } from '../access/auth-errors.ts';
import { includesRole } from '../access/roles.ts';
import { requestError } from '../../errors/request-errors.ts';
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key-service.ts';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_, __, ctx) => listApiKeys(ctx.db, ctx.tenantId),
  },
  Mutation: {
    createApiKey: async (_, { input }, ctx) => {
      // Operator keys act beyond one tenant: the operator's own tool makes them, never a request.
      if (input.role === 'operator' || !includesRole(ctx.principal.role, input.role)) {
        throw forbidden(`a key of role ${input.role} cannot be made here`, { reason: 'ROLE_REQUIRED' });
      }
      const created = await createApiKey(ctx.db, {
        tenantId: ctx.tenantId,
        role: input.role,
        name: input.name,
        createdBy: ctx.caller,
        expiresInDays: input.expiresInDays,
      });
      ctx.logger.info({ apiKey: created.apiKey.id, role: created.apiKey.role }, 'created an API key');
      return created;
    },
    revokeApiKey: async (_, { id }, ctx) => {
      const revoked = await revokeApiKey(ctx.db, id, ctx.tenantId);
      if (!revoked) throw requestError('NOT_FOUND', `the tenant has no API key ${id}`);
      ctx.logger.info({ apiKey: id }, 'revoked an API key');
      return revoked;
    },
  },
  ApiKey: {
    tenant: (key) => key.tenantId,
  },
};
