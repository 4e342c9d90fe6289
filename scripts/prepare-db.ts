// Migrates the database, creates the first admin when there is no account yet, and,
// when it holds no article yet, imports the seeds.
// `npm start` and `npm run dev` run it before serving.
import { spawnSync } from "node:child_process";
import { databaseUrl } from "../lib/db/database-url";
import { convertDealAmountsOn } from "../lib/data/convert-deal-amounts";
import { applyMigrations } from "../lib/db/migrations";
import { prepareDatabaseFile } from "../lib/db/pragmas";

async function main() {
  const url = databaseUrl();
  const applied = await applyMigrations(url);
  prepareDatabaseFile(url);
  // deals stored before amounts were converted (or by a path that did not) get their USD and EUR figures
  await convertDealAmountsOn(url);
  if (applied.length) console.log(`› applied ${applied.length} migration(s) to ${url.replace(/:[^:@/]*@/, ":…@")}`);
  // Imported lazily: the Prisma client must open the file only after migrating.
  const { ensureAdmin } = await import("../lib/auth/bootstrap-admin");
  const admin = await ensureAdmin();
  if (admin.created) {
    console.log(
      admin.generatedPassword
        ? `› created the admin account ${admin.email} with the password ${admin.generatedPassword}\n  (shown this once: note it, or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start)`
        : `› created the admin account ${admin.email} (password from ADMIN_PASSWORD)`,
    );
  }
  const { countArticles } = await import("../lib/data/count-articles");
  if ((await countArticles()) === 0) {
    const r = spawnSync(process.execPath, [...process.execArgv, "scripts/seed.ts"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("importing the seed articles failed");
  }
}

main().catch((error) => {
  console.error(`could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
