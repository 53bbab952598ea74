// The playground's page contents alone: its examples against the schema, its setting, headers and read-only mode.
import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, Kind, OperationTypeNode, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, playgroundMode } from '../../src/config/env.ts';
import { PLAYGROUND_EXAMPLES } from '../../src/http/playground/examples.ts';
import { playgroundPageConfig } from '../../src/http/playground/page.ts';
import { remoteReferences } from '../../src/tools/playground-bundle.ts';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
// The headers' comments are whole lines, so dropping those lines reads them as GraphiQL does.
const parseJSONC = (text: string): unknown => JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
const operations = (query: string) =>
  parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('playground examples', () => {
  it('are valid operations of schema.graphql, each marked as writing exactly when it holds a mutation', () => {
    for (const example of PLAYGROUND_EXAMPLES) {
      expect(validate(schema, parse(example.query)).map((error) => error.message)).toEqual([]);
      expect(operations(example.query).some((operation) => operation.operation === OperationTypeNode.MUTATION)).toBe(example.writes);
    }
  });

  it('cover the Reltio Lunch, a timeline with paging, an interaction type and a 536 replay', () => {
    const names = PLAYGROUND_EXAMPLES.flatMap((example) => operations(example.query).map((operation) => operation.name?.value));
    expect(names).toEqual(['InteractionTypeConfiguration', 'CreateLunch', 'CreateLunchMembers', 'EntityTimeline', 'ReplayEmailOpened']);
    const timeline = PLAYGROUND_EXAMPLES.find((example) => example.query.includes('EntityTimeline'))!;
    expect(getOperationAST(parse(timeline.query))?.variableDefinitions?.map((v) => v.variable.name.value)).toEqual(
      expect.arrayContaining(['first', 'after']),
    );
  });
});

describe('PLAYGROUND', () => {
  it('auto is on outside production and off in it; off, on and readonly are taken as they are', () => {
    expect(playgroundMode(loadConfig({}))).toBe('on');
    expect(playgroundMode(loadConfig({ NODE_ENV: 'production' }))).toBe('off');
    expect(playgroundMode(loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'readonly' }))).toBe('readonly');
    expect(playgroundMode(loadConfig({ PLAYGROUND: 'off' }))).toBe('off');
    expect(() => loadConfig({ PLAYGROUND: 'yes' })).toThrow(/invalid PLAYGROUND="yes"/);
  });

  it('readonly leaves out the examples that write and tells the page to send no mutation', () => {
    const page = playgroundPageConfig(loadConfig({ PLAYGROUND: 'readonly' }));
    expect(page.readOnly).toBe(true);
    expect(page.tabs.map((tab) => tab.query)).not.toContainEqual(expect.stringMatching(/^mutation /m));
    expect(playgroundPageConfig(loadConfig({})).tabs).toHaveLength(PLAYGROUND_EXAMPLES.length);
  });

  it('prefills the tenant in development mode and an Authorization placeholder otherwise, as JSON with comments', () => {
    const development = playgroundPageConfig(loadConfig({ DEV_MODE: 'true', DEMO_TENANT: 'acme' })).headers;
    expect(development).toMatch(/\/\/ Development mode: no credential needed/);
    expect(parseJSONC(development)).toEqual({ 'X-Tenant-Id': 'acme' });
    const credentials = playgroundPageConfig(loadConfig({ DEV_MODE: 'false' })).headers;
    expect(parseJSONC(credentials)).toEqual({ Authorization: 'Bearer <JWT or API key>' });
  });
});

describe('the bundle check', () => {
  it('finds style sheets and scripts that would load from another host, and lets links and inlined fonts be', () => {
    const files = {
      'a.css':
        '@font-face{src:url(data:font/woff2;base64,AAAA)} .x{background:url(./img.png)} @import url("https://fonts.googleapis.com/css?family=Fira");',
      'b.css': '.y{background:url(https://example.com/logo.png)}',
      'c.js': 'import("https://esm.sh/monaco-editor"); const docs = "https://github.com/graphql/graphiql";',
    };
    expect(remoteReferences(files)).toEqual([
      'a.css: url(https://fonts.googleapis.com/css?family=Fira)',
      'a.css: fonts.googleapis.com',
      'a.css: @import url("https://fonts.googleapis.com/css?family=Fira")',
      'b.css: url(https://example.com/logo.png)',
      'c.js: esm.sh',
    ]);
  });
});
