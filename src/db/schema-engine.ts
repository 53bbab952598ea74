// Prisma's schema engine (migrations, diffs) as WebAssembly, driven through a driver
// adapter, so that migrations need no native engine binary. The package's own entry
// imports the .wasm file as an ES module, which Node 20 refuses without a flag: the
// module is instantiated here by hand instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { isSqliteBusy, SQLITE_BUSY_WAIT_MS, SqliteFileBusy } from './sqlite-busy.ts';
import { startEngineRun, withTrackedTimers } from './engine-timers.ts';

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
      './schema_engine_bg.js': withTrackedTimers(bindings),
    });
    const exports = instance.exports as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return initialised;
}

/**
 * Runs `work` with a schema engine on the database behind an adapter factory, then frees the
 * engine and closes every connection it opened (the engine itself never closes them, and an
 * open SQLite connection would keep the file locked).
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: Array<{ path: string; content: string }>,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initialiseWasm();
  const opened: SqlDriverAdapter[] = [];
  let busyFile: string | null = null;
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  async function remember(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
    opened.push(adapter);
    if (adapter.provider !== 'sqlite') return adapter;
    const file = await sqliteFileOf(adapter);
    return watchForBusy(adapter, () => (busyFile ??= file));
  }
  const datamodels = schemaFiles.map((file) => [file.path, file.content] as [string, string]);
  const engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  const endEngineRun = startEngineRun();
  try {
    return await work(engine);
  } catch (error) {
    // The engine reports a lock it could not get as a failure to decode the driver's error.
    if (busyFile !== null)
      throw new SqliteFileBusy(
        busyFile,
        'the schema engine needs the file to itself; stop that process (or let it finish) and try again',
        SQLITE_BUSY_WAIT_MS,
      );
    throw error;
  } finally {
    engine.free();
    endEngineRun();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

const noArgs = { args: [], argTypes: [] };

/**
 * The file of an SQLite connection, which is given a short wait for locks: the engine puts the
 * file in exclusive locking mode, which another process that has it open (a running service)
 * keeps it from getting for good, and the driver's own wait would only delay saying so.
 */
async function sqliteFileOf(adapter: SqlDriverAdapter): Promise<string> {
  await adapter.queryRaw({ sql: `PRAGMA busy_timeout = ${SQLITE_BUSY_WAIT_MS}`, ...noArgs });
  const { rows } = await adapter.queryRaw({ sql: 'PRAGMA database_list', ...noArgs });
  const file: unknown = rows.find((row) => row[1] === 'main')?.[2];
  return typeof file === 'string' && file !== '' ? file : ':memory:';
}

/** The adapter (and the transactions it starts), calling `onBusy` when a statement finds the file locked. */
function watchForBusy<T extends object>(target: T, onBusy: () => void): T {
  const noticed = (error: unknown): never => {
    if (isSqliteBusy(error)) onBusy();
    throw error;
  };
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = Reflect.apply(value, object, args);
          if (!(result instanceof Promise)) return result;
          return result.then(
            (resolved: unknown) =>
              property === 'startTransaction' && typeof resolved === 'object' && resolved !== null
                ? watchForBusy(resolved, onBusy)
                : resolved,
            noticed,
          );
        } catch (error) {
          return noticed(error);
        }
      };
    },
  });
}
