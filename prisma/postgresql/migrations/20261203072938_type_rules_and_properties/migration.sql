-- AlterTable
ALTER TABLE "InteractionType" ADD COLUMN     "enforcement" TEXT NOT NULL DEFAULT 'STRICT',
ADD COLUMN     "timestampRules" JSONB;

-- CreateTable
CREATE TABLE "InteractionProperty" (
    "tenantId" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "InteractionProperty_pkey" PRIMARY KEY ("tenantId","interactionId","position")
);

-- CreateIndex
CREATE INDEX "InteractionProperty_tenantId_name_value_interactionId_idx" ON "InteractionProperty"("tenantId", "name", "value", "interactionId");

-- AddForeignKey
ALTER TABLE "InteractionProperty" ADD CONSTRAINT "InteractionProperty_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
