-- AlterTable
ALTER TABLE "InteractionType" ADD COLUMN     "parentId" TEXT;

-- AddForeignKey
ALTER TABLE "InteractionType" ADD CONSTRAINT "InteractionType_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "InteractionType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
