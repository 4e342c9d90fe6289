import Database from "better-sqlite3";
import type { Prisma } from "../generated/prisma/client";
import { databaseFile } from "../db/database-url";
import { BUSY_TIMEOUT_MS } from "../db/pragmas";

/**
 * A plain better-sqlite3 connection for the analysts' read queries (lists, facets,
 * exports). Two reasons it is not Prisma's: rows come back without a per-row
 * mapping layer (exports stream tens of thousands of rows a second), and
 * `PRAGMA data_version` on a connection that never writes changes whenever anyone
 * else — the app's Prisma client included — commits, which keys the aggregate cache.
 * Queries are still written with Prisma.sql, so every value is a bound parameter.
 */
const globalForRead = globalThis as unknown as { readConnection?: { file: string; db: Database.Database } };

function openReadConnection(): Database.Database {
  const db = new Database(databaseFile(), { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma("query_only = ON");
  // more page cache than the default 2 MB: facet scans revisit the same indexes
  db.pragma("cache_size = -65536");
  // reads through a memory map skip a system call per page: exports and pages read
  // rows scattered over the table (the OS shares the mapped pages between connections)
  db.pragma("mmap_size = 1073741824");
  return db;
}

function connection(): Database.Database {
  const file = databaseFile();
  const current = globalForRead.readConnection;
  if (current && current.file === file && current.db.open) return current.db;
  current?.db.close();
  const db = openReadConnection();
  globalForRead.readConnection = { file, db };
  return db;
}

// Exports step through one statement for as long as the client reads, which keeps a
// connection busy: each gets its own, from a small pool of idle ones whose page
// cache is already warm (a fresh connection reads a 10,000-row export ~40 % slower).
const MAX_IDLE = 2;
const globalForPool = globalThis as unknown as { idleReadConnections?: { file: string; db: Database.Database }[] };

export function borrowReadConnection(): Database.Database {
  const idle = (globalForPool.idleReadConnections ??= []);
  const file = databaseFile();
  for (let entry = idle.pop(); entry; entry = idle.pop()) {
    if (entry.file === file && entry.db.open) return entry.db;
    entry.db.close();
  }
  return openReadConnection();
}

export function releaseReadConnection(db: Database.Database): void {
  const idle = (globalForPool.idleReadConnections ??= []);
  if (db.open && !db.inTransaction && idle.length < MAX_IDLE) idle.push({ file: databaseFile(), db });
  else if (db.open) db.close();
}

const statements = new Map<string, Database.Statement>();

function prepare(db: Database.Database, text: string): Database.Statement {
  let stmt = statements.get(text);
  if (!stmt || stmt.database !== db) {
    stmt = db.prepare(text);
    statements.set(text, stmt);
  }
  return stmt;
}

export function readRows<T>(query: Prisma.Sql): T[] {
  return prepare(connection(), query.sql).all(...query.values) as T[];
}

/** Changes whenever another connection commits: the key of the aggregate cache. */
export function dataVersion(): number {
  return connection().pragma("data_version", { simple: true }) as number;
}

/** Every row of a query as arrays, in batches, stepping through one statement on a connection of its own. */
export function* rowBatches(query: Prisma.Sql, size: number): Generator<unknown[][], void, undefined> {
  const db = borrowReadConnection();
  try {
    let batch: unknown[][] = [];
    for (const row of db
      .prepare(query.sql)
      .raw(true)
      .iterate(...query.values) as IterableIterator<unknown[]>) {
      batch.push(row);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    releaseReadConnection(db);
  }
}
