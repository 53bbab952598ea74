import type { GraphQLError } from 'graphql';
import { requestError } from '../errors/request-errors.ts';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 400 for a body Express's JSON parser refused (`body` is its text): not JSON at all, or
 * JSON of a bare value (a string, a number, true, null), which its strict mode refuses where
 * a request object (or, under /services/reltio, an array of items) is due.
 */
export function malformedJsonError(body: unknown): GraphQLError {
  if (typeof body === 'string' && isJson(body)) {
    return requestError(
      'BAD_REQUEST',
      'the request body is a bare JSON value (a string, number, boolean or null): send a JSON object (a JSON array under /services/reltio)',
    );
  }
  return requestError('BAD_REQUEST', 'the request body is not valid JSON');
}
