import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../db/migrations";

// Migrates one template database per test run with the project's own migration
// code; each test file then gets a fresh copy of it (see fresh-database.ts).
export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const template = path.join(dir, "template.db");
  await applyMigrations(`file:${template}`);
  process.env.TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
