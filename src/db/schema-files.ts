import { readFileSync } from 'node:fs';
import { projectFile } from '../config/project-files.ts';
import type { Provider } from '../config/database-url.ts';

const prismaDir = `${projectFile('prisma')}/`;

/** Path of the shared data model that every provider schema is built from. */
export const modelsPath = `${prismaDir}models.prisma`;

/** Path of a provider's generated Prisma schema (the file the Prisma CLI reads). */
export function providerSchemaPath(provider: Provider): string {
  return `${prismaDir}${provider}/schema.prisma`;
}

/** Folder of a provider's committed migrations. */
export function migrationsDir(provider: Provider): string {
  return `${prismaDir}${provider}/migrations`;
}

/** A provider's full Prisma schema: its datasource and generator, then the shared model. */
export function renderProviderSchema(provider: Provider): string {
  const header = `// Generated from prisma/models.prisma by \`npm run generate:prisma\`: edit that file, not this one.

generator client {
  provider               = "prisma-client"
  output                 = "../../src/db/generated/${provider}"
  moduleFormat           = "esm"
  importFileExtension    = "ts"
}

datasource db {
  provider = "${provider}"
}

`;
  return header + readFileSync(modelsPath, 'utf8');
}
