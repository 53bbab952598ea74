import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { newId } from '../../db/ids.ts';

/** Name of the source every tenant starts with, used when a request names none. */
export const DEFAULT_SOURCE_NAME = 'Default';

/**
 * The tenant's configuration version, provisioning the tenant (with its default source) on
 * first use. Safe when several requests or processes do it at once.
 */
export async function tenantConfigVersion(db: Db, tenantId: string): Promise<number> {
  const existing = await db.tenant.findUnique({ where: { id: tenantId }, select: { configVersion: true } });
  if (existing) return existing.configVersion;
  const now = BigInt(Date.now());
  try {
    await db.$transaction([
      db.tenant.create({ data: { id: tenantId, createdTime: now, updatedTime: now } }),
      db.source.create({
        data: { tenantId, id: newId(), name: DEFAULT_SOURCE_NAME, label: 'Default source', isDefault: true, createdTime: now, updatedTime: now },
      }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const created = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { configVersion: true } });
  return created.configVersion;
}
