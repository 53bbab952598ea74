-- AlterTable
ALTER TABLE "InteractionType" ADD COLUMN     "touchpoints" JSONB;
