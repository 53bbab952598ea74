import { requestError } from '../../errors/request-errors.ts';
import { isTenantId, TENANT_ID_RULE } from '../tenants/tenant-id.ts';
import { forbidden } from './auth-errors.ts';
import { mayActOn, type Principal } from './principal.ts';

/**
 * The tenant a request acts on. It comes from the credential; a requested tenant (the
 * X-Tenant-Id header) only chooses among the tenants of an operator credential, and must
 * otherwise be the credential's own. Null for an operator that names none: it may then only
 * do what needs no tenant (provisioning).
 */
export function selectTenant(principal: Principal, requested: string | undefined): string | null {
  if (requested !== undefined && !isTenantId(requested)) {
    throw requestError('BAD_REQUEST', `the x-tenant-id header names no tenant: ${TENANT_ID_RULE}`);
  }
  const scope = principal.tenants;
  if (requested === undefined) return scope.kind === 'one' ? scope.tenantId : null;
  if (!mayActOn(principal, requested)) {
    throw forbidden(`the credential may not act on tenant ${requested}`, { reason: 'TENANT_MISMATCH' });
  }
  return requested;
}
