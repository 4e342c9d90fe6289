/**
 * npm run bench:web [-- --deals 1000000 --runs 30 --port 3200 --refill --build]
 *
 * Fills a separate SQLite file (data/bench/deals-<N>.db, reused when it already
 * holds N deals) with synthetic deals, starts `next start` on it on loopback, and
 * times typical /deals requests and a CSV export over HTTP. Needs `next build`
 * (runs it when .next has no build, or with --build).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure, timeRequest, waitForServer, type Timing } from "../lib/bench/measure-http";
import { syntheticArticles } from "../lib/bench/synthetic-deals";
import { analyzeDatabase, bulkInsertDeals } from "../lib/data/bulk-insert-deals";
import { applyMigrations } from "../lib/db/migrations";

const { values: args } = parseArgs({ options: {
  deals: { type: "string", default: "1000000" }, runs: { type: "string", default: "30" }, port: { type: "string", default: "3200" },
  refill: { type: "boolean", default: false }, build: { type: "boolean", default: false },
} });
const DEALS = Number(args.deals);
const RUNS = Math.min(200, Math.max(3, Number(args.runs)));
const BASE = `http://127.0.0.1:${Number(args.port)}`;
const DB_FILE = path.resolve("data", "bench", `deals-${DEALS}.db`);
const DB_URL = `file:${DB_FILE}`;

async function fill(): Promise<void> {
  const existing = DB_FILE;
  if (fs.existsSync(existing) && !args.refill && fs.existsSync(`${existing}.done`)) {
    const applied = await applyMigrations(DB_URL);
    if (applied.length) analyzeDatabase(DB_URL);
    console.log(`reusing ${path.relative(process.cwd(), existing)}; applied ${applied.length} new migration(s)`);
    return;
  }
  for (const f of [existing, `${existing}-wal`, `${existing}-shm`, `${existing}.done`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(existing), { recursive: true });
  await applyMigrations(DB_URL);
  const started = performance.now();
  const n = bulkInsertDeals(DB_URL, syntheticArticles(DEALS), (done) => process.stdout.write(`\rfilling: ${done.toLocaleString("en")} deals`));
  console.log(`\rfilled ${n.toLocaleString("en")} deals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  fs.writeFileSync(`${existing}.done`, String(n));
}

/** A target country and date range whose deals number about 10,000, for the export. */
async function exportFilter(): Promise<string> {
  process.env.DATABASE_URL = DB_URL;
  const { summarizeDeals } = await import("../lib/data/summarize-deals");
  const { parseDealQueryOrThrow, filterOf } = await import("../lib/schemas/deal-query");
  const all = summarizeDeals(filterOf(parseDealQueryOrThrow({})));
  const country = [...all.byCountry].sort((a, b) => a.count - b.count).find((b) => b.count >= 10_000) ?? all.byCountry[0];
  const years = summarizeDeals(filterOf(parseDealQueryOrThrow({ targetCountry: country.key }))).byYear.sort((a, b) => b.key.localeCompare(a.key));
  let rows = 0;
  for (const y of years) {
    rows += y.count;
    if (rows >= 10_000) return `targetCountry=${country.key}&from=${y.key}`;
  }
  return `targetCountry=${country.key}`;
}

const SCENARIOS: [string, string][] = [
  ["first page, unfiltered", "/deals"],
  ["filtered by country", "/deals?targetCountry=TR"],
  ["by amount in USD, unfiltered", "/deals?sort=-amountUsd"],
  ["country + status, by USD amount", "/deals?targetCountry=DE&status=announced&sort=-amountUsd"],
  ["USD range, by USD amount", "/deals?amountUsdMin=100000000&amountUsdMax=2000000000&sort=-amountUsd"],
  ["totals and charts in EUR", "/deals?targetCountry=TR&displayCurrency=EUR&chart=amount"],
  ["full-text search, common words", "/deals?q=battery%20plant"],
  ["full-text search, a city", "/deals?q=izmir&sort=-amount"],
  ["all facets selected", "/deals?targetCountry=US&status=announced&kind=greenfield&facility=factory&review=unreviewed&from=2015"],
  ["API page, country", "/api/deals?targetCountry=IN&pageSize=100"],
];

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  await fill();
  if (args.build || !fs.existsSync(".next/BUILD_ID")) {
    const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(args.port)], {
    env: { ...process.env, DATABASE_URL: DB_URL, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"], detached: true,
  });
  const stop = () => { try { process.kill(-server.pid!, "SIGTERM"); } catch { /* already gone */ } };
  process.on("SIGINT", () => { stop(); process.exit(130); });
  try {
    await waitForServer(`${BASE}/api/deals/investors?prefix=zz`);
    // other work on the machine skews every figure: print the load beside them
    console.log(`\n${DEALS.toLocaleString("en")} deals, ${RUNS} requests per line, sequential, ${BASE}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
    console.log(`${"request".padEnd(32)} ${"first".padStart(9)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)}`);
    const results: [string, Timing][] = [];
    for (const [name, url] of SCENARIOS) {
      const t = await measure(`${BASE}${url}`, RUNS);
      results.push([name, t]);
      console.log(`${name.padEnd(32)} ${ms(t.first)} ${ms(t.p50)} ${ms(t.p95)} ${ms(t.max)}`);
    }
    const filter = await exportFilter();
    const exports: number[] = [];
    let rows = 0;
    for (let i = 0; i < 9; i++) {
      const r = await timeRequest(`${BASE}/api/deals/export?format=csv&${filter}`);
      rows = r.body.split("\r\n").length - 2;
      exports.push(rows / (r.ms / 1000));
    }
    exports.sort((a, b) => a - b);
    console.log(`CSV export (${filter}): ${rows.toLocaleString("en")} rows, median of ${exports.length} ${Math.round(exports[Math.floor(exports.length / 2)]).toLocaleString("en")} rows/s (worst ${Math.round(exports[0]).toLocaleString("en")})`);
    const slow = results.filter(([, t]) => t.p95 > 150).map(([n]) => n);
    console.log(slow.length ? `over the 150 ms p95 target: ${slow.join(", ")}` : "every page request: p95 ≤ 150 ms");
  } finally {
    stop();
  }
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
