import pg from "pg";
import type { Prisma } from "../generated/prisma/client";
import { toPostgresSql } from "../db/dialect";
import type { ReadStore } from "./read-store";

// The read store on PostgreSQL: a pool of plain pg connections (rows without
// Prisma's per-row mapping, as on SQLite), every statement rewritten once by
// toPostgresSql and cached. Scans need no worker thread here: the server does the
// work in its own processes and the event loop only waits for the answer.

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const TIMESTAMP_OID = 1114;

// counts come back as int8 and sums of integers as numeric: both as JS numbers, as
// better-sqlite3 gives them; Prisma's timestamp(3) columns hold UTC without a zone
const TYPES = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    if (oid === TIMESTAMP_OID) return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

type PoolEntry = { url: string; pool: pg.Pool; version: number };
const globalForPg = globalThis as unknown as { postgresReadPool?: PoolEntry };

function entry(url: string): PoolEntry {
  const current = globalForPg.postgresReadPool;
  if (current && current.url === url) return current;
  void current?.pool.end();
  // a few connections per instance: several instances share one server's max_connections
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_READ_POOL_SIZE ?? 6), types: TYPES });
  pool.on("error", () => undefined); // an idle connection the server closed: the pool replaces it
  const created = { url, pool, version: -1 };
  globalForPg.postgresReadPool = created;
  return created;
}

const translated = new Map<string, string>();
function textOf(query: Prisma.Sql): string {
  let text = translated.get(query.text);
  if (text === undefined) {
    text = toPostgresSql(query.text);
    if (translated.size > 2_000) translated.clear();
    translated.set(query.text, text);
  }
  return text;
}

export function postgresReadStore(url: string): ReadStore {
  const state = entry(url);
  const rows = async <T>(query: Prisma.Sql): Promise<T[]> =>
    (await state.pool.query(textOf(query), query.values as unknown[])).rows as T[];
  return {
    provider: "postgresql",
    rows,
    scanRows: rows,
    async *exportBatches(query, size) {
      // a cursor in a read-only transaction on a connection of its own: memory stays
      // flat however many rows there are, and the rows are one consistent snapshot
      const client = await state.pool.connect();
      let isOpen = false;
      try {
        await client.query("BEGIN READ ONLY");
        isOpen = true;
        await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${textOf(query)}`, query.values as unknown[]);
        for (;;) {
          const batch = await client.query({ text: `FETCH ${Math.trunc(size)} FROM export_rows`, rowMode: "array" });
          if (batch.rows.length) yield batch.rows as unknown[][];
          if (batch.rows.length < size) break;
        }
      } finally {
        if (isOpen) await client.query("ROLLBACK").catch(() => undefined);
        client.release();
      }
    },
    changeVersion: () => state.version,
    async refreshChangeVersion() {
      const result = await state.pool.query(`SELECT "value" FROM "change_counter" WHERE "id" = 1`);
      state.version = Number(result.rows[0]?.value ?? 0);
      return state.version;
    },
  };
}
