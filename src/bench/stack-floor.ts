// The fixed cost of the service's framework alone: @apollo/server on Express 5 with a JSON body
// parser and pino-http logging each request, as the service serves /graphql, but none of the
// service's own work (credentials, tenant, limits, request scope, metrics). Its `{ __typename }`
// beside the service's tells the framework's share of a request's fixed cost from the service's.
//   node --import tsx src/bench/stack-floor.ts   (prints its URL; logs to stdout)
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';

const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
await apollo.start();
const app = express();
app.disable('x-powered-by');
app.set('etag', false);
app.use(pinoHttp({ logger: pino({ level: 'info' }) }));
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = app.listen(0, '127.0.0.1', () =>
  console.log(`stack floor listening at http://127.0.0.1:${(server.address() as AddressInfo).port}`),
);
process.on('SIGTERM', () => server.close(() => void apollo.stop()));
