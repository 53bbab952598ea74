// The MXO-compatible endpoint: MXO's Interaction API (POST/PUT /interaction, PUT
// /interaction/offline, PUT /interactions/offline) over trackInteractions, behind the same
// checks as /graphql. Its own code only translates requests and answers. The site key (`sk`)
// names the tenant; optimizations are not computed: POST answers an empty list.
import type { ApolloServer } from '@apollo/server';
import express, { Router, type Request, type RequestHandler } from 'express';
import { requestError } from '../../errors/request-errors.ts';
import type { ServiceContext } from '../../modules/context/service-context.ts';
import { IDEMPOTENCY_KEY_HEADER, SOURCE_SYSTEM_HEADER } from '../../protocol/headers.ts';
import { errorHandler, methodNotAllowed, noSuchRoute } from '../error-response.ts';
import { graphqlExecutor, type ExecuteGraphQL } from '../execute-graphql.ts';
import type { GraphQLContextFunction } from '../graphql-context.ts';
import { mxoRequestError } from './mxo-errors.ts';
import { TRACK_INTERACTIONS, type TrackInteractionsData } from './operations.ts';
import { eventOf, eventsOf, mxoAnswer, queryTid, siteKey, statusOf } from './translate.ts';

export interface MxoEndpointDependencies {
  apollo: ApolloServer<ServiceContext>;
  context: GraphQLContextFunction;
  /** The checks every route executing GraphQL passes first (authentication for the tenant a request names, rate limit, body limit). */
  guard: (requestTenant: (req: Request) => string | undefined) => RequestHandler[];
  maxBodyBytes: number;
}

/** MXO's limit of `PUT …/interactions/offline`: "a maximum of 100 offline interactions per call". */
export const MAX_OFFLINE_INTERACTIONS = 100;

const requireSiteKey: RequestHandler = (req, _res, next) => {
  if (siteKey(req) === undefined) throw requestError('BAD_REQUEST', 'the sk query parameter (the site key of the space) is required');
  next();
};

const isForm = (req: Request) => Boolean(req.is('application/x-www-form-urlencoded'));

/** One interaction (real-time or offline): MXO's `{ statusCode, tid }`, with the event's status. */
const trackOne =
  (execute: ExecuteGraphQL, { offline, optimizations }: { offline: boolean; optimizations: boolean }): RequestHandler =>
  async (req, res) => {
    const event = eventOf(req.body, queryTid(req), isForm(req));
    const data = await execute<TrackInteractionsData>(req, res, TRACK_INTERACTIONS, { events: [event], options: { offline } });
    const result = data.trackInteractions[0]!;
    const answer = mxoAnswer(result);
    res
      .status(statusOf(result))
      .json(result.successful && optimizations ? { ...answer, trackers: [], captures: [], optimizations: [] } : answer);
  };

/** Up to 100 offline interactions: 200 with an answer per interaction, in order, whatever their outcomes. */
const trackOffline =
  (execute: ExecuteGraphQL): RequestHandler =>
  async (req, res) => {
    const events = eventsOf(req.body, queryTid(req), MAX_OFFLINE_INTERACTIONS);
    const data = await execute<TrackInteractionsData>(req, res, TRACK_INTERACTIONS, { events, options: { offline: true } });
    res.json({ statusCode: 200, responses: data.trackInteractions.map(mxoAnswer) });
  };

/** The routes under /one/oauth2/rt/api/2.0; anything else there is a 404, and every error is in the endpoint's shape. */
export function mxoRouter({ apollo, context, guard, maxBodyBytes }: MxoEndpointDependencies): Router {
  const write = graphqlExecutor(apollo, context, [IDEMPOTENCY_KEY_HEADER, SOURCE_SYSTEM_HEADER]);
  const guarded = [...guard(siteKey), requireSiteKey, express.urlencoded({ extended: false, limit: maxBodyBytes })];
  const router = Router();
  router
    .route('/interaction')
    .post(...guarded, trackOne(write, { offline: false, optimizations: true }))
    .put(...guarded, trackOne(write, { offline: false, optimizations: false }))
    .all(methodNotAllowed('POST, PUT'));
  router
    .route('/interaction/offline')
    .put(...guarded, trackOne(write, { offline: true, optimizations: false }))
    .all(methodNotAllowed('PUT'));
  router
    .route('/interactions/offline')
    .put(...guarded, trackOffline(write))
    .all(methodNotAllowed('PUT'));
  router.use(noSuchRoute);
  router.use(errorHandler(mxoRequestError));
  return router;
}
