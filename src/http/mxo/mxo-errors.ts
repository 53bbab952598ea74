// Whole-request failures in the MXO endpoint's shape: `statusCode` as every MXO answer has it,
// with this service's message and error code.
import type { GraphQLFormattedError } from 'graphql';

export function mxoRequestError(status: number, error: GraphQLFormattedError) {
  const { code, ...details } = (error.extensions ?? {}) as { code?: string } & Record<string, unknown>;
  return { statusCode: status, errorCode: code ?? 'INTERNAL_SERVER_ERROR', message: error.message, details };
}
