-- CreateTable
CREATE TABLE "AnonymousProfile" (
    "tenantId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "anonymousId"),
    CONSTRAINT "AnonymousProfile_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnonymousLink" (
    "tenantId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "identifiedTime" BIGINT NOT NULL,
    "identifiedBy" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "anonymousId"),
    CONSTRAINT "AnonymousLink_tenantId_customerId_fkey" FOREIGN KEY ("tenantId", "customerId") REFERENCES "Entity" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EntityType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "labelAttribute" TEXT,
    "anonymousProfiles" BOOLEAN NOT NULL DEFAULT false,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EntityType" ("createdTime", "description", "displayName", "id", "label", "labelAttribute", "name", "tenantId", "updatedTime") SELECT "createdTime", "description", "displayName", "id", "label", "labelAttribute", "name", "tenantId", "updatedTime" FROM "EntityType";
DROP TABLE "EntityType";
ALTER TABLE "new_EntityType" RENAME TO "EntityType";
CREATE UNIQUE INDEX "EntityType_tenantId_name_key" ON "EntityType"("tenantId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AnonymousProfile_tenantId_entityId_key" ON "AnonymousProfile"("tenantId", "entityId");

-- CreateIndex
CREATE INDEX "AnonymousLink_tenantId_customerId_idx" ON "AnonymousLink"("tenantId", "customerId");
