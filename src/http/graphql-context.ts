import type { Request, Response } from 'express';
import { createServiceContext, type ContextDependencies } from '../modules/context/create-service-context.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { SOURCE_SYSTEM_HEADER } from '../protocol/headers.ts';
import { singleHeader, type Authenticated } from './authentication.ts';

export type GraphQLContextFunction = (http: { req: Request; res: Response }) => Promise<ServiceContext>;

/**
 * The context of every GraphQL operation an HTTP request executes, on /graphql or through the
 * Reltio facade: the caller and tenant its authentication established, and its Source-System.
 */
export function graphqlContext(deps: ContextDependencies): GraphQLContextFunction {
  return async ({ req, res }) => {
    const { principal, tenantId, configVersion } = res.locals.authenticated as Authenticated;
    return createServiceContext(tenantId, principal, deps, {
      sourceSystem: singleHeader(req.headers, SOURCE_SYSTEM_HEADER) ?? null,
      configVersion,
      // The request's scope adds its id, tenant, caller and operation to every line.
      logger: deps.logger,
    });
  };
}
