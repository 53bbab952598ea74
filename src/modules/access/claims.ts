import { isTenantId } from '../tenants/tenant-id.ts';
import { forbidden } from './auth-errors.ts';
import type { TenantScope } from './principal.ts';
import { highestRole, type Role } from './roles.ts';

/**
 * A claim by name: the name as a key first (`https://example.com/roles`), then as a dotted
 * path (`realm_access.roles`, as Keycloak nests its roles).
 */
export function claimValue(payload: Record<string, unknown>, name: string): unknown {
  if (name in payload) return payload[name];
  return name
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/** Values of a claim given as a list or as one space- or comma-separated string. */
function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** The highest role a roles claim grants; 403 when it grants none of this service's roles. */
export function roleFromClaim(value: unknown): Role {
  const role = highestRole(listClaim(value));
  if (!role) throw forbidden('the credential grants none of the roles reader, writer, admin, operator');
  return role;
}

/**
 * The tenants a tenant claim allows. Only operators may act on several tenants (a list, or
 * `*` for all); anyone else names exactly one.
 */
export function tenantScopeFromClaim(value: unknown, role: Role): TenantScope {
  const tenants = listClaim(value);
  if (role === 'operator') {
    if (tenants.includes('*')) return { kind: 'all' };
    assertTenantIds(tenants);
    return tenants.length === 1 ? { kind: 'one', tenantId: tenants[0]! } : { kind: 'some', tenantIds: tenants };
  }
  if (tenants.length !== 1) {
    throw forbidden(tenants.length ? 'only operator credentials may act on several tenants' : 'the credential names no tenant');
  }
  assertTenantIds(tenants);
  return { kind: 'one', tenantId: tenants[0]! };
}

function assertTenantIds(tenants: string[]): void {
  if (!tenants.every(isTenantId)) throw forbidden('the credential names a tenant id that is not valid');
}
