-- Reltio "member type" is now the Participant (Customer Insights participant profile).
-- Tables, columns, keys and indexes are renamed in place, so every row keeps its id, a
-- single attribute mapping of a participant becomes its first property reference. Written by hand
-- from the generated migration, which would have dropped the rows.

-- MemberType -> Participant
ALTER TABLE "MemberType" RENAME TO "Participant";
ALTER TABLE "Participant" RENAME CONSTRAINT "MemberType_pkey" TO "Participant_pkey";
ALTER TABLE "Participant" RENAME CONSTRAINT "MemberType_tenantId_interactionTypeId_fkey" TO "Participant_tenantId_interactionTypeId_fkey";
ALTER TABLE "Participant" RENAME CONSTRAINT "MemberType_tenantId_mappedEntityTypeId_fkey" TO "Participant_tenantId_mappedEntityTypeId_fkey";
ALTER INDEX "MemberType_tenantId_interactionTypeId_name_key" RENAME TO "Participant_tenantId_interactionTypeId_name_key";

-- CreateTable
CREATE TABLE "ParticipantPropertyReference" (
    "tenantId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "interactionAttribute" TEXT NOT NULL,
    "entityAttribute" TEXT NOT NULL,

    CONSTRAINT "ParticipantPropertyReference_pkey" PRIMARY KEY ("tenantId","participantId","position")
);
INSERT INTO "ParticipantPropertyReference" ("tenantId", "participantId", "position", "interactionAttribute", "entityAttribute")
SELECT "tenantId", "id", 0, "mappedInteractionAttribute", "mappedEntityAttribute" FROM "Participant"
 WHERE "mappedInteractionAttribute" IS NOT NULL AND "mappedEntityAttribute" IS NOT NULL;
ALTER TABLE "Participant" DROP COLUMN "mappedInteractionAttribute", DROP COLUMN "mappedEntityAttribute";

-- AddForeignKey
ALTER TABLE "ParticipantPropertyReference" ADD CONSTRAINT "ParticipantPropertyReference_tenantId_participantId_fkey" FOREIGN KEY ("tenantId", "participantId") REFERENCES "Participant"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- MemberTypeEntityType -> ParticipantEntityType
ALTER TABLE "MemberTypeEntityType" RENAME TO "ParticipantEntityType";
ALTER TABLE "ParticipantEntityType" RENAME COLUMN "memberTypeId" TO "participantId";
ALTER TABLE "ParticipantEntityType" RENAME CONSTRAINT "MemberTypeEntityType_pkey" TO "ParticipantEntityType_pkey";
ALTER TABLE "ParticipantEntityType" RENAME CONSTRAINT "MemberTypeEntityType_tenantId_memberTypeId_fkey" TO "ParticipantEntityType_tenantId_participantId_fkey";
ALTER TABLE "ParticipantEntityType" RENAME CONSTRAINT "MemberTypeEntityType_tenantId_entityTypeId_fkey" TO "ParticipantEntityType_tenantId_entityTypeId_fkey";
ALTER INDEX "MemberTypeEntityType_tenantId_entityTypeId_idx" RENAME TO "ParticipantEntityType_tenantId_entityTypeId_idx";

-- InteractionMember.memberTypeId -> participantId
ALTER TABLE "InteractionMember" RENAME COLUMN "memberTypeId" TO "participantId";
ALTER TABLE "InteractionMember" RENAME CONSTRAINT "InteractionMember_tenantId_memberTypeId_fkey" TO "InteractionMember_tenantId_participantId_fkey";
ALTER INDEX "InteractionMember_tenantId_memberTypeId_idx" RENAME TO "InteractionMember_tenantId_participantId_idx";

-- InteractionType.primaryMemberType -> primaryParticipant
ALTER TABLE "InteractionType" RENAME COLUMN "primaryMemberType" TO "primaryParticipant";
