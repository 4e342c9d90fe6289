/**
 * npm run bench:import [-- --files 5000 --corpus <folder of {text} .json> --port 3195 --no-latency --no-storage]
 *
 * 0. Storage alone: the same extracted articles stored through the Prisma writer and
 *    the batched SQLite writer (scripts/bench-storage.ts), articles/s for each.
 * 1. Bulk import: writes --files distinct real-article .txt files (the corpus's article
 *    texts and the seeds, each copy made distinct by a numbered line) to a temp folder,
 *    runs `npm run import`'s script on them into a fresh database and prints articles/s
 *    including storage.
 * 2. Latency during a large import: starts `next start` (needs `next build`) on that
 *    database, posts a 1.5 MB article to /api/articles and meanwhile requests /api/deals
 *    every 100 ms; prints the worst and median answer times.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { percentile, timeRequest, waitForServer } from "../lib/bench/measure-http";
import { applyMigrations } from "../lib/db/migrations";
import { prepareDatabaseFile } from "../lib/db/pragmas";

const { values: args } = parseArgs({
  options: {
    files: { type: "string", default: "5000" },
    corpus: { type: "string", default: path.join("lib", "extraction", "corpus", "articles") },
    port: { type: "string", default: "3195" },
    "no-latency": { type: "boolean", default: false },
    "no-storage": { type: "boolean", default: false },
  },
});
const FILES = Number(args.files);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
const DB_URL = `file:${path.join(dir, "bench.db")}`;
const env = { ...process.env, DATABASE_URL: DB_URL, NEXT_TELEMETRY_DISABLED: "1" };

function articleTexts(): string[] {
  const texts: string[] = [];
  if (fs.existsSync(args.corpus)) {
    for (const f of fs
      .readdirSync(args.corpus)
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      const text = JSON.parse(fs.readFileSync(path.join(args.corpus, f), "utf8")).text;
      if (typeof text === "string" && text.trim().length > 200) texts.push(text);
    }
  } else {
    console.log(`no corpus at ${args.corpus}: using the seeds only (pass --corpus)`);
  }
  for (const f of fs.readdirSync("seeds").filter((n) => n.endsWith(".txt")))
    texts.push(fs.readFileSync(path.join("seeds", f), "utf8"));
  return texts;
}

function writeFiles(texts: string[]): string {
  const folder = path.join(dir, "articles");
  fs.mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const text = `Meldung ${i + 1} / Item ${i + 1}\n\n${texts[i % texts.length]}`;
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(folder, `${String(i).padStart(5, "0")}.txt`), text);
  }
  console.log(
    `wrote ${FILES} distinct files from ${texts.length} real articles (${(bytes / FILES / 1024).toFixed(1)} KB each on average) to ${folder}`,
  );
  return folder;
}

/** Storage alone through each writer (scripts/bench-storage.ts), each into a fresh migrated database. */
async function storageAlone(texts: string[]): Promise<void> {
  const count = Math.min(FILES, 2_000);
  const textsFile = path.join(dir, "texts.json");
  fs.writeFileSync(textsFile, JSON.stringify(texts));
  for (const writer of ["prisma", "sqlite"] as const) {
    const url = `file:${path.join(dir, `storage-${writer}.db`)}`;
    await applyMigrations(url);
    prepareDatabaseFile(url);
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-storage.ts", textsFile, String(count)], {
      env: { ...env, DATABASE_URL: url, IMPORT_WRITER: writer === "sqlite" ? "inline" : "prisma" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const line = run.stdout.trim().split("\n").at(-1) ?? "";
    if (run.status !== 0 || !line.startsWith("{")) {
      console.log(`storage alone (${writer}): failed (exit ${run.status})`);
      continue;
    }
    const { seconds, cpuSeconds, deals } = JSON.parse(line) as { seconds: number; cpuSeconds: number; deals: number };
    console.log(
      `storage alone, ${writer === "sqlite" ? "batched better-sqlite3 writer" : "one Prisma transaction per article"}: ${count} articles (${deals} deal records, matched as on import) in ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} articles/s; ${(count / cpuSeconds).toFixed(0)} per CPU-second (load average ${os.loadavg()[0].toFixed(1)})`,
    );
  }
}

function bulkImport(folder: string): void {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", folder], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stdout.split("\n")[0];
  console.log(summary);
  console.log(
    `bulk import: ${FILES} files in ${seconds.toFixed(1)} s, ${(FILES / seconds).toFixed(0)} articles/s including process start, conversion, extraction and storage (exit ${run.status})`,
  );
}

/** A long article of distinct paragraphs, about 1.5 MB. */
function largeArticle(): string {
  return Array.from(
    { length: 11_000 },
    (_, i) =>
      `Benchmark Holding ${i} will invest ${i + 10} million euros in a new plant in Debrecen, Hungary, and hire ${i + 100} people, the company said on Tuesday.`,
  ).join("\n\n");
}

async function latencyDuringLargeImport(): Promise<void> {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("no build in .next: run `npx next build` first for the latency part");
    return;
  }
  const base = `http://127.0.0.1:${args.port}`;
  spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/user-add.ts",
      "--email",
      "bench@example.org",
      "--role",
      "editor",
      "--password",
      "bench-password-1",
    ],
    { env, stdio: "ignore" },
  );
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", args.port],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  try {
    await waitForServer(`${base}/api/deals`);
    const login = await fetch(`${base}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "bench@example.org", password: "bench-password-1" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    // warm the pages and the worker thread, as a running server would be
    await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ text: "Warm-up without deals." }),
    });
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push((await timeRequest(`${base}/api/deals?pageSize=50`)).ms);
    const text = largeArticle();
    const started = performance.now();
    let isDone = false;
    const importing = fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ text }),
    })
      .then(async (r) => ({ status: r.status, body: await r.text() }))
      .finally(() => {
        isDone = true;
      });
    const during: number[] = [];
    while (!isDone) {
      during.push((await timeRequest(`${base}/api/deals?pageSize=50`)).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = await importing;
    const took = (performance.now() - started) / 1000;
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const outcome = JSON.parse(result.body).results?.[0];
    console.log(
      `large import: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB article answered ${result.status} after ${took.toFixed(1)} s (${outcome?.status ?? "?"}${outcome?.message ? `: ${outcome.message}` : ""})`,
    );
    console.log(
      `/api/deals while idle: p50 ${percentile(sorted(idle), 0.5).toFixed(0)} ms, max ${Math.max(...idle).toFixed(0)} ms`,
    );
    console.log(
      `/api/deals during the import: ${during.length} requests, p50 ${percentile(sorted(during), 0.5).toFixed(0)} ms, worst ${Math.max(...during).toFixed(0)} ms`,
    );
  } catch (error) {
    console.error("latency run failed:", error);
  } finally {
    server.kill();
  }
}

async function main() {
  // migrated and in WAL mode as `npm run db:migrate` (and so `npm start`) leave it: in the
  // default rollback-journal mode every commit waits for the disk
  await applyMigrations(DB_URL);
  prepareDatabaseFile(DB_URL);
  console.log(
    `machine: ${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const texts = articleTexts();
  if (!args["no-storage"]) await storageAlone(texts);
  bulkImport(writeFiles(texts));
  if (!args["no-latency"]) await latencyDuringLargeImport();
  console.log(
    `machine load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`bench:import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
