-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Interaction_tenantId_interactionTypeId_id_idx" ON "Interaction"("tenantId", "interactionTypeId", "id");
