-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL DEFAULT 0,
    "createdTime" BIGINT NOT NULL,
    "updatedTime" BIGINT NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "Source_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "EntityType_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "EntityAttributeType_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "InteractionType_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "InteractionAttributeType_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "MemberType_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MemberTypeEntityType" (
    "tenantId" TEXT NOT NULL,
    "memberTypeId" TEXT NOT NULL,
    "entityTypeId" TEXT NOT NULL,

    CONSTRAINT "MemberTypeEntityType_pkey" PRIMARY KEY ("tenantId","memberTypeId","entityTypeId")
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

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "EntityAttributeValue" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "attributeTypeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EntityAttributeValue_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "EntityCrosswalk" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdTime" BIGINT NOT NULL,

    CONSTRAINT "EntityCrosswalk_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "Interaction_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "InteractionAttributeValue" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "attributeTypeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "InteractionAttributeValue_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "InteractionCrosswalk" (
    "tenantId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "interactionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdTime" BIGINT NOT NULL,

    CONSTRAINT "InteractionCrosswalk_pkey" PRIMARY KEY ("tenantId","id")
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

    CONSTRAINT "InteractionMember_pkey" PRIMARY KEY ("tenantId","id")
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

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityType" ADD CONSTRAINT "EntityType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAttributeType" ADD CONSTRAINT "EntityAttributeType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionType" ADD CONSTRAINT "InteractionType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionType" ADD CONSTRAINT "InteractionType_tenantId_defaultSourceId_fkey" FOREIGN KEY ("tenantId", "defaultSourceId") REFERENCES "Source"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionAttributeType" ADD CONSTRAINT "InteractionAttributeType_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberType" ADD CONSTRAINT "MemberType_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberType" ADD CONSTRAINT "MemberType_tenantId_mappedEntityTypeId_fkey" FOREIGN KEY ("tenantId", "mappedEntityTypeId") REFERENCES "EntityType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTypeEntityType" ADD CONSTRAINT "MemberTypeEntityType_tenantId_memberTypeId_fkey" FOREIGN KEY ("tenantId", "memberTypeId") REFERENCES "MemberType"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTypeEntityType" ADD CONSTRAINT "MemberTypeEntityType_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_tenantId_entityTypeId_fkey" FOREIGN KEY ("tenantId", "entityTypeId") REFERENCES "EntityType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAttributeValue" ADD CONSTRAINT "EntityAttributeValue_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAttributeValue" ADD CONSTRAINT "EntityAttributeValue_tenantId_attributeTypeId_fkey" FOREIGN KEY ("tenantId", "attributeTypeId") REFERENCES "EntityAttributeType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCrosswalk" ADD CONSTRAINT "EntityCrosswalk_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCrosswalk" ADD CONSTRAINT "EntityCrosswalk_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "Source"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_tenantId_interactionTypeId_fkey" FOREIGN KEY ("tenantId", "interactionTypeId") REFERENCES "InteractionType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionAttributeValue" ADD CONSTRAINT "InteractionAttributeValue_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionAttributeValue" ADD CONSTRAINT "InteractionAttributeValue_tenantId_attributeTypeId_fkey" FOREIGN KEY ("tenantId", "attributeTypeId") REFERENCES "InteractionAttributeType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionCrosswalk" ADD CONSTRAINT "InteractionCrosswalk_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionCrosswalk" ADD CONSTRAINT "InteractionCrosswalk_tenantId_sourceId_fkey" FOREIGN KEY ("tenantId", "sourceId") REFERENCES "Source"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionMember" ADD CONSTRAINT "InteractionMember_tenantId_interactionId_fkey" FOREIGN KEY ("tenantId", "interactionId") REFERENCES "Interaction"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionMember" ADD CONSTRAINT "InteractionMember_tenantId_memberTypeId_fkey" FOREIGN KEY ("tenantId", "memberTypeId") REFERENCES "MemberType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionMember" ADD CONSTRAINT "InteractionMember_tenantId_entityId_fkey" FOREIGN KEY ("tenantId", "entityId") REFERENCES "Entity"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
