// A nullable JSON column takes Prisma's DbNull, not null, to hold SQL NULL. Both providers'
// clients share one runtime, so the PostgreSQL client's marker serves SQLite too.
import { Prisma } from './generated/postgresql/client.ts';

/** The value to write to a nullable JSON column: SQL NULL for null. */
export const nullableJson = <T extends Prisma.InputJsonValue>(value: T | null): T | typeof Prisma.DbNull => value ?? Prisma.DbNull;
