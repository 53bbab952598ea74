import { createHash } from 'node:crypto';
import { developmentMode, playgroundMode, type Config } from '../../config/env.ts';
import { PLAYGROUND_EXAMPLES } from './examples.ts';
import { PLAYGROUND_ASSET_PATH, PLAYGROUND_CONFIG_ELEMENT_ID, type PlaygroundPageConfig } from './page-config.ts';
import { PLAYGROUND_ENTRY_FILES } from './bundle-location.ts';

/**
 * The page may load and ask nothing but this service: its own scripts, style sheets and
 * workers, GraphQL requests to its own origin. Inline styles stay allowed because GraphiQL and
 * Monaco set them at run time; fonts and images come inlined as data: URLs.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The request headers the playground starts with (JSON with comments, as GraphiQL reads them). */
export function playgroundHeaders(config: Config): string {
  // Short lines: the headers editor is narrow.
  if (developmentMode(config)) {
    return [
      '{',
      '  // Development mode: no credential needed.',
      '  // Requests without one act as the admin',
      `  // of tenant ${JSON.stringify(config.DEMO_TENANT)}. To try a credential,`,
      '  // add "Authorization": "Bearer <key>".',
      `  "X-Tenant-Id": ${JSON.stringify(config.DEMO_TENANT)}`,
      '}',
    ].join('\n');
  }
  return [
    '{',
    '  // A JWT from your identity provider, or',
    '  // an API key (npm run apikey:create).',
    "  // The tenant is the credential's; only an",
    '  // operator names one: "X-Tenant-Id": "<id>".',
    '  "Authorization": "Bearer <JWT or API key>"',
    '}',
  ].join('\n');
}

/** What the page is told: its endpoint, headers and example tabs (without the ones that write when read-only). */
export function playgroundPageConfig(config: Config): PlaygroundPageConfig {
  const readOnly = playgroundMode(config) === 'readonly';
  const headers = playgroundHeaders(config);
  const tabs = PLAYGROUND_EXAMPLES.filter((example) => !(readOnly && example.writes)).map((example) => ({
    query: example.query,
    headers,
    ...(example.variables ? { variables: JSON.stringify(example.variables, null, 2) } : {}),
  }));
  const page = { endpoint: '/graphql', headers, tabs, readOnly };
  const storageNamespace = createHash('sha256').update(JSON.stringify(page)).digest('hex').slice(0, 16);
  return { ...page, storageNamespace };
}

/** JSON in a <script> data block: "<" escaped so that no text in it can close the element. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPlaygroundPage(pageConfig: PlaygroundPageConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interactions service playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PLAYGROUND_ASSET_PATH}/${PLAYGROUND_ENTRY_FILES.style}">
<style>html, body, #playground { height: 100%; margin: 0; }</style>
<script type="application/json" id="${PLAYGROUND_CONFIG_ELEMENT_ID}">${scriptSafeJson(pageConfig)}</script>
<script type="module" src="${PLAYGROUND_ASSET_PATH}/${PLAYGROUND_ENTRY_FILES.script}"></script>
</head>
<body>
<div id="playground"><noscript>The playground needs JavaScript.</noscript></div>
</body>
</html>
`;
}
