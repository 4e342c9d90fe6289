import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseFile, databaseProvider, databaseUrl, type DatabaseProvider } from "./database-url";
import { openSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
/** The one models file both providers' schemas share. */
export const MODELS_PATH = path.join(PRISMA_DIR, "models.prisma");
const LOCKFILE = "migration_lock.toml";

type ProviderLayout = { header: string; migrationsDir: string; externalTables: string[] };

// Tables Prisma's schema does not describe but our migrations create (SQLite: the
// FTS5 search index and its shadow tables; PostgreSQL: the tsvector search table and
// the change counter): without this the diff would drop them.
export const LAYOUT: Record<DatabaseProvider, ProviderLayout> = {
  sqlite: {
    header: path.join(PRISMA_DIR, "sqlite", "schema.prisma"),
    migrationsDir: path.join(PRISMA_DIR, "migrations"),
    externalTables: [
      "deal_search",
      "deal_search_data",
      "deal_search_idx",
      "deal_search_docsize",
      "deal_search_config",
      "deal_search_content",
    ],
  },
  postgresql: {
    header: path.join(PRISMA_DIR, "postgresql", "schema.prisma"),
    migrationsDir: path.join(PRISMA_DIR, "migrations-postgresql"),
    externalTables: ["public.deal_search", "public.change_counter"],
  },
};

export const EXTERNAL_TABLES = LAYOUT.sqlite.externalTables;

const filtersOf = (provider: DatabaseProvider) => ({
  externalTables: LAYOUT[provider].externalTables,
  externalEnums: [],
});

function readMigrationList(dir: string): MigrationList {
  const lockPath = path.join(dir, LOCKFILE);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** The provider's schema: its datasource and generator, and the shared models. */
export function schemaFiles(provider: DatabaseProvider): [string, string][] {
  const { header } = LAYOUT[provider];
  return [
    [header, fs.readFileSync(header, "utf8")],
    [MODELS_PATH, fs.readFileSync(MODELS_PATH, "utf8")],
  ];
}

// The wasm engine reports SQLite's busy timeout as an unknown "SocketTimeout" variant.
const LOCKED = /SocketTimeout|database is locked|SQLITE_BUSY/;

// Any fixed number: every instance of the app asks PostgreSQL for the same lock.
const MIGRATION_LOCK_KEY = 7_243_501_913;

/**
 * Holds PostgreSQL's advisory lock for the migrations while `run` runs: instances
 * started together wait for each other, and the later ones find nothing to apply.
 */
async function withMigrationLock<T>(url: string, run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await run();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyWithEngine(url: string, provider: DatabaseProvider): Promise<string[]> {
  const session = await openSchemaEngine(url, schemaFiles(provider));
  try {
    const out = await session.engine.applyMigrations({
      migrationsList: readMigrationList(LAYOUT[provider].migrationsDir),
      filters: filtersOf(provider),
    });
    return out.appliedMigrationNames;
  } finally {
    await session.close();
  }
}

/** Applies every pending migration to the database; returns the names applied. */
export async function applyMigrations(url: string = databaseUrl()): Promise<string[]> {
  const provider = databaseProvider(url);
  if (provider === "postgresql") return withMigrationLock(url, () => applyWithEngine(url, provider));
  fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
  try {
    return await applyWithEngine(url, provider);
  } catch (error) {
    if (LOCKED.test(String((error as Error)?.message ?? error))) {
      throw new Error(
        `${databaseFile(url)} is locked by another process: is the app (next start / next dev) still running on it? Stop it and try again.`,
      );
    }
    throw error;
  }
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

const EMPTY_MIGRATION = /^-- This is an empty migration\.?$/m;

/**
 * The SQL that takes a provider's committed migrations to the current models, or
 * null when they match. `scratchUrl` is a throw-away SQLite file or a PostgreSQL
 * server (the diff replays the migrations into a shadow database it drops again).
 */
export async function pendingSchemaChange(provider: DatabaseProvider, scratchUrl: string): Promise<string | null> {
  const files = schemaFiles(provider);
  const session = await openSchemaEngine(scratchUrl, files);
  try {
    const result = await session.engine.diff({
      from: { tag: "migrations", ...readMigrationList(LAYOUT[provider].migrationsDir) },
      to: { tag: "schemaDatamodel", files: files.map(([p, content]) => ({ path: p, content })) },
      script: true,
      exitCode: null,
      filters: filtersOf(provider),
      // present in the engine's params though missing from its type declarations
      ...({ shadowDatabaseUrl: null } as object),
    });
    const sql = (result.stdout ?? "").trim();
    return !sql || (EMPTY_MIGRATION.test(sql) && sql.split("\n").length <= 1) ? null : sql;
  } finally {
    await session.close();
  }
}

/**
 * Writes <migrations folder>/<timestamp>_<name>/migration.sql for the provider of
 * `scratchUrl` with the SQL that takes its committed migrations to the current
 * models; returns the folder, or null when the models have no changes.
 */
export async function createMigration(name: string, scratchUrl: string, stamp = timestamp()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name must be lower_snake_case, got "${name}"`);
  const provider = databaseProvider(scratchUrl);
  const dir = LAYOUT[provider].migrationsDir;
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCKFILE);
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(
      lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  const sql = await pendingSchemaChange(provider, scratchUrl);
  if (!sql) return null;
  const folder = path.join(dir, `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
  return folder;
}
