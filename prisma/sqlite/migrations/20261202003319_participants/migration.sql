-- Reltio "member type" is now the Participant (Customer Insights participant profile).
-- Every row keeps its id, a single attribute mapping of a participant becomes its first property
-- reference. Written by hand from the generated migration, which would have dropped the
-- rows: new tables are filled from the old ones before these are dropped.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

-- CreateTable
CREATE TABLE "Participant" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "role" TEXT,
    "minOccurs" INTEGER NOT NULL DEFAULT 0,
    "maxOccurs" INTEGER,
    "mappedEntityTypeId" TEXT,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "Participant_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_tenantId_mappedEntityTypeId_fkey" FOREIGN KEY ("tenantId", "mappedEntityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "Participant" ("tenantId", "id", "interactionTypeId", "name", "label", "displayName", "description", "role", "minOccurs", "maxOccurs", "mappedEntityTypeId", "position")
SELECT "tenantId", "id", "interactionTypeId", "name", "label", "displayName", "description", "role", "minOccurs", "maxOccurs", "mappedEntityTypeId", "position" FROM "MemberType";

-- CreateTable
CREATE TABLE "ParticipantPropertyReference" (
    "tenantId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "interactionAttribute" TEXT NOT NULL,
    "entityAttribute" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "participantId", "position"),
    CONSTRAINT "ParticipantPropertyReference_tenantId_participantId_fkey" FOREIGN KEY ("tenantId", "participantId") REFERENCES "Participant" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "ParticipantPropertyReference" ("tenantId", "participantId", "position", "interactionAttribute", "entityAttribute")
SELECT "tenantId", "id", 0, "mappedInteractionAttribute", "mappedEntityAttribute" FROM "MemberType"
 WHERE "mappedInteractionAttribute" IS NOT NULL AND "mappedEntityAttribute" IS NOT NULL;

-- CreateTable
CREATE TABLE "ParticipantEntityType" (
    "tenantId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "participantId", "entityTypeId"),
    CONSTRAINT "ParticipantEntityType_tenantId_participantId_fkey" FOREIGN KEY ("tenantId", "participantId") REFERENCES "Participant" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ParticipantEntityType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "ParticipantEntityType" ("tenantId", "participantId", "entityTypeId")
SELECT "tenantId", "memberTypeId", "entityTypeId" FROM "MemberTypeEntityType";

-- RedefineTables
CREATE TABLE "new_InteractionType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "idAttributes" JSONB,
    "timestampAttribute" TEXT,
    "mutable" BOOLEAN NOT NULL DEFAULT false,
    "primaryParticipant" TEXT,
    "defaultSourceId" TEXT,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionType_tenantId_defaultSourceId_fkey" FOREIGN KEY ("tenantId", "defaultSourceId") REFERENCES "Source" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InteractionType" ("createdTime", "defaultSourceId", "description", "displayName", "id", "idAttributes", "label", "mutable", "name", "primaryParticipant", "tenantId", "timestampAttribute", "updatedTime") SELECT "createdTime", "defaultSourceId", "description", "displayName", "id", "idAttributes", "label", "mutable", "name", "primaryMemberType", "tenantId", "timestampAttribute", "updatedTime" FROM "InteractionType";
DROP TABLE "InteractionType";
ALTER TABLE "new_InteractionType" RENAME TO "InteractionType";
CREATE UNIQUE INDEX "InteractionType_tenantId_name_key" ON "InteractionType"("tenantId", "name");
CREATE TABLE "new_InteractionMember" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionMember_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionMember_tenantId_participantId_fkey" FOREIGN KEY ("tenantId", "participantId") REFERENCES "Participant" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InteractionMember_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InteractionMember" ("entityId", "id", "interactionId", "participantId", "position", "tenantId", "timestamp") SELECT "entityId", "id", "interactionId", "memberTypeId", "position", "tenantId", "timestamp" FROM "InteractionMember";
DROP TABLE "InteractionMember";
ALTER TABLE "new_InteractionMember" RENAME TO "InteractionMember";
CREATE INDEX "InteractionMember_tenantId_interactionId_idx" ON "InteractionMember"("tenantId", "interactionId");
CREATE INDEX "InteractionMember_tenantId_entityId_timestamp_interactionId_idx" ON "InteractionMember"("tenantId", "entityId", "timestamp", "interactionId");
CREATE INDEX "InteractionMember_tenantId_participantId_idx" ON "InteractionMember"("tenantId", "participantId");

-- DropTable
DROP TABLE "MemberTypeEntityType";
DROP TABLE "MemberType";

-- CreateIndex
CREATE UNIQUE INDEX "Participant_tenantId_interactionTypeId_name_key" ON "Participant"("tenantId", "interactionTypeId", "name");

-- CreateIndex
CREATE INDEX "ParticipantEntityType_tenantId_entityTypeId_idx" ON "ParticipantEntityType"("tenantId", "entityTypeId");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
