import Database from "better-sqlite3";
import { databaseFile, databaseProvider, databaseUrl } from "./database-url";

export const BUSY_TIMEOUT_MS = 5_000;
// better-sqlite3 waits for a lock synchronously, stalling the whole server: the app's
// writer gives up quickly and lib/data/write-transaction.ts retries without blocking.
export const WRITE_BUSY_TIMEOUT_MS = 100;

/** WAL mode persists in the file, so setting it once after migrating is enough. */
export function prepareDatabaseFile(url: string = databaseUrl()): void {
  // PostgreSQL has no file to prepare: its settings are the server's
  if (databaseProvider(url) !== "sqlite") return;
  const db = new Database(databaseFile(url));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
