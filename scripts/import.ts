// npm run import -- <files or folders…> [--published YYYY-MM-DD] [--source TEXT]
// Imports articles in bulk through lib/importer, with a progress bar and a summary.
// Files are read and extracted in worker threads while the writer's thread stores
// earlier ones; exits 1 when any file was refused.
import { parseArgs } from "node:util";
import { articleWriter } from "../lib/data/article-writer";
import { importFile, listArticleFiles } from "../lib/importer/import-files";
import type { ImportOutcome } from "../lib/importer/import-article";
import { extractionPool } from "../lib/importer/worker/extraction-pool";
import { importMetadataSchema } from "../lib/schemas/article";

const USAGE = "usage: npm run import -- <files or folders…> [--published YYYY-MM-DD] [--source TEXT]";

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

function progress(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const elapsed = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = done / elapsed;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} articles/s  ETA ${duration((total - done) / rate)}`;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { published: { type: "string" }, source: { type: "string" } },
    });
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
  const { files, missing, skipped } = listArticleFiles(parsed.positionals);
  const counts = { imported: 0, deals: 0, duplicate: 0, refused: 0 };
  const refusals: string[] = missing.map((m) => `${m}: no such file or folder`);
  counts.refused += missing.length;
  const started = Date.now();
  const isTty = process.stderr.isTTY;
  // The batched writer stores in a thread of its own (as in the app), not in this one:
  // while this thread ran a transaction it could not pass the extraction worker its next
  // file, and the worker idled (measured: 122 articles/s inline, 178 in a thread). This
  // thread only reads files and hands them on. Extraction keeps the pool's default (one
  // worker fewer than the cores): the writer's thread needs the other core.
  const pool = extractionPool();
  // Enough files in flight that the worker always has the next one while earlier ones
  // wait for the writer's next transaction.
  const inFlight = pool.size * 16 + 16;
  let next = 0;
  let done = 0;
  const record = (file: string, r: ImportOutcome) => {
    if (r.status === "imported") {
      counts.imported++;
      counts.deals += r.dealIds.length;
    } else if (r.status === "duplicate") counts.duplicate++;
    else {
      counts.refused++;
      refusals.push(`${file}: ${r.reason}`);
    }
    done++;
    if (isTty) process.stderr.write(`\r${progress(done, files.length, started)}`);
    else if (done % 500 === 0 || done === files.length)
      process.stderr.write(`${progress(done, files.length, started)}\n`);
  };
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      // The published date given here is the default for files that state none.
      record(
        file,
        await importFile(file, { importedVia: "cli", defaultPublished: meta.data.published, source: meta.data.source }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
  await pool.close();
  await articleWriter().close();
  if (isTty && files.length) process.stderr.write("\n");
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `imported ${counts.imported} article(s) with ${counts.deals} deal(s), ${counts.duplicate} already imported, ${counts.refused} refused` +
      (files.length ? ` in ${seconds.toFixed(1)} s (${(files.length / seconds).toFixed(1)} articles/s)` : ""),
  );
  for (const line of refusals) console.log(`  refused ${line}`);
  for (const [ext, n] of [...skipped].sort())
    console.log(`  skipped ${n} ${ext} file(s): not an article type (.txt, .md, .html, .pdf, .docx)`);
  if (counts.refused > 0) process.exit(1);
}

main().catch((error) => {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
