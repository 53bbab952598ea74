// The Reltio REST facade: Reltio's interactions API over the same GraphQL operations as
// /graphql, behind the same checks. Its own code only translates requests and answers.
import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type RequestHandler } from 'express';
import type { ServiceContext } from '../../modules/context/service-context.ts';
import { interactionUri } from '../../modules/uris/uris.ts';
import { requestError } from '../../errors/request-errors.ts';
import { IDEMPOTENCY_KEY_HEADER, SOURCE_SYSTEM_HEADER } from '../../protocol/headers.ts';
import { errorHandler, methodNotAllowed, noSuchRoute } from '../error-response.ts';
import type { GraphQLContextFunction } from '../graphql-context.ts';
import { graphqlExecutor, type ExecuteGraphQL } from '../execute-graphql.ts';
import type { CreateInteractionsData, DeleteInteractionData, ReadInteractionData } from './graphql-results.ts';
import { CREATE_INTERACTIONS, DELETE_INTERACTION, READ_INTERACTION } from './operations.ts';
import { reltioRequestError } from './reltio-errors.ts';
import { createOptionsOf, includeHiddenOf, interactionInputOf, itemsOf } from './translate-request.ts';
import { reltioCreateResult, reltioInteraction } from './translate-response.ts';

export interface ReltioFacadeDependencies {
  apollo: ApolloServer<ServiceContext>;
  context: GraphQLContextFunction;
  /** The checks every route executing GraphQL passes first (authentication for the path's tenant, rate limit, body limit). */
  guard: (pathTenant: (req: Request) => string | undefined) => RequestHandler[];
}

// Idempotency-Key means something for writes only (GraphQL refuses it on a query): a client
// sending it with every request gets GET answered as if it had not.
const READ_HEADERS = [SOURCE_SYSTEM_HEADER];
const WRITE_HEADERS = [IDEMPOTENCY_KEY_HEADER, SOURCE_SYSTEM_HEADER];

const pathTenant = (req: Request) => (req.params as { tenantId?: string }).tenantId;
const pathInteractionUri = (req: Request) => interactionUri((req.params as { id: string }).id);

/** POST .../interactions: Reltio's Create Interactions; 200 with one result per item, whatever their outcomes. */
const createInteractions =
  (execute: ExecuteGraphQL): RequestHandler =>
  async (req, res) => {
    const items = itemsOf(req.body);
    const variables = { interactions: items.map(interactionInputOf), options: createOptionsOf(req.query) };
    const data = await execute<CreateInteractionsData>(req, res, CREATE_INTERACTIONS, variables);
    res.json(data.createInteractions.map((result) => reltioCreateResult(result, items[result.index])));
  };

/** GET .../interactions/{id}: the interaction as Reltio shows one; 404 when the tenant has none by that id. */
const readInteraction =
  (execute: ExecuteGraphQL): RequestHandler =>
  async (req, res) => {
    const uri = pathInteractionUri(req);
    const data = await execute<ReadInteractionData>(req, res, READ_INTERACTION, { uri, includeHidden: includeHiddenOf(req.query) });
    if (!data.interaction) throw requestError('NOT_FOUND', `no interaction ${uri}`);
    res.json(reltioInteraction(data.interaction));
  };

/** DELETE .../interactions/{id}: Reltio's Delete Interaction, `{ "status": "success" }`, or "error" with details. */
const deleteInteraction =
  (execute: ExecuteGraphQL): RequestHandler =>
  async (req, res) => {
    const data = await execute<DeleteInteractionData>(req, res, DELETE_INTERACTION, { uri: pathInteractionUri(req) });
    const [result] = data.deleteInteractions;
    if (result?.successful) {
      res.json({ status: 'success' });
      return;
    }
    const errors = result?.errors ?? [];
    res
      .status(errors.some((error) => error.name === 'OBJECT_NOT_FOUND') ? 404 : 400)
      .json({ status: 'error', details: errors.map((error) => `Code: ${error.name}; ${error.message}`) });
  };

/** The routes under /services/reltio; anything else there is a 404, and every error is in Reltio's shape. */
export function reltioRouter({ apollo, context, guard }: ReltioFacadeDependencies): Router {
  const read = graphqlExecutor(apollo, context, READ_HEADERS);
  const write = graphqlExecutor(apollo, context, WRITE_HEADERS);
  const guarded = guard(pathTenant);
  const router = Router();
  router
    .route('/api/:tenantId/interactions')
    .post(...guarded, createInteractions(write))
    .all(methodNotAllowed('POST'));
  router
    .route('/api/:tenantId/interactions/:id')
    .get(...guarded, readInteraction(read))
    .delete(...guarded, deleteInteraction(write))
    .all(methodNotAllowed('GET, DELETE'));
  router.use(noSuchRoute);
  router.use(errorHandler(reltioRequestError));
  return router;
}
