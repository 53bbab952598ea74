/// <reference lib="dom" />
// The playground's browser code: GraphiQL from npm, bundled by src/tools/build-playground.ts
// into files the service serves itself, so that the page works with no internet: it loads
// nothing from another host (the page's Content-Security-Policy forbids it anyway).
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { getOperationAST, GraphQLError, OperationTypeNode, parse, type ExecutionResult } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStorage } from './storage.ts';
import { PLAYGROUND_ASSET_PATH, PLAYGROUND_CONFIG_ELEMENT_ID, type PlaygroundPageConfig } from '../page-config.ts';

const config = JSON.parse(document.getElementById(PLAYGROUND_CONFIG_ELEMENT_ID)?.textContent ?? '{}') as PlaygroundPageConfig;

// Monaco runs its language services in web workers; GraphiQL's own setups load them from a CDN
// (esm.sh) or rely on a bundler's worker syntax, so they are built as files of their own.
const WORKERS: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(`${PLAYGROUND_ASSET_PATH}/${WORKERS[label] ?? 'editor.worker.js'}`),
};

/** Whether the operation about to be sent is a mutation (a document that does not parse is refused by the service anyway). */
function isMutation(query: string, operationName: string | null | undefined): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === OperationTypeNode.MUTATION;
  } catch {
    return false;
  }
}

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  // PLAYGROUND=readonly is a property of this page only: the API itself still takes mutations
  // from any caller whose credential has the role (a reader's key makes a truly read-only caller).
  if (config.readOnly && isMutation(params.query, params.operationName)) {
    return { errors: [new GraphQLError('This playground is read-only (PLAYGROUND=readonly): it does not send mutations.')] };
  }
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

createRoot(document.getElementById('playground')!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.tabs,
    defaultHeaders: config.headers,
    defaultEditorToolsVisibility: 'headers',
    // Headers may hold a credential: they stay in the tab, never in the browser's storage.
    shouldPersistHeaders: false,
    storage: playgroundStorage(localStorage, config.storageNamespace),
    visiblePlugin: 'Documentation Explorer',
  }),
);
