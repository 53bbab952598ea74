import type { Role } from './roles.ts';

/** The tenants a credential may act on: one, a list (operators), or all (operators). */
export type TenantScope = { kind: 'one'; tenantId: string } | { kind: 'some'; tenantIds: readonly string[] } | { kind: 'all' };

/** Who is calling, as established from a credential (or by development mode). */
export interface Principal {
  /** Recorded as createdBy / updatedBy. */
  subject: string;
  role: Role;
  tenants: TenantScope;
  credential: 'jwt' | 'api-key' | 'development' | 'command-line';
  /** What the rate limit counts requests against: one budget per credential. */
  rateLimitKey: string;
}

/** Whether the principal may act on the tenant. */
export function mayActOn(principal: Principal, tenantId: string): boolean {
  const scope = principal.tenants;
  if (scope.kind === 'all') return true;
  return scope.kind === 'one' ? scope.tenantId === tenantId : scope.tenantIds.includes(tenantId);
}

/** The principal of the operator's own command-line tools, which act on the database directly. */
export function commandLinePrincipal(subject = 'command-line'): Principal {
  return { subject, role: 'operator', tenants: { kind: 'all' }, credential: 'command-line', rateLimitKey: subject };
}
