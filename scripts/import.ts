// npm run import -- <files or folders…> [--published YYYY-MM-DD] [--source TEXT]
// Imports articles in bulk through lib/importer, with a progress bar and a summary.
import { parseArgs } from "node:util";
import { importFile, listArticleFiles } from "../lib/importer/import-files";
import { importMetadataSchema } from "../lib/schemas/article";

const USAGE = "usage: npm run import -- <files or folders…> [--published YYYY-MM-DD] [--source TEXT]";

function progress(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} articles/s`;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { published: { type: "string" }, source: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const meta = importMetadataSchema.safeParse({ published: parsed.values.published, source: parsed.values.source });
  if (!meta.success) {
    console.error(`--published: ${meta.error.issues[0].message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const { files, missing } = listArticleFiles(parsed.positionals);
  const counts = { imported: 0, deals: 0, duplicate: 0, refused: 0 };
  const refusals: string[] = missing.map((m) => `${m}: no such file or folder`);
  counts.refused += missing.length;
  const started = Date.now();
  const isTty = process.stderr.isTTY;
  for (let i = 0; i < files.length; i++) {
    const r = await importFile(files[i], { importedVia: "cli", ...meta.data });
    if (r.status === "imported") { counts.imported++; counts.deals += r.dealIds.length; }
    else if (r.status === "duplicate") counts.duplicate++;
    else { counts.refused++; refusals.push(`${files[i]}: ${r.reason}`); }
    if (isTty) process.stderr.write(`\r${progress(i + 1, files.length, started)}`);
    else if ((i + 1) % 100 === 0 || i + 1 === files.length) process.stderr.write(`${progress(i + 1, files.length, started)}\n`);
  }
  if (isTty && files.length) process.stderr.write("\n");
  console.log(`imported ${counts.imported} article(s) with ${counts.deals} deal(s), ${counts.duplicate} already imported, ${counts.refused} refused`);
  for (const line of refusals) console.log(`  refused ${line}`);
  if (counts.refused > 0 && counts.imported + counts.duplicate === 0) process.exit(1);
}

main().catch((error) => {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
