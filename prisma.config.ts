import { defineConfig } from 'prisma/config';

// For the ordinary Prisma CLI (where it can download its engine): the schema of the provider
// DATABASE_URL names. The service itself migrates through the WebAssembly engine.
const url = process.env.DATABASE_URL ?? 'file:./data/interactions.db';
const provider = /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
