// Whole-request failures in the MXO endpoint's shape: `statusCode` as every MXO answer has it,
// with this service's message and error code.
import type { Response } from 'express';
import type { GraphQLError } from 'graphql';
import { answerOfError } from '../../errors/request-errors.ts';

/** Answers with a whole-request failure, its status and headers (Allow, Retry-After, WWW-Authenticate). */
export function sendMxoError(res: Response, error: GraphQLError): void {
  const answer = answerOfError(error);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  const { code, ...details } = answer.error.extensions as { code?: string } & Record<string, unknown>;
  res
    .status(answer.status)
    .json({ statusCode: answer.status, errorCode: code ?? 'INTERNAL_SERVER_ERROR', message: answer.error.message, details });
}
