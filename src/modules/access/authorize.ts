import { requestError } from '../../errors/request-errors.ts';
import { forbidden } from './auth-errors.ts';
import type { Principal } from './principal.ts';
import { includesRole, type Role } from './roles.ts';

/** What an operation needs of its caller: a role, and (unless it provisions) a tenant to act on. */
export interface AccessRule {
  role: Role;
  tenant: boolean;
}

/**
 * Refuses what the principal may not do: 403 without the role, 400 when the operation acts
 * on a tenant and the request names none. Every protocol of the service asks this.
 */
export function authorize(principal: Principal, hasTenant: boolean, required: AccessRule, operation: string): void {
  if (!includesRole(principal.role, required.role)) {
    throw forbidden(`${operation} needs the ${required.role} role; the credential has ${principal.role}`, {
      reason: 'ROLE_REQUIRED',
      requiredRole: required.role,
    });
  }
  if (required.tenant && !hasTenant) {
    throw requestError('BAD_REQUEST', `${operation} acts on a tenant: name it with the x-tenant-id header`, { reason: 'TENANT_REQUIRED' });
  }
}
