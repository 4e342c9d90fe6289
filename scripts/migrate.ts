// npm run db:migrate — applies pending migrations to DATABASE_URL (default file:./data/tracker.db).
import { convertDealAmountsOn } from "../lib/data/convert-deal-amounts";
import { applyMigrations } from "../lib/db/migrations";
import { prepareDatabaseFile } from "../lib/db/pragmas";
import { databaseUrl } from "../lib/db/database-url";

async function main() {
  const url = databaseUrl();
  const applied = await applyMigrations(url);
  prepareDatabaseFile(url);
  // deals stored before amounts were converted (or by a path that did not) get their USD and EUR figures
  await convertDealAmountsOn(url);
  console.log(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "database is up to date",
  );
}

main().catch((error) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
