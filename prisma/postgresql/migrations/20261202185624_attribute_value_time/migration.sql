-- DropIndex
DROP INDEX "InteractionAttributeValue_tenantId_attributeTypeId_value_idx";

-- AlterTable (edited: stored values take their interaction's timestamp)
ALTER TABLE "InteractionAttributeValue" ADD COLUMN     "timestamp" BIGINT;
UPDATE "InteractionAttributeValue" v SET "timestamp" = i."timestamp"
  FROM "Interaction" i WHERE i."tenantId" = v."tenantId" AND i."id" = v."interactionId";
ALTER TABLE "InteractionAttributeValue" ALTER COLUMN "timestamp" SET NOT NULL;

-- CreateIndex
CREATE INDEX "InteractionAttributeValue_tenantId_attributeTypeId_value_ti_idx" ON "InteractionAttributeValue"("tenantId", "attributeTypeId", "value", "timestamp", "interactionId");
