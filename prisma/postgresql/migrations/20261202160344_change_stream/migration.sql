-- CreateTable
CREATE TABLE "ChangeCounter" (
    "tenantId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,

    CONSTRAINT "ChangeCounter_pkey" PRIMARY KEY ("tenantId")
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

    CONSTRAINT "Change_pkey" PRIMARY KEY ("tenantId","seq")
);

-- CreateIndex
CREATE INDEX "Change_recordedTime_idx" ON "Change"("recordedTime");

-- AddForeignKey
ALTER TABLE "ChangeCounter" ADD CONSTRAINT "ChangeCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Change" ADD CONSTRAINT "Change_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
