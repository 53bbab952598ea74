import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { answerOfError, requestError } from '../errors/request-errors.ts';
import { unavailabilityOf } from '../db/unavailable.ts';
import { claimOrReplay, type IdempotencySettings } from '../modules/idempotency/claim.ts';
import { holdClaim, type HeldClaim } from '../modules/idempotency/held-claim.ts';
import { checkedIdempotencyKey } from '../modules/idempotency/idempotency-key.ts';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '../protocol/headers.ts';
import { KeyWatches } from '../modules/idempotency/key-watches.ts';
import { requestHash } from '../modules/idempotency/request-hash.ts';
import { keptAnswer } from '../modules/idempotency/stored-answer.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { variablesWithDefaults } from './operation-variables.ts';
import { rootFields } from './root-fields.ts';

/** Marks an answer given from the store rather than by running the request again. */

function replay(stored: string): GraphQLResponse {
  const { status, body } = keptAnswer<FormattedExecutionResult>(stored);
  return { http: { status, headers: new HeaderMap([[IDEMPOTENT_REPLAYED_HEADER, 'true']]) }, body: { kind: 'single', singleResult: body } };
}

// Apollo turns an error thrown from responseForOperation into a 500: a refusal is answered instead.
function refusal(error: GraphQLError): GraphQLResponse {
  const { status, headers, error: formatted } = answerOfError(error);
  return { http: { status, headers: new HeaderMap([...headers]) }, body: { kind: 'single', singleResult: { errors: [formatted] } } };
}

/** An answer worth replaying: the request ran (item failures are results), rather than failing whole. */
function ranToAnAnswer(status: number | undefined, result: FormattedExecutionResult | undefined): boolean {
  if ((status ?? 200) !== 200 || result?.data == null) return false;
  return !result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/**
 * "Retry later" (503), as when the database went away between two of a large batch's
 * transactions: not an answer to keep, which would send the retries round for the key's whole
 * retention. Not kept, a request that wrote tells its retries that its outcome is unknown, and
 * one that wrote nothing runs again.
 */
function saysRetryLater(result: FormattedExecutionResult): boolean {
  return result.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE') ?? false;
}

/**
 * The Idempotency-Key header of mutations (src/modules/idempotency). Registered after access
 * control and the request limits: its claim is made in responseForOperation, which runs only
 * once every didResolveOperation check has passed, so a refused request never holds a key.
 * The header is read from the GraphQL request's HTTP head, whichever route executes it.
 */
export function idempotencyPlugin(settings: IdempotencySettings): ApolloServerPlugin<ServiceContext> {
  // By request: Apollo hands the same request context to every hook of one request.
  const heldClaims = new WeakMap<object, HeldClaim>();
  const takeClaim = (requestContext: object) => {
    const claim = heldClaims.get(requestContext);
    heldClaims.delete(requestContext);
    return claim;
  };
  // This process's requests waiting for the answer of a key another request holds.
  const watches = new KeyWatches();
  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (header === undefined) return;
      let key: string | null = null;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          const variables = variablesWithDefaults(operation, request.variables ?? {});
          key = checkedIdempotencyKey(header, {
            kind: operation.operation,
            actsOnTenant: contextValue.hasTenant,
            rootFields: rootFields(schema, operation, document, variables).map((field) => field.name),
          });
        },
        async responseForOperation(requestContext) {
          if (key === null) return null;
          const { source, operationName, request, contextValue } = requestContext;
          let outcome;
          try {
            const hash = requestHash({
              query: source,
              operationName,
              variables: request.variables ?? {},
              sourceSystem: contextValue.sourceSystem,
              subject: contextValue.caller,
            });
            outcome = await claimOrReplay(contextValue.db, contextValue.tenantId, key, hash, settings, watches);
          } catch (error) {
            if (error instanceof GraphQLError) return refusal(error);
            const unavailable = unavailabilityOf(error);
            if (unavailable) {
              contextValue.logger.warn({ err: error }, 'could not claim an Idempotency-Key: the database is unavailable');
              return refusal(unavailable);
            }
            contextValue.logger.error({ err: error }, 'could not claim an Idempotency-Key');
            return refusal(requestError('INTERNAL_SERVER_ERROR', 'Internal server error'));
          }
          if (outcome.kind === 'replay') return replay(outcome.response);
          const claim = holdClaim(contextValue.db, outcome.claim, settings, contextValue.logger);
          heldClaims.set(requestContext, claim);
          // Marked at once: from its first commit on, the request is never run again under its key,
          // even when its process dies before it answers.
          contextValue.writes.onFirstCommit(() => claim.markWritten());
          return null;
        },
        async willSendResponse(requestContext) {
          const claim = takeClaim(requestContext);
          if (!claim) return;
          const { response, contextValue } = requestContext;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          await claim.settle({
            answer: result && !saysRetryLater(result) ? { status: response.http.status ?? 200, body: result } : undefined,
            ranToAnAnswer: ranToAnAnswer(response.http.status, result),
            wrote: contextValue.writes.count > 0,
          });
        },
      };
    },
    // A hook that throws ends the request without willSendResponse, and without an answer to keep.
    async unexpectedErrorProcessingRequest({ requestContext }) {
      await takeClaim(requestContext)?.settle({
        answer: undefined,
        ranToAnAnswer: false,
        wrote: requestContext.contextValue.writes.count > 0,
      });
    },
  };
}
