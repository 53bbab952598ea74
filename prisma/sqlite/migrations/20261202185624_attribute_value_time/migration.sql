-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InteractionAttributeValue" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "attributeTypeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "timestamp" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionAttributeValue_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionAttributeValue_tenantId_attributeTypeId_fkey" FOREIGN KEY ("tenantId", "attributeTypeId") REFERENCES "InteractionAttributeType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Edited: stored values take their interaction's timestamp.
INSERT INTO "new_InteractionAttributeValue" ("attributeTypeId", "id", "interactionId", "position", "tenantId", "value", "timestamp") SELECT v."attributeTypeId", v."id", v."interactionId", v."position", v."tenantId", v."value", i."timestamp" FROM "InteractionAttributeValue" v JOIN "Interaction" i ON i."tenantId" = v."tenantId" AND i."id" = v."interactionId";
DROP TABLE "InteractionAttributeValue";
ALTER TABLE "new_InteractionAttributeValue" RENAME TO "InteractionAttributeValue";
CREATE INDEX "InteractionAttributeValue_tenantId_interactionId_idx" ON "InteractionAttributeValue"("tenantId", "interactionId");
CREATE INDEX "InteractionAttributeValue_tenantId_attributeTypeId_value_timestamp_interactionId_idx" ON "InteractionAttributeValue"("tenantId", "attributeTypeId", "value", "timestamp", "interactionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
