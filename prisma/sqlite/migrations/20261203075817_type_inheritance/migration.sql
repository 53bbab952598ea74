-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InteractionType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "idAttributes" JSONB,
    "timestampAttribute" TEXT,
    "mutable" BOOLEAN NOT NULL DEFAULT false,
    "primaryParticipant" TEXT,
    "defaultSourceId" TEXT,
    "touchpoints" JSONB,
    "parentId" TEXT,
    "enforcement" TEXT NOT NULL DEFAULT 'STRICT',
    "timestampRules" JSONB,
    "apiEntitySetName" TEXT,
    "schemaItemTypeLink" TEXT,
    "images" JSONB,
    "customAttributes" JSONB,
    "localizedAttributes" JSONB,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionType_tenantId_defaultSourceId_fkey" FOREIGN KEY ("tenantId", "defaultSourceId") REFERENCES "Source" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InteractionType_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InteractionType" ("apiEntitySetName", "createdTime", "customAttributes", "defaultSourceId", "description", "displayName", "enforcement", "id", "idAttributes", "images", "label", "localizedAttributes", "mutable", "name", "primaryParticipant", "schemaItemTypeLink", "tenantId", "timestampAttribute", "timestampRules", "touchpoints", "updatedTime") SELECT "apiEntitySetName", "createdTime", "customAttributes", "defaultSourceId", "description", "displayName", "enforcement", "id", "idAttributes", "images", "label", "localizedAttributes", "mutable", "name", "primaryParticipant", "schemaItemTypeLink", "tenantId", "timestampAttribute", "timestampRules", "touchpoints", "updatedTime" FROM "InteractionType";
DROP TABLE "InteractionType";
ALTER TABLE "new_InteractionType" RENAME TO "InteractionType";
CREATE UNIQUE INDEX "InteractionType_tenantId_name_key" ON "InteractionType"("tenantId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
