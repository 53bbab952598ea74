/** Whether a Prisma error is a unique-constraint violation (P2002), on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
