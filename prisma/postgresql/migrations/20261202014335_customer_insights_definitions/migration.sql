-- AlterTable
ALTER TABLE "EntityAttributeType" ADD COLUMN     "allowedValues" JSONB,
ADD COLUMN     "flagEnum" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isName" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "localizedString" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "InteractionType" ADD COLUMN     "apiEntitySetName" TEXT,
ADD COLUMN     "customAttributes" JSONB,
ADD COLUMN     "images" JSONB,
ADD COLUMN     "localizedAttributes" JSONB,
ADD COLUMN     "schemaItemTypeLink" TEXT;

-- AlterTable
ALTER TABLE "InteractionAttributeType" ADD COLUMN     "allowedValues" JSONB,
ADD COLUMN     "flagEnum" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isName" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "localizedString" BOOLEAN NOT NULL DEFAULT false;
