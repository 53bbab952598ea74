/**
 * Roles, each including the ones before it: a writer also reads, an admin also writes, and an
 * operator is an admin of every tenant it may act on who also provisions tenants.
 */
export const ROLES = ['reader', 'writer', 'admin', 'operator'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a caller holding `held` may do what needs `required`. */
export function includesRole(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** The highest of the given roles, or null when none is a role of this service. */
export function highestRole(values: readonly unknown[]): Role | null {
  const roles = values.filter(isRole);
  return roles.length ? roles.reduce((best, role) => (includesRole(role, best) ? role : best)) : null;
}
