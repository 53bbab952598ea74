// Prisma's schema engine (migrations, diffs) as WebAssembly, driven through a driver
// adapter, so that migrations need no native engine binary. The package's own entry
// imports the .wasm file as an ES module, which Node 20 refuses without a flag: the
// module is instantiated here by hand instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);
// Node's global WebAssembly, typed narrowly: the DOM library that declares it is not loaded.
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }> };
};
let initialised: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return initialised;
}

/** Opens a schema engine on the database behind an adapter factory; call `free()` when done. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: Array<{ path: string; content: string }>,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  await initialiseWasm();
  const datamodels = schemaFiles.map((file) => [file.path, file.content] as [string, string]);
  return (await bindings.SchemaEngine.new(
    { datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  )) as SchemaEngine;
}
