import { join } from '@prisma/client/runtime/client';
// Questions about stored data that decide whether a configuration change is allowed. Each
// is one counting query on an index that starts with the tenant.
import { raw } from '@prisma/client/runtime/client';
import type { DbTransaction } from '../../db/client.ts';

export type OwnerKind = 'entity' | 'interaction';

export class StoredData {
  constructor(
    private readonly tx: DbTransaction,
    private readonly tenantId: string,
  ) {}

  /** Interactions of these types (a type and the types extending it). */
  interactionsOfType(interactionTypeIds: string | readonly string[]): Promise<number> {
    return this.tx.interaction.count({ where: { tenantId: this.tenantId, interactionTypeId: { in: [interactionTypeIds].flat() } } });
  }

  entitiesOfType(entityTypeId: string): Promise<number> {
    return this.tx.entity.count({ where: { tenantId: this.tenantId, entityTypeId } });
  }

  async crosswalksOfSource(sourceId: string): Promise<number> {
    const where = { tenantId: this.tenantId, sourceId };
    const [entities, interactions] = await Promise.all([
      this.tx.entityCrosswalk.count({ where }),
      this.tx.interactionCrosswalk.count({ where }),
    ]);
    return entities + interactions;
  }

  valuesOf(kind: OwnerKind, attributeTypeId: string): Promise<number> {
    const where = { tenantId: this.tenantId, attributeTypeId };
    return kind === 'entity' ? this.tx.entityAttributeValue.count({ where }) : this.tx.interactionAttributeValue.count({ where });
  }

  /** Stored values of the attribute that are none of `allowed`. */
  valuesOutside(kind: OwnerKind, attributeTypeId: string, allowed: string[]): Promise<number> {
    const where = { tenantId: this.tenantId, attributeTypeId, value: { notIn: allowed } };
    return kind === 'entity' ? this.tx.entityAttributeValue.count({ where }) : this.tx.interactionAttributeValue.count({ where });
  }

  /** Whether any object holds one value of the attribute more than once. */
  anyOwnerWithRepeatedValue(kind: OwnerKind, attributeTypeId: string): Promise<boolean> {
    return this.anyGroupOfSeveral(kind, attributeTypeId, true);
  }

  /** Objects of the type that have no value of the attribute. */
  ownersLacking(kind: OwnerKind, typeIds: readonly string[], attributeTypeId: string): Promise<number> {
    const none = { none: { attributeTypeId } };
    return kind === 'entity'
      ? this.tx.entity.count({ where: { tenantId: this.tenantId, entityTypeId: { in: [...typeIds] }, attributes: none } })
      : this.tx.interaction.count({ where: { tenantId: this.tenantId, interactionTypeId: { in: [...typeIds] }, attributes: none } });
  }

  /** Whether any object holds more than one value of the attribute. */
  anyOwnerWithSeveralValues(kind: OwnerKind, attributeTypeId: string): Promise<boolean> {
    return this.anyGroupOfSeveral(kind, attributeTypeId, false);
  }

  /** Whether any object holds several values of the attribute (several equal ones, with `sameValue`). */
  private async anyGroupOfSeveral(kind: OwnerKind, attributeTypeId: string, sameValue: boolean): Promise<boolean> {
    const [table, owner] = kind === 'entity' ? ['EntityAttributeValue', 'entityId'] : ['InteractionAttributeValue', 'interactionId'];
    const groups = raw(sameValue ? `"${owner}", "value"` : `"${owner}"`);
    const rows = await this.tx.$queryRaw<unknown[]>`SELECT 1 FROM ${raw(`"${table}"`)}
      WHERE "tenantId" = ${this.tenantId} AND "attributeTypeId" = ${attributeTypeId}
      GROUP BY ${groups} HAVING COUNT(*) > 1 LIMIT 1`;
    return rows.length > 0;
  }

  membersOf(participantId: string): Promise<number> {
    return this.tx.interactionMember.count({ where: { tenantId: this.tenantId, participantId } });
  }

  /** Stored members of the participant that are entities of any of the entity types. */
  membersOfEntityTypes(participantId: string, entityTypeIds: string[]): Promise<number> {
    return this.tx.interactionMember.count({
      where: { tenantId: this.tenantId, participantId, entity: { entityTypeId: { in: entityTypeIds } } },
    });
  }

  /** Interactions of the type whose number of members of the participant is outside [min, max]. */
  async interactionsOutsideOccurs(
    interactionTypeIds: readonly string[],
    participantId: string,
    min: number,
    max: number | null,
  ): Promise<number> {
    const upper = max ?? Number.MAX_SAFE_INTEGER;
    const rows = await this.tx.$queryRaw<Array<{ n: bigint | number }>>`
      SELECT COUNT(*) AS n FROM "Interaction" i
       WHERE i."tenantId" = ${this.tenantId} AND i."interactionTypeId" IN (${join(interactionTypeIds)})
         AND ((SELECT COUNT(*) FROM "InteractionMember" m
                WHERE m."tenantId" = i."tenantId" AND m."interactionId" = i."id" AND m."participantId" = ${participantId})
              NOT BETWEEN ${min} AND ${upper})`;
    return Number(rows[0]?.n ?? 0);
  }
}
