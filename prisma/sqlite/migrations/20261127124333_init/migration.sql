-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "configVersion" INTEGER NOT NULL DEFAULT 0,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "Source_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "labelAttribute" TEXT,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityAttributeType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "valueType" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "multiValued" BOOLEAN NOT NULL DEFAULT true,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityAttributeType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InteractionType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "idAttributes" JSONB,
    "timestampAttribute" TEXT,
    "mutable" BOOLEAN NOT NULL DEFAULT false,
    "primaryMemberType" TEXT,
    "defaultSourceId" TEXT,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionType_tenantId_defaultSourceId_fkey" FOREIGN KEY ("tenantId", "defaultSourceId") REFERENCES "Source" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InteractionAttributeType" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "displayName" JSONB,
    "description" JSONB,
    "valueType" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "multiValued" BOOLEAN NOT NULL DEFAULT true,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionAttributeType_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemberType" (
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
    "mappedInteractionAttribute" TEXT,
    "mappedEntityTypeId" TEXT,
    "mappedEntityAttribute" TEXT,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "MemberType_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemberType_tenantId_mappedEntityTypeId_fkey" FOREIGN KEY ("tenantId", "mappedEntityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemberTypeEntityType" (
    "tenantId" TEXT NOT NULL,
    "memberTypeId" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "memberTypeId", "entityTypeId"),
    CONSTRAINT "MemberTypeEntityType_tenantId_memberTypeId_fkey" FOREIGN KEY ("tenantId", "memberTypeId") REFERENCES "MemberType" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemberTypeEntityType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entity" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,
    "label" TEXT,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "Entity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Entity_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityAttributeValue" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "attributeTypeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityAttributeValue_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntityAttributeValue_tenantId_attributeTypeId_fkey" FOREIGN KEY ("tenantId", "attributeTypeId") REFERENCES "EntityAttributeType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityCrosswalk" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "EntityCrosswalk_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntityCrosswalk_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "Source" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Interaction" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionTypeId" TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "Interaction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InteractionAttributeValue" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "attributeTypeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionAttributeValue_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionAttributeValue_tenantId_attributeTypeId_fkey" FOREIGN KEY ("tenantId", "attributeTypeId") REFERENCES "InteractionAttributeType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InteractionCrosswalk" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdTime" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionCrosswalk_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionCrosswalk_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "Source" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InteractionMember" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "memberTypeId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "InteractionMember_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction" ("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InteractionMember_tenantId_memberTypeId_fkey" FOREIGN KEY ("tenantId", "memberTypeId") REFERENCES "MemberType" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InteractionMember_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity" ("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_tenantId_name_key" ON "Source"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EntityType_tenantId_name_key" ON "EntityType"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EntityAttributeType_tenantId_entityTypeId_name_key" ON "EntityAttributeType"("tenantId", "entityTypeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InteractionType_tenantId_name_key" ON "InteractionType"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InteractionAttributeType_tenantId_interactionTypeId_name_key" ON "InteractionAttributeType"("tenantId", "interactionTypeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "MemberType_tenantId_interactionTypeId_name_key" ON "MemberType"("tenantId", "interactionTypeId", "name");

-- CreateIndex
CREATE INDEX "MemberTypeEntityType_tenantId_entityTypeId_idx" ON "MemberTypeEntityType"("tenantId", "entityTypeId");

-- CreateIndex
CREATE INDEX "Entity_tenantId_entityTypeId_id_idx" ON "Entity"("tenantId", "entityTypeId", "id");

-- CreateIndex
CREATE INDEX "EntityAttributeValue_tenantId_entityId_idx" ON "EntityAttributeValue"("tenantId", "entityId");

-- CreateIndex
CREATE INDEX "EntityAttributeValue_tenantId_attributeTypeId_value_idx" ON "EntityAttributeValue"("tenantId", "attributeTypeId", "value");

-- CreateIndex
CREATE INDEX "EntityCrosswalk_tenantId_entityId_idx" ON "EntityCrosswalk"("tenantId", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityCrosswalk_tenantId_sourceId_value_key" ON "EntityCrosswalk"("tenantId", "sourceId", "value");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_interactionTypeId_timestamp_id_idx" ON "Interaction"("tenantId", "interactionTypeId", "timestamp", "id");

-- CreateIndex
CREATE INDEX "Interaction_tenantId_timestamp_id_idx" ON "Interaction"("tenantId", "timestamp", "id");

-- CreateIndex
CREATE INDEX "InteractionAttributeValue_tenantId_interactionId_idx" ON "InteractionAttributeValue"("tenantId", "interactionId");

-- CreateIndex
CREATE INDEX "InteractionAttributeValue_tenantId_attributeTypeId_value_idx" ON "InteractionAttributeValue"("tenantId", "attributeTypeId", "value");

-- CreateIndex
CREATE INDEX "InteractionCrosswalk_tenantId_interactionId_idx" ON "InteractionCrosswalk"("tenantId", "interactionId");

-- CreateIndex
CREATE UNIQUE INDEX "InteractionCrosswalk_tenantId_sourceId_value_key" ON "InteractionCrosswalk"("tenantId", "sourceId", "value");

-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_interactionId_idx" ON "InteractionMember"("tenantId", "interactionId");

-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_entityId_timestamp_interactionId_idx" ON "InteractionMember"("tenantId", "entityId", "timestamp", "interactionId");

-- CreateIndex
CREATE INDEX "InteractionMember_tenantId_memberTypeId_idx" ON "InteractionMember"("tenantId", "memberTypeId");
