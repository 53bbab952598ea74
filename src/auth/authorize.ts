import { requestError } from '../errors/request-errors.ts';
import { forbidden } from './auth-errors.ts';
import type { Principal } from './principal.ts';
import { includesRole, type Role } from './roles.ts';

/**
 * Refuses what the principal may not do: 403 without the role, 400 when the operation acts
 * on a tenant and the request names none. Every protocol of the service asks this.
 */
export function authorize(principal: Principal, hasTenant: boolean, required: Role, operation: string): void {
  if (!includesRole(principal.role, required)) {
    throw forbidden(`${operation} needs the ${required} role; the credential has ${principal.role}`, { reason: 'ROLE_REQUIRED', requiredRole: required });
  }
  if (required !== 'operator' && !hasTenant) {
    throw requestError('BAD_REQUEST', `${operation} acts on a tenant: name it with the x-tenant-id header`, { reason: 'TENANT_REQUIRED' });
  }
}
