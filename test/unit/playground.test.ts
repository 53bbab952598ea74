// The playground's page contents alone: its examples against the schema, its setting, headers and read-only mode.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildSchema, getOperationAST, Kind, OperationTypeNode, parse, validate, visit, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, playgroundMode } from '../../src/config/env.ts';
import { PLAYGROUND_EXAMPLES } from '../../src/http/playground/examples.ts';
import { playgroundStorage, type BackingStorage } from '../../src/http/playground/browser/storage.ts';
import { playgroundPageConfig } from '../../src/http/playground/page.ts';
import { playgroundRouter } from '../../src/http/playground/routes.ts';
import type { Logger } from '../../src/logging/logger.ts';
import { playgroundInputs, remoteReferences } from '../../src/tools/playground-bundle.ts';

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
  });

  it("walk the timeline both ways: first/after and last/before are declared and passed to the entity's interactions", () => {
    const timeline = PLAYGROUND_EXAMPLES.find((example) => example.query.includes('EntityTimeline'))!;
    const operation = getOperationAST(parse(timeline.query))!;
    const paging = ['first', 'after', 'last', 'before'];
    expect(operation.variableDefinitions?.map((v) => v.variable.name.value)).toEqual(expect.arrayContaining(paging));
    let passed: Record<string, string> = {};
    visit(operation, {
      Field(field) {
        if (field.name.value !== 'interactions') return;
        passed = Object.fromEntries(
          field.arguments!.map((argument) => [argument.name.value, argument.value.kind === Kind.VARIABLE ? argument.value.name.value : '']),
        );
      },
    });
    expect(passed).toEqual({ first: 'first', after: 'after', last: 'last', before: 'before' });
    expect(Object.keys(timeline.variables ?? {})).toEqual(paging);
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

  it('warns at start when introspection is off, which leaves the docs explorer empty', () => {
    const warnings = (env: Record<string, string>) => {
      const messages: string[] = [];
      const logger = { warn: (_fields: unknown, message: string) => void messages.push(message) } as unknown as Logger;
      playgroundRouter(loadConfig(env), logger);
      return messages.filter((message) => /introspection/.test(message));
    };
    expect(warnings({ PLAYGROUND: 'readonly', INTROSPECTION: 'false' })).toEqual([expect.stringMatching(/docs explorer will be empty/)]);
    expect(warnings({ PLAYGROUND: 'on' })).toEqual([]);
    expect(warnings({ PLAYGROUND: 'off', INTROSPECTION: 'false' })).toEqual([]);
  });

  it("names the page's storage by its configuration: read-only, other headers or examples start afresh", () => {
    const namespace = (env: Record<string, string>) => playgroundPageConfig(loadConfig(env)).storageNamespace;
    expect(namespace({})).toMatch(/^[0-9a-f]{16}$/);
    expect(namespace({})).toBe(namespace({}));
    expect(namespace({ PLAYGROUND: 'readonly' })).not.toBe(namespace({}));
    expect(namespace({ DEV_MODE: 'true', DEMO_TENANT: 'acme' })).not.toBe(namespace({ DEV_MODE: 'true', DEMO_TENANT: 'other' }));
  });

  it('prefills the tenant in development mode and an Authorization placeholder otherwise, as JSON with comments', () => {
    const development = playgroundPageConfig(loadConfig({ DEV_MODE: 'true', DEMO_TENANT: 'acme' })).headers;
    expect(development).toMatch(/\/\/ Development mode: no credential needed/);
    expect(parseJSONC(development)).toEqual({ 'X-Tenant-Id': 'acme' });
    const credentials = playgroundPageConfig(loadConfig({ DEV_MODE: 'false' })).headers;
    expect(parseJSONC(credentials)).toEqual({ Authorization: 'Bearer <JWT or API key>' });
  });
});

describe("the playground's storage", () => {
  /** A Storage as the browser's, over a Map. */
  const memoryStorage = (): BackingStorage => {
    const items = new Map<string, string>();
    return {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
      key: (index) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    };
  };

  it('keeps each page configuration apart, and clears only its own', () => {
    const backing = memoryStorage();
    backing.setItem('other', 'kept');
    const on = playgroundStorage(backing, 'on');
    const readOnly = playgroundStorage(backing, 'readonly');
    on.setItem('graphiql:visiblePlugin', 'Documentation Explorer');
    expect(on.getItem('graphiql:visiblePlugin')).toBe('Documentation Explorer');
    expect(readOnly.getItem('graphiql:visiblePlugin')).toBeNull();
    expect(on.length).toBe(1);
    on.clear();
    expect(on.length).toBe(0);
    expect(backing.getItem('other')).toBe('kept');
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

  it('rebuilds when any installed package, the build itself or a browser source changes', () => {
    const inputs = playgroundInputs().map((file) => relative(process.cwd(), file));
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/http/playground/browser/main.ts',
        'src/http/playground/browser/storage.ts',
        'src/http/playground/page-config.ts',
        'src/tools/playground-bundle.ts',
        'src/tools/build-playground.ts',
        'node_modules/.package-lock.json',
      ]),
    );
  });
});
