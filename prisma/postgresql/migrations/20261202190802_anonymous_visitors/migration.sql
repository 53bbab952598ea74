-- AlterTable
ALTER TABLE "EntityType" ADD COLUMN     "anonymousProfiles" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AnonymousProfile" (
    "tenantId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,

    CONSTRAINT "AnonymousProfile_pkey" PRIMARY KEY ("tenantId","anonymousId")
);

-- CreateTable
CREATE TABLE "AnonymousLink" (
    "tenantId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "identifiedTime" BIGINT NOT NULL,
    "identifiedBy" TEXT NOT NULL,

    CONSTRAINT "AnonymousLink_pkey" PRIMARY KEY ("tenantId","anonymousId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnonymousProfile_tenantId_entityId_key" ON "AnonymousProfile"("tenantId", "entityId");

-- CreateIndex
CREATE INDEX "AnonymousLink_tenantId_customerId_idx" ON "AnonymousLink"("tenantId", "customerId");

-- AddForeignKey
ALTER TABLE "AnonymousProfile" ADD CONSTRAINT "AnonymousProfile_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousLink" ADD CONSTRAINT "AnonymousLink_tenantId_customerId_fkey" FOREIGN KEY ("tenantId", "customerId") REFERENCES "Entity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
