// npm run db:migration:create -- <name>
// Writes a new migration folder for each provider (prisma/migrations for SQLite,
// prisma/migrations-postgresql for PostgreSQL), with the same name and time stamp,
// from the difference between its committed migrations and prisma/models.prisma,
// offline (no Prisma CLI engine download). PostgreSQL's diff needs a server: the one
// in MIGRATION_POSTGRES_URL, else a local one started for the purpose and stopped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMigration } from "../lib/db/migrations";
import { startLocalPostgres } from "../lib/db/local-postgres";

function stamp(d = new Date()): string {
  return d.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main() {
  const name = process.argv[2];
  if (!name) {
    console.error("usage: npm run db:migration:create -- <name_in_snake_case>");
    process.exit(2);
  }
  const when = stamp();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
  let stopPostgres: (() => void) | undefined;
  try {
    const sqlite = await createMigration(name, `file:${path.join(scratch, "scratch.db")}`, when);
    let pgUrl = process.env.MIGRATION_POSTGRES_URL;
    if (!pgUrl) {
      fs.chmodSync(scratch, 0o711);
      const server = startLocalPostgres(path.join(scratch, "postgres"), 55_000 + Math.floor(Math.random() * 5_000));
      stopPostgres = server.stop;
      pgUrl = server.url;
    }
    const postgres = await createMigration(name, pgUrl, when);
    for (const folder of [sqlite, postgres])
      if (folder) console.log(`created ${path.relative(process.cwd(), folder)}/migration.sql`);
    if (!sqlite && !postgres) console.log("no changes: the models match the migrations");
    else if (!sqlite || !postgres)
      console.log("only one provider had changes: check that the other's migrations already hold them");
  } finally {
    stopPostgres?.();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
