import type { Db } from '../../db/client.ts';
import { preparedReads, readStatement } from '../../db/prepared-reads.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { newId } from '../../db/ids.ts';
import { requestError } from '../../errors/request-errors.ts';
import { DATA_VERSION } from './data-version.ts';
import { isTenantId, TENANT_ID_RULE } from './tenant-id.ts';

/** Name of the source every tenant starts with, used when a request names none. */
export const DEFAULT_SOURCE_NAME = 'Default';

export interface TenantModel {
  id: string;
  configVersion: number;
  createdTime: bigint;
}

/** 404 for a tenant that was never provisioned: nothing is ever created by naming one. */
export function unknownTenant(tenantId: string) {
  return requestError(
    'NOT_FOUND',
    `tenant ${tenantId} does not exist: an operator provisions it first (npm run tenant:create -- ${tenantId})`,
    {
      reason: 'UNKNOWN_TENANT',
    },
  );
}

/** The tenant's configuration version, or null when there is no such tenant. */
export async function findTenantVersion(db: Db, tenantId: string): Promise<number | null> {
  // Read on every request (see authentication.ts): a prepared statement.
  const [tenant] = await preparedReads(db).all(TENANT_VERSION, [tenantId]);
  return tenant?.configVersion ?? null;
}

const TENANT_VERSION = readStatement<{ configVersion: number }>('tenant_version', 'SELECT "configVersion" FROM "Tenant" WHERE id = ?');

/** The tenant's configuration version; 404 when the tenant does not exist. */
export async function tenantVersion(db: Db, tenantId: string): Promise<number> {
  const version = await findTenantVersion(db, tenantId);
  if (version === null) throw unknownTenant(tenantId);
  return version;
}

/**
 * Provisions a tenant with its default source. Returns false when it already existed (also
 * when another request or process provisioned it at the same moment).
 */
export async function provisionTenant(db: Db, tenantId: string): Promise<boolean> {
  if (!isTenantId(tenantId)) {
    throw requestError('BAD_REQUEST', TENANT_ID_RULE);
  }
  if ((await findTenantVersion(db, tenantId)) !== null) return false;
  const now = BigInt(Date.now());
  try {
    await db.$transaction([
      db.tenant.create({ data: { id: tenantId, dataVersion: DATA_VERSION, createdTime: now, updatedTime: now } }),
      db.source.create({
        data: {
          tenantId,
          id: newId(),
          name: DEFAULT_SOURCE_NAME,
          label: 'Default source',
          isDefault: true,
          createdTime: now,
          updatedTime: now,
        },
      }),
    ]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Tenants by id, in id order: all of them, or those among `ids`. */
export function listTenants(db: Db, ids?: readonly string[]): Promise<TenantModel[]> {
  return db.tenant.findMany({
    where: ids ? { id: { in: [...ids] } } : {},
    orderBy: { id: 'asc' },
    select: { id: true, configVersion: true, createdTime: true },
  });
}
