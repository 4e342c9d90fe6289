import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { copyDatabase } from "../db/local-postgres";

// Runs before every test file: points DATABASE_URL at a new copy of the migrated
// template, so each file has its own real database and none shares state. With
// TEST_DATABASE=postgresql the copy is a PostgreSQL database made from the migrated
// template database (CREATE DATABASE … TEMPLATE, a file copy on the server).
const template = process.env.TEST_TEMPLATE_DB;
const postgresTemplate = process.env.TEST_POSTGRES_TEMPLATE_URL;
if (process.env.TEST_DATABASE === "postgresql" && postgresTemplate) {
  process.env.DATABASE_URL = await copyDatabase(postgresTemplate, `test_${randomBytes(6).toString("hex")}`);
} else if (template) {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
