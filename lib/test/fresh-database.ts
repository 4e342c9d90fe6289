import fs from "node:fs";
import path from "node:path";

// Runs before every test file: points DATABASE_URL at a new copy of the migrated
// template, so each file has its own real SQLite database and none shares state.
const template = process.env.TEST_TEMPLATE_DB;
if (template) {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
