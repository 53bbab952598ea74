import { requestError } from '../../errors/request-errors.ts';

// Printable ASCII only, so that a key is stored and compared exactly as the loader sent it.
const KEY = /^[\x20-\x7e]{1,255}$/;

// Their answers hold a secret that is shown once and never stored: they cannot be replayed.
const FIELDS_ANSWERING_SECRETS = new Set(['createApiKey']);

/** The operation a key came with, as far as deciding whether a key means anything for it. */
export interface KeyedOperation {
  kind: 'query' | 'mutation' | 'subscription';
  actsOnTenant: boolean;
  /** The names of the root fields it executes. */
  rootFields: string[];
}

const notApplicable = (why: string) =>
  requestError('BAD_REQUEST', `the Idempotency-Key header ${why}`, { reason: 'IDEMPOTENCY_KEY_NOT_APPLICABLE' });

/** The key of the Idempotency-Key header's value; 400 when it is malformed or means nothing for the operation. */
export function checkedIdempotencyKey(value: string, operation: KeyedOperation): string {
  if (!KEY.test(value)) {
    throw requestError('BAD_REQUEST', 'the Idempotency-Key header must be 1 to 255 printable ASCII characters', {
      reason: 'INVALID_IDEMPOTENCY_KEY',
    });
  }
  if (operation.kind !== 'mutation') throw notApplicable(`applies to mutations only: a ${operation.kind} can be repeated as it is`);
  if (!operation.actsOnTenant) throw notApplicable('needs a tenant: its answers are kept per tenant');
  const secret = operation.rootFields.find((field) => FIELDS_ANSWERING_SECRETS.has(field));
  if (secret) throw notApplicable(`cannot be used with ${secret}: its answer holds a secret that is never stored`);
  return value;
}
