// A worker thread for the read queries that scan many rows (facet counts, totals,
// chart data). Plain JavaScript on purpose: it runs in Node as is, outside the app's
// bundle. It receives SQL that the app built with Prisma.sql (every value bound) and
// answers the rows, so a 1-second aggregate over a million deals never holds up the
// server's event loop. See lib/data/read-off-thread.ts.
import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";

const connections = new Map();

function connection(file) {
  let entry = connections.get(file);
  if (!entry) {
    const db = new Database(file, { fileMustExist: true, timeout: 5000 });
    db.pragma("query_only = ON");
    db.pragma("cache_size = -65536");
    db.pragma("mmap_size = 1073741824");
    entry = { db, statements: new Map() };
    connections.set(file, entry);
  }
  return entry;
}

parentPort.on("message", ({ id, file, sql, values }) => {
  try {
    const entry = connection(file);
    let statement = entry.statements.get(sql);
    if (!statement) {
      statement = entry.db.prepare(sql);
      entry.statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...values) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
