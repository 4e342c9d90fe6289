// npm run db:migration:create -- <name>
// Writes a new migration folder from the difference between prisma/migrations and
// prisma/schema.prisma, offline (no Prisma CLI engine download).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMigration } from "../lib/db/migrations";

async function main() {
  const name = process.argv[2];
  if (!name) {
    console.error("usage: npm run db:migration:create -- <name_in_snake_case>");
    process.exit(2);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
  try {
    const folder = await createMigration(name, `file:${path.join(scratch, "scratch.db")}`);
    console.log(folder ? `created ${path.relative(process.cwd(), folder)}/migration.sql` : "no changes: the schema matches the migrations");
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
