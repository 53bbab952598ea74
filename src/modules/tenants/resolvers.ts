import { forbidden } from '../access/auth-errors.ts';
import { mayActOn } from '../access/principal.ts';
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { listTenants, provisionTenant } from './tenant-service.ts';

export const tenantResolvers: Resolvers = {
  Query: {
    tenants: (_, __, ctx) => {
      const scope = ctx.principal.tenants;
      return listTenants(ctx.db, scope.kind === 'all' ? undefined : scope.kind === 'one' ? [scope.tenantId] : scope.tenantIds);
    },
  },
  Mutation: {
    createTenant: async (_, { id }, ctx) => {
      // An operator provisions only tenants it may act on, or it could not configure them.
      if (!mayActOn(ctx.principal, id)) throw forbidden(`the credential may not act on tenant ${id}`, { reason: 'TENANT_MISMATCH' });
      const created = await provisionTenant(ctx.db, id);
      const [tenant] = await listTenants(ctx.db, [id]);
      ctx.logger.info({ tenantId: id, created }, created ? 'provisioned a tenant' : 'tenant already provisioned');
      return { tenant: tenant!, created };
    },
  },
  Tenant: {
    configurationVersion: (tenant) => tenant.configVersion,
  },
};
