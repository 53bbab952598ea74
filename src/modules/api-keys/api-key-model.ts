import type { Role } from '../access/roles.ts';

/** An API key as callers see it: everything but its secret. */
export interface ApiKeyModel {
  id: string;
  tenantId: string | null;
  name: string;
  role: Role;
  createdTime: bigint;
  createdBy: string;
  expiresTime: bigint | null;
  revokedTime: bigint | null;
  lastUsedTime: bigint | null;
}

export const API_KEY_FIELDS = {
  id: true,
  tenantId: true,
  name: true,
  role: true,
  createdTime: true,
  createdBy: true,
  expiresTime: true,
  revokedTime: true,
  lastUsedTime: true,
} as const;
