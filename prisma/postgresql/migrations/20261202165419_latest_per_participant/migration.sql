-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_entityId_participantId_timestamp_idx" ON "InteractionMember"("tenantId", "entityId", "participantId", "timestamp", "interactionId");
