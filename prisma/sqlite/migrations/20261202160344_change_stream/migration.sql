-- CreateTable
CREATE TABLE "ChangeCounter" (
    "tenantId" TEXT NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL,
    CONSTRAINT "ChangeCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Change" (
    "tenantId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recordedTime" BIGINT NOT NULL,
    "actor" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "seq"),
    CONSTRAINT "Change_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Change_recordedTime_idx" ON "Change"("recordedTime");
