-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tenant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "configVersion" INTEGER NOT NULL DEFAULT 0,
    "dataVersion" INTEGER NOT NULL DEFAULT 0,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL
);
INSERT INTO "new_Tenant" ("configVersion", "createdTime", "id", "updatedTime") SELECT "configVersion", "createdTime", "id", "updatedTime" FROM "Tenant";
DROP TABLE "Tenant";
ALTER TABLE "new_Tenant" RENAME TO "Tenant";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Interaction_tenantId_interactionTypeId_id_idx" ON "Interaction"("tenantId", "interactionTypeId", "id");
