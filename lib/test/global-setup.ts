import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../db/migrations";
import {
  ensureDatabase,
  findPostgresBinaries,
  freePort,
  NO_POSTGRES_MESSAGE,
  startLocalPostgres,
} from "../db/local-postgres";

// Migrates one template database per test run with the project's own migration
// code; each test file then gets a fresh copy of it (see fresh-database.ts).
// It also starts a PostgreSQL server of its own for the tests that run on both
// engines (TEST_POSTGRES_URL), unless TEST_POSTGRES=0 or this machine has none.
async function startTestPostgres(dir: string): Promise<(() => void) | null> {
  if (process.env.TEST_POSTGRES === "0") return null;
  if (process.env.TEST_POSTGRES_URL) return null;
  if (!findPostgresBinaries()) {
    console.log(`PostgreSQL tests skipped: ${NO_POSTGRES_MESSAGE}`);
    return null;
  }
  // the server runs as another user when we are root: it must reach its folder
  fs.chmodSync(dir, 0o711);
  const server = startLocalPostgres(path.join(dir, "postgres"), await freePort());
  process.env.TEST_POSTGRES_URL = server.url;
  return () => server.stop();
}

export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const template = path.join(dir, "template.db");
  await applyMigrations(`file:${template}`);
  process.env.TEST_TEMPLATE_DB = template;
  const stopPostgres = await startTestPostgres(dir);
  if (process.env.TEST_DATABASE === "postgresql") {
    if (!process.env.TEST_POSTGRES_URL)
      throw new Error(`TEST_DATABASE=postgresql needs a PostgreSQL server: ${NO_POSTGRES_MESSAGE}`);
    // every test file gets a copy of this migrated database (fresh-database.ts)
    const url = await ensureDatabase(process.env.TEST_POSTGRES_URL, "tracker_template", { isFresh: true });
    await applyMigrations(url);
    process.env.TEST_POSTGRES_TEMPLATE_URL = url;
  }
  return () => {
    try {
      stopPostgres?.();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
