-- DropIndex
DROP INDEX "InteractionMember_tenantId_entityId_timestamp_interactionId_idx";

-- DropIndex
DROP INDEX "InteractionMember_tenantId_entityId_participantId_timestamp_idx";

-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "deletedTime" BIGINT;

-- AlterTable
ALTER TABLE "InteractionMember" ADD COLUMN     "deletedTime" BIGINT;

-- CreateTable
CREATE TABLE "DeletedInteraction" (
    "tenantId" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "deletedTime" BIGINT NOT NULL,
    "deletedBy" TEXT NOT NULL,

    CONSTRAINT "DeletedInteraction_pkey" PRIMARY KEY ("tenantId","interactionId")
);

-- CreateIndex
CREATE INDEX "DeletedInteraction_deletedTime_idx" ON "DeletedInteraction"("deletedTime");

-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_entityId_timestamp_interactionId_idx" ON "InteractionMember"("tenantId", "entityId", "timestamp", "interactionId", "deletedTime");

-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_entityId_participantId_timestamp_idx" ON "InteractionMember"("tenantId", "entityId", "participantId", "timestamp", "interactionId", "deletedTime");

-- AddForeignKey
ALTER TABLE "DeletedInteraction" ADD CONSTRAINT "DeletedInteraction_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
