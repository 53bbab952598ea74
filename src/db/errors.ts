/** Whether a Prisma error is a unique-constraint violation (P2002), on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Whether a Prisma error is a foreign-key violation (P2003): a row still referenced, or a reference to nothing. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2003';
}
