// npm run db:seed — imports seeds/*.txt through the importer. Idempotent: an article
// imported before is recognized by its content hash and left alone.
import path from "node:path";
import { importFile, listArticleFiles } from "../lib/importer/import-files";

async function main() {
  const { files } = listArticleFiles([path.resolve(process.cwd(), "seeds")]);
  for (const file of files) {
    const r = await importFile(file, { importedVia: "seed", source: `seeds/${path.basename(file)}` });
    if (r.status === "imported") console.log(`seeded ${r.label}: ${r.dealIds.length} deal(s)`);
    else if (r.status === "duplicate") console.log(`seed ${r.label} already imported`);
    else console.log(`seed ${r.label} refused: ${r.reason}`);
  }
}

main().catch((error) => {
  console.error(`seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
