-- AlterTable
ALTER TABLE "InteractionType" ADD COLUMN "apiEntitySetName" TEXT;
ALTER TABLE "InteractionType" ADD COLUMN "customAttributes" JSONB;
ALTER TABLE "InteractionType" ADD COLUMN "images" JSONB;
ALTER TABLE "InteractionType" ADD COLUMN "localizedAttributes" JSONB;
ALTER TABLE "InteractionType" ADD COLUMN "schemaItemTypeLink" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EntityAttributeType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "valueType" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "multiValued" BOOLEAN NOT NULL DEFAULT true,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "allowedValues" JSONB,
    "flagEnum" BOOLEAN NOT NULL DEFAULT false,
    "isName" BOOLEAN NOT NULL DEFAULT false,
    "localizedString" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityAttributeType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EntityAttributeType" ("description", "displayName", "entityTypeId", "hidden", "id", "label", "multiValued", "name", "position", "required", "tenantId", "valueType") SELECT "description", "displayName", "entityTypeId", "hidden", "id", "label", "multiValued", "name", "position", "required", "tenantId", "valueType" FROM "EntityAttributeType";
DROP TABLE "EntityAttributeType";
ALTER TABLE "new_EntityAttributeType" RENAME TO "EntityAttributeType";
CREATE UNIQUE INDEX "EntityAttributeType_tenantId_entityTypeId_name_key" ON "EntityAttributeType"("tenantId", "entityTypeId", "name");
CREATE TABLE "new_InteractionAttributeType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "valueType" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "multiValued" BOOLEAN NOT NULL DEFAULT true,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "allowedValues" JSONB,
    "flagEnum" BOOLEAN NOT NULL DEFAULT false,
    "isName" BOOLEAN NOT NULL DEFAULT false,
    "localizedString" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionAttributeType_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InteractionAttributeType" ("description", "displayName", "hidden", "id", "interactionTypeId", "label", "multiValued", "name", "position", "required", "tenantId", "valueType") SELECT "description", "displayName", "hidden", "id", "interactionTypeId", "label", "multiValued", "name", "position", "required", "tenantId", "valueType" FROM "InteractionAttributeType";
DROP TABLE "InteractionAttributeType";
ALTER TABLE "new_InteractionAttributeType" RENAME TO "InteractionAttributeType";
CREATE UNIQUE INDEX "InteractionAttributeType_tenantId_interactionTypeId_name_key" ON "InteractionAttributeType"("tenantId", "interactionTypeId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
