// Constraint violations, recognised the same way on every provider, whether the statement
// came from a Prisma model query (P2002 / P2003) or a raw one (P2010 with the driver
// adapter's classification).

function driverErrorKind(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } }).meta;
  return meta?.driverAdapterError?.cause?.kind;
}

function prismaCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** Whether the error is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002' || (prismaCode(error) === 'P2010' && driverErrorKind(error) === 'UniqueConstraintViolation');
}

/** Whether the error is a foreign-key violation: a row still referenced, or a reference to nothing. */
export function isForeignKeyViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2003' || (prismaCode(error) === 'P2010' && driverErrorKind(error) === 'ForeignKeyConstraintViolation');
}

/** Whether the error is a transaction that outlasted its timeout, or could not start within its wait. */
export function isTransactionTimeout(error: unknown): boolean {
  return prismaCode(error) === 'P2028';
}
