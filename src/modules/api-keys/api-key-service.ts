import { invalidCredential } from '../access/auth-errors.ts';
import type { Principal } from '../access/principal.ts';
import { isRole, type Role } from '../access/roles.ts';
import type { Db } from '../../db/client.ts';
import { requestError } from '../../errors/request-errors.ts';
import { findTenantVersion, unknownTenant } from '../tenants/tenant-service.ts';
import { API_KEY_FIELDS, type ApiKeyModel } from './api-key-model.ts';
import { apiKeyId, apiKeyMatches, generateApiKey } from './api-key-secret.ts';

const DAY_MS = 86_400_000n;
// Last-used times are refreshed at most this often, so that using a key is not a write per request.
const LAST_USED_PRECISION_MS = 60_000n;

export interface ApiKeyRequest {
  /** Null only for an operator key, which may act on every tenant. */
  tenantId: string | null;
  role: Role;
  name?: string | null;
  createdBy: string;
  expiresInDays?: number | null;
}

function toModel(row: Omit<ApiKeyModel, 'role'> & { role: string }): ApiKeyModel {
  if (!isRole(row.role)) throw new Error(`API key ${row.id} has an unknown role ${row.role}`);
  return { ...row, role: row.role };
}

/** Creates a key; its secret is in the answer and nowhere else, ever. */
export async function createApiKey(
  db: Db,
  request: ApiKeyRequest,
  now = BigInt(Date.now()),
): Promise<{ apiKey: ApiKeyModel; key: string }> {
  if (request.tenantId === null && request.role !== 'operator')
    throw requestError('BAD_REQUEST', 'only an operator key may be made for every tenant: name the tenant');
  if (request.tenantId !== null && (await findTenantVersion(db, request.tenantId)) === null) throw unknownTenant(request.tenantId);
  const name = (request.name ?? `${request.role} key`).trim();
  if (!name || name.length > 100) throw requestError('BAD_REQUEST', 'a key name is 1 to 100 characters');
  const days = request.expiresInDays;
  if (days != null && !(Number.isInteger(days) && days >= 1 && days <= 3650))
    throw requestError('BAD_REQUEST', 'expiresInDays is a whole number of days from 1 to 3650');
  const { id, key, secretHash } = generateApiKey();
  const row = await db.apiKey.create({
    data: {
      id,
      tenantId: request.tenantId,
      name,
      role: request.role,
      secretHash,
      createdTime: now,
      createdBy: request.createdBy,
      expiresTime: days == null ? null : now + BigInt(days) * DAY_MS,
    },
    select: API_KEY_FIELDS,
  });
  return { apiKey: toModel(row), key };
}

/**
 * Revokes a key of the tenant (any tenant's when `tenantId` is undefined, for operators'
 * tools). Revoking a revoked key changes nothing. Null when there is no such key.
 */
export async function revokeApiKey(db: Db, id: string, tenantId?: string, now = BigInt(Date.now())): Promise<ApiKeyModel | null> {
  const where = tenantId === undefined ? { id } : { id, tenantId };
  await db.apiKey.updateMany({ where: { ...where, revokedTime: null }, data: { revokedTime: now } });
  const row = await db.apiKey.findFirst({ where, select: API_KEY_FIELDS });
  return row ? toModel(row) : null;
}

/** The tenant's keys, newest first. */
export async function listApiKeys(db: Db, tenantId: string): Promise<ApiKeyModel[]> {
  const rows = await db.apiKey.findMany({ where: { tenantId }, orderBy: [{ createdTime: 'desc' }, { id: 'asc' }], select: API_KEY_FIELDS });
  return rows.map(toModel);
}

/**
 * The principal of a presented API key; 401 for a malformed, unknown, revoked or expired one.
 * Its last-used time is written in the background: a request never waits for it (on SQLite it
 * would wait for the write lock), and `onWriteError` hears when it fails.
 */
export async function authenticateApiKey(
  db: Db,
  key: string,
  onWriteError: (error: unknown) => void,
  now = BigInt(Date.now()),
): Promise<Principal> {
  const id = apiKeyId(key);
  if (!id) throw invalidCredential('the API key is malformed');
  const row = await db.apiKey.findUnique({ where: { id }, select: { ...API_KEY_FIELDS, secretHash: true } });
  // One answer for unknown, forged and revoked keys: a caller learns nothing about which ids exist.
  if (!row || !apiKeyMatches(key, row.secretHash) || row.revokedTime !== null) throw invalidCredential('the API key is unknown or revoked');
  if (row.expiresTime !== null && row.expiresTime <= now) throw invalidCredential('the API key has expired');
  const { role } = toModel(row);
  const stale = now - LAST_USED_PRECISION_MS;
  if (row.lastUsedTime === null || row.lastUsedTime <= stale) {
    // Conditional, so that of concurrent requests with one key only the first writes.
    db.apiKey
      .updateMany({ where: { id, OR: [{ lastUsedTime: null }, { lastUsedTime: { lte: stale } }] }, data: { lastUsedTime: now } })
      .catch(onWriteError);
  }
  return {
    subject: `apikey:${id}`,
    role,
    tenants: row.tenantId === null ? { kind: 'all' } : { kind: 'one', tenantId: row.tenantId },
    credential: 'api-key',
    rateLimitKey: `apikey:${id}`,
  };
}
