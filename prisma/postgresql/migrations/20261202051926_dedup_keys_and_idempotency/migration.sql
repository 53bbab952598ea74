-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "idKey" TEXT;

-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "response" TEXT,
    "createdTime" BIGINT NOT NULL,
    "expiresTime" BIGINT NOT NULL,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("tenantId","key")
);

-- CreateIndex
CREATE INDEX "IdempotentRequest_tenantId_expiresTime_idx" ON "IdempotentRequest"("tenantId", "expiresTime");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_tenantId_idKey_key" ON "Interaction"("tenantId", "idKey");

-- AddForeignKey
ALTER TABLE "IdempotentRequest" ADD CONSTRAINT "IdempotentRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
