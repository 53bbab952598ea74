// The generated hooks are typed for real: a consumer file (test/fixtures/client-consumer)
// compiles as written, where every wrong call is marked `@ts-expect-error`, and without the
// markers the compiler reports an error on each of those lines. Were the types `any`, the
// markers would be unused (an error) and the lines would compile: both checks would fail.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FIXTURE = resolve('test/fixtures/client-consumer/consumer.tsx');
const MARKER = /\/\/ @ts-expect-error.*$/;

const readConfig = (file: string) => {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(file), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`${file} could not be read`);
  return config;
};

/** The compiler's diagnostics for the fixture, with the browser tsconfig's options, its text replaced by `text`. */
function diagnostics(text: string): ts.Diagnostic[] {
  const config = readConfig('tsconfig.browser.json');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === FIXTURE ? text : readFile(file));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) =>
    resolve(file) === FIXTURE ? ts.createSourceFile(file, text, language, true) : getSourceFile(file, language, onError, create);
  const program = ts.createProgram({ rootNames: [FIXTURE], options: config.options, host });
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter(
    (item) => item.file && resolve(item.file.fileName) === FIXTURE,
  );
}

const lineOf = (diagnostic: ts.Diagnostic) => diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
const describeAll = (items: ts.Diagnostic[]) =>
  items.map((item) => `${lineOf(item) + 1}: ${ts.flattenDiagnosticMessageText(item.messageText, ' ')}`);

describe('generated client hooks, as a consumer type-checks them', () => {
  const source = readFileSync(FIXTURE, 'utf8');
  const marked = source
    .split('\n')
    .flatMap((line, index) => (MARKER.test(line) ? [index + 1] : []))
    .filter((line) => line > 0);

  it('compiles the consumer as written: every marked line is an error the compiler expected', () => {
    expect(marked.length).toBeGreaterThanOrEqual(10);
    expect(describeAll(diagnostics(source))).toEqual([]);
  }, 60_000);

  it('reports an error on each marked line once the markers are gone, and on no other', () => {
    const unmarked = source
      .split('\n')
      .map((line) => line.replace(MARKER, ''))
      .join('\n');
    const found = diagnostics(unmarked);
    expect(
      [...new Set(found.map(lineOf))].sort((a, b) => a - b),
      describeAll(found).join('\n'),
    ).toEqual(marked);
  }, 60_000);
});

describe('the browser code and the service, type-checked apart', () => {
  const browser = readConfig('tsconfig.browser.json');
  const service = readConfig('tsconfig.json');
  const has = (config: ts.ParsedCommandLine, file: string) => config.fileNames.map((name) => resolve(name)).includes(resolve(file));

  it('checks the app, the kit, the playground page and the consumer with the DOM, the service without', () => {
    for (const file of ['src/app/main.tsx', 'src/client/client.ts', 'src/http/playground/browser/main.ts', FIXTURE])
      expect(has(browser, file), file).toBe(true);
    expect(browser.options.lib).toEqual(expect.arrayContaining(['lib.dom.d.ts']));
    for (const file of ['src/app/main.tsx', 'src/http/playground/browser/main.ts', FIXTURE]) expect(has(service, file), file).toBe(false);
    expect(service.options.lib?.some((lib) => /dom/i.test(lib))).toBe(false);
  });

  it('refuses a browser global in service code', () => {
    const probe = resolve('src/http/dom-probe.ts');
    const host = ts.createCompilerHost(service.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, language, onError, create) =>
      resolve(file) === probe
        ? ts.createSourceFile(file, "export const stored = localStorage.getItem('token');", language, true)
        : getSourceFile(file, language, onError, create);
    const program = ts.createProgram({ rootNames: [probe], options: service.options, host });
    expect(program.getSemanticDiagnostics().map((item) => ts.flattenDiagnosticMessageText(item.messageText, ' '))).toEqual([
      "Cannot find name 'localStorage'.",
    ]);
  }, 60_000);
});
