import type { Request, RequestHandler } from 'express';
import type { Config } from '../config/env.ts';
import type { Authenticator } from './authentication.ts';

/**
 * Authenticates a request before its body is read, keeping who it is and its tenant in
 * `res.locals.authenticated`. `pathTenant` reads the tenant a route's path names, if any.
 */
export function authenticateRequest(
  authenticator: Authenticator,
  config: Config,
  pathTenant: (req: Request) => string | undefined = () => undefined,
): RequestHandler {
  return async (req, res, next) => {
    const authenticated = await authenticator(req.headers, pathTenant(req));
    res.locals.authenticated = authenticated;
    if (authenticated.principal.credential === 'development') {
      res.setHeader(
        'X-Development-Mode',
        `requests without credentials act as admin of tenant ${config.DEMO_TENANT}; never use this mode in production`,
      );
    }
    next();
  };
}
