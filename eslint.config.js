// Lint: typescript-eslint's type-aware rules, and the layers of src/ as import boundaries:
// entry points → HTTP → GraphQL (with the modules' resolvers) → modules → db → config,
// errors, the logger and the wire protocol. A file may import its own layer and the layers below it only.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folders of src/, first match wins; the entry points (main.ts, service.ts) sit at its root.
const layers = [
  // The browser side: the example app and the client kit it is built on. Neither imports the
  // service, and the service never imports them (it serves the app's build as files).
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'client', pattern: 'src/client', partialMatch: false },
  // The file loader: a client of the API over HTTP like any other, never of the service's internals.
  { type: 'loader', pattern: 'src/loader', partialMatch: false },
  { type: 'tools', pattern: ['src/tools', 'src/bench'], partialMatch: false },
  { type: 'http', pattern: 'src/http', partialMatch: false },
  { type: 'graphql', pattern: 'src/graphql', partialMatch: false },
  { type: 'modules', pattern: 'src/modules', partialMatch: false },
  { type: 'db', pattern: 'src/db', partialMatch: false },
  { type: 'config', pattern: 'src/config', partialMatch: false },
  { type: 'shared', pattern: ['src/errors', 'src/logging', 'src/observability', 'src/protocol'], partialMatch: false },
  { type: 'entry', pattern: 'src', partialMatch: false },
];

const below = {
  app: ['app', 'client'],
  client: ['client'],
  loader: ['loader', 'shared'],
  entry: ['entry', 'tools', 'http', 'graphql', 'modules', 'db', 'config', 'shared'],
  tools: ['tools', 'loader', 'entry', 'http', 'graphql', 'modules', 'db', 'config', 'shared'],
  http: ['http', 'graphql', 'modules', 'db', 'config', 'shared'],
  graphql: ['graphql', 'modules', 'db', 'config', 'shared'],
  modules: ['modules', 'db', 'config', 'shared'],
  db: ['db', 'config', 'shared'],
  config: ['config', 'shared'],
  shared: ['shared'],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'src/db/generated/**',
      'src/graphql/generated/**',
      'src/client/generated/**',
      'src/loader/generated/**',
      'test/generated/**',
      'data/**',
      'coverage/**',
      // npm run build's output
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Apollo's plugin hooks are async by contract, whether or not they await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      // Resolvers live in their module's folder but belong to the GraphQL layer.
      'boundaries/files': [{ category: 'resolvers', pattern: ['**/resolvers.ts', '**/mutation-resolvers.ts'] }],
      'boundaries/include': ['src/**/*.ts', 'src/**/*.tsx'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(below).map(([layer, allowed]) => ({
              from: { element: { type: layer } },
              allow: { to: { element: { types: { anyOf: allowed } } } },
            })),
            {
              from: { element: { type: 'modules' }, file: { categories: 'resolvers' } },
              allow: { to: { element: { type: 'graphql' } } },
            },
            // Packages from node_modules are any layer's to use.
            { allow: { to: { module: { origin: 'external' } } } },
          ],
        },
      ],
    },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching, ...) as any.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The example app and the kit run in browsers, with React's rules of hooks.
    files: ['src/app/**/*.{ts,tsx}', 'src/client/**/*.ts'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The browser code is typed by its own project (DOM, no Node), which the project service
    // cannot find (it looks for tsconfig.json files only): named here.
    files: ['src/app/**/*.{ts,tsx}', 'src/http/playground/browser/**/*.ts', 'test/fixtures/client-consumer/**/*.tsx'],
    ignores: ['src/app/vite.config.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.browser.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // The loader's command runs on plain Node, before any TypeScript is compiled.
  { files: ['src/tools/*.mjs'], languageOptions: { globals: globals.node } },
);
