import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseProvider } from "./database-url";
import { pgMigrationAdapterFactory } from "./pg-migration-adapter";

// Prisma's CLI downloads a native schema engine and fails offline; its wasm build
// does the same work in-process. Loaded once per process.
let isWasmReady = false;

// The engine reports a Rust panic through this global before it aborts; without it
// the panic itself turns into "Cannot read properties of undefined" and the call
// never settles. Keep the message so the failing call can say what went wrong.
const panics = globalThis as unknown as {
  PRISMA_WASM_PANIC_REGISTRY?: { set_message: (m: string) => void };
  lastSchemaEnginePanic?: string;
};
panics.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message) => {
    panics.lastSchemaEnginePanic = message;
  },
};

function loadWasm(): void {
  if (isWasmReady) return;
  const require = createRequire(import.meta.url);
  // the package's exports do not list the .wasm file: resolve its folder through package.json's neighbour
  const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(jsPath), "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  isWasmReady = true;
}

// The adapter's executeRaw takes one statement, but replaying a table-rebuild
// migration sends several at once: fall back to executeScript for those.
function withMultiStatementFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && /more than one statement/i.test(String((error as Error)?.message ?? error))) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

export type EngineSession = {
  engine: bg.SchemaEngine;
  close: () => Promise<void>;
};

/** Opens a schema engine on a database URL; always `close()` it, or a SQLite file stays locked. */
export async function openSchemaEngine(url: string, datamodels: [string, string][]): Promise<EngineSession> {
  loadWasm();
  const isPostgres = databaseProvider(url) === "postgresql";
  const factory = isPostgres ? pgMigrationAdapterFactory(url) : new PrismaBetterSqlite3({ url });
  const opened: SqlDriverAdapter[] = [];
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  // SQLite's adapter takes one statement per executeRaw; PostgreSQL's module handles scripts itself
  const wrap = isPostgres ? (a: SqlDriverAdapter) => a : withMultiStatementFallback;
  factory.connect = async () => {
    const a = wrap(await connect());
    opened.push(a);
    return a;
  };
  factory.connectToShadowDb = async () => {
    const a = wrap(await connectToShadowDb());
    opened.push(a);
    return a;
  };
  const engine = await bg.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    },
  };
}
