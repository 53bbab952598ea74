import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { authorize } from '../modules/access/authorize.ts';
import { forbidden } from '../modules/access/auth-errors.ts';
import { requestError } from '../errors/request-errors.ts';
import type { Logger } from '../logging/logger.ts';
import type { ServiceContext } from '../modules/context/service-context.ts';
import { rootFieldRules } from './field-rules.ts';
import { isSubscriptionCheck } from './subscription-check.ts';
import { variablesWithDefaults } from './operation-variables.ts';
import { rootFields } from './root-fields.ts';

/**
 * The one place GraphQL access is enforced: every root field of the operation must be
 * allowed by its @auth rule before anything executes, so a refused request does nothing at
 * all. A field without a rule is refused (and logged): access is never granted by omission.
 */
export function accessControlPlugin(logger: Logger): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          // graphql-js would fail such an operation as an internal error: it is the caller's.
          const overWebSocket = isSubscriptionCheck(contextValue);
          if (operation.operation === OperationTypeNode.SUBSCRIPTION && !overWebSocket)
            throw requestError(
              'BAD_REQUEST',
              'subscriptions are served over WebSocket (the graphql-ws protocol at /graphql), not over HTTP',
            );
          if (operation.operation !== OperationTypeNode.SUBSCRIPTION && overWebSocket)
            throw requestError('BAD_REQUEST', 'over WebSocket, send subscriptions; send queries and mutations over HTTP');
          if (!schema.getRootType(operation.operation))
            throw requestError('BAD_REQUEST', `this service offers no ${operation.operation} operations`);
          const rules = rootFieldRules(schema);
          for (const field of rootFields(schema, operation, document, variablesWithDefaults(operation, request.variables ?? {}))) {
            // __typename, __schema and __type: introspection has its own setting.
            if (field.name.startsWith('__')) continue;
            const name = `${field.rootType.name}.${field.name}`;
            const rule = rules.get(name);
            if (!rule?.requires) {
              logger.error({ field: name }, 'a root field has no @auth rule: refused');
              throw forbidden(`${field.name} is not available`);
            }
            authorize(contextValue.principal, contextValue.hasTenant, { role: rule.requires, tenant: rule.needsTenant }, field.name);
          }
        },
      };
    },
  };
}
