import type { GraphQLError } from 'graphql';
import { requestError } from '../../errors/request-errors.ts';

const REALM = 'interactions';

/** 401 for a request without a credential, inviting one (RFC 6750). */
export function credentialsRequired(): GraphQLError {
  return requestError('UNAUTHENTICATED', 'this request needs a credential: Authorization: Bearer <JWT or API key>', undefined, {
    'WWW-Authenticate': `Bearer realm="${REALM}"`,
  });
}

/** 401 for a credential that is malformed, forged, expired, revoked or not for this service. */
export function invalidCredential(reason: string): GraphQLError {
  const description = reason.replace(/["\\]/g, "'");
  return requestError('UNAUTHENTICATED', `invalid credential: ${reason}`, undefined, {
    'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`,
  });
}

/** 403 for an authentic credential that does not allow what was asked. */
export function forbidden(reason: string, details?: Record<string, unknown>): GraphQLError {
  return requestError('FORBIDDEN', reason, details);
}
