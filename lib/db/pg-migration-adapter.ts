import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";

// @prisma/adapter-pg 7.10.0 (and 7.10.1) was written for Prisma Client, and three of
// its parts break the schema engine's offline migrations. This module is the one
// place that works around them:
// 1. executeScript splits a script on every ";", so a migration with a $$ function
//    body is sent in pieces and fails half-applied: scripts are split here with
//    quotes, comments and dollar quotes respected.
// 2. connectToShadowDb, given a connection string, connects to the real database
//    (pg lets the string's database win over the `database` option), and drops the
//    shadow database while its own pool still holds connections, so it leaks one
//    `prisma_migrate_shadow_db_…` per diff: here the shadow database gets its own URL
//    and is dropped (WITH (FORCE)) after its pool has ended.
// 3. The engine's introspection reads pg_catalog columns of the one-byte "char" type
//    (oid 18), which the adapter refuses ("Unsupported column type char"), so
//    creating a migration fails: those columns are read as characters.

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Splits a PostgreSQL script into its statements. A ";" ends a statement only
 * outside '…' and E'…' strings, "…" identifiers, -- and (nested) block comments and
 * $tag$…$tag$ bodies. Empty statements and comment-only tails are left out.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  const push = (end: number) => {
    const text = script.slice(start, end).trim();
    if (text && !isOnlyComments(text)) statements.push(text);
  };
  while (i < n) {
    const c = script[i];
    const next = script[i + 1];
    if (c === "-" && next === "-") {
      const eol = script.indexOf("\n", i);
      i = eol === -1 ? n : eol + 1;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (script[i] === "/" && script[i + 1] === "*") {
          depth++;
          i += 2;
        } else if (script[i] === "*" && script[i + 1] === "/") {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === "'") {
      const isEscapeString = i > 0 && /[eE]/.test(script[i - 1]) && (i < 2 || !/[\w$]/.test(script[i - 2]));
      i++;
      while (i < n) {
        if (isEscapeString && script[i] === "\\") {
          i += 2;
          continue;
        }
        if (script[i] === "'") {
          if (script[i + 1] === "'") {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < n) {
        if (script[i] === '"') {
          if (script[i + 1] === '"') {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
    } else if (c === "$" && (i === 0 || !/[\w$]/.test(script[i - 1]))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i));
      if (tag) {
        const close = script.indexOf(tag[0], i + tag[0].length);
        i = close === -1 ? n : close + tag[0].length;
      } else {
        i++;
      }
    } else if (c === ";") {
      push(i);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  push(n);
  return statements;
}

function isOnlyComments(text: string): boolean {
  return (
    text
      .replace(/--[^\n]*(\n|$)/g, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .trim() === ""
  );
}

type PgResultLike = { fields: { dataTypeID: number }[]; rows: unknown[] };
type Queryable = {
  performIO: (query: unknown) => Promise<PgResultLike>;
  queryRaw: (query: never) => Promise<{ columnTypes: number[]; rows: unknown[] }>;
};

// The "char" columns of each result, by its rows array (which queryRaw passes on as is).
const charColumnsOf = new WeakMap<unknown[], number[]>();

// queryRaw maps each field's type through a private switch that refuses "char": the
// field is shown to it as text, and the column then reported as a character, which
// is what the engine reads pg_catalog's one-byte codes as
function readCharAsCharacter<T extends object>(queryable: T): T {
  const target = queryable as unknown as Queryable;
  const performIO = target.performIO.bind(target);
  const queryRaw = target.queryRaw.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        chars.push(i);
      }
    });
    if (chars.length) charColumnsOf.set(result.rows, chars);
    return result;
  };
  target.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

type PoolOwner = { underlyingDriver: () => pg.Pool };

function patchAdapter<A extends SqlDriverAdapter>(adapter: A): A {
  readCharAsCharacter(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => readCharAsCharacter(await startTransaction(isolationLevel));
  const pool = (adapter as unknown as PoolOwner).underlyingDriver();
  adapter.executeScript = async (script) => {
    // one connection and one transaction for the whole script, as PostgreSQL runs a
    // multi-statement query: a migration that fails leaves nothing half-applied
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const statement of splitSqlStatements(script)) await client.query(statement);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw new Error(`PostgreSQL refused the migration script: ${(error as Error).message}`);
    } finally {
      client.release();
    }
  };
  return adapter;
}

/** The URL of another database on the same server (same user, host, options). */
export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Shadow databases left behind by a crashed run (or by the stock adapter) are dropped by this name prefix. */
export const SHADOW_PREFIX = "tracker_shadow_";

/**
 * A driver adapter factory for the schema engine on PostgreSQL: Prisma's own, with
 * scripts split properly, "char" read as characters and a real shadow database (created
 * on the same server, dropped when the engine lets go of it).
 */
export function pgMigrationAdapterFactory(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchAdapter(await connect());
  factory.connectToShadowDb = async () => {
    const name = `${SHADOW_PREFIX}${randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      await admin.end();
      throw new Error(
        `could not create the shadow database for the diff (the user needs CREATEDB): ${(error as Error).message}`,
      );
    }
    const shadow = patchAdapter(await new PrismaPg({ connectionString: urlForDatabase(url, name) }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    };
    return shadow;
  };
  return factory;
}
