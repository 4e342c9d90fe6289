import { randomBytes } from "node:crypto";
import { ensureDatabase } from "../db/local-postgres";

/** The test run's PostgreSQL server (started by global-setup.ts), or undefined where there is none. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** A new, empty database on the test server; its URL. */
export async function emptyPostgresDatabase(prefix = "t"): Promise<string> {
  if (!TEST_POSTGRES_URL) throw new Error("no test PostgreSQL server (TEST_POSTGRES_URL)");
  return ensureDatabase(TEST_POSTGRES_URL, `${prefix}_${randomBytes(6).toString("hex")}`, { isFresh: true });
}
