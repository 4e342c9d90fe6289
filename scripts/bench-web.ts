/**
 * npm run bench:web [-- --deals 1000000 --runs 30 --port 3200 --refill --build --database postgresql://…]
 *
 * Fills a separate SQLite file (data/bench/deals-<N>.db, reused when it already
 * holds N deals) with synthetic deals — or, with --database, the database
 * bench_deals_<N> on that PostgreSQL server (the URL's own database is left alone) — starts `next start` on it on loopback, and
 * times typical /deals requests and a CSV export over HTTP. Needs `next build`
 * (runs it when .next has no build, or with --build).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { benchDatabase, benchEditor, ensureBuild, freshArticle, logIn, startServer } from "../lib/bench/bench-server";
import { measure, percentile, timeRequest, type Timing } from "../lib/bench/measure-http";

const { values: args } = parseArgs({
  options: {
    deals: { type: "string", default: "1000000" },
    runs: { type: "string", default: "30" },
    port: { type: "string", default: "3200" },
    refill: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    database: { type: "string" },
  },
});
const DEALS = Number(args.deals);
const RUNS = Math.min(200, Math.max(3, Number(args.runs)));
let DB_URL = "";

/** A target country and date range whose deals number about 10,000, for the export. */
async function exportFilter(): Promise<string> {
  process.env.DATABASE_URL = DB_URL;
  const { summarizeDeals } = await import("../lib/data/summarize-deals");
  const { parseDealQueryOrThrow, filterOf } = await import("../lib/schemas/deal-query");
  const all = await summarizeDeals(filterOf(parseDealQueryOrThrow({})));
  const country =
    [...all.byCountry].sort((a, b) => a.count - b.count).find((b) => b.count >= 10_000) ?? all.byCountry[0];
  const years = (await summarizeDeals(filterOf(parseDealQueryOrThrow({ targetCountry: country.key })))).byYear.sort(
    (a, b) => b.key.localeCompare(a.key),
  );
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
  [
    "all facets selected",
    "/deals?targetCountry=US&status=announced&kind=greenfield&facility=factory&review=unreviewed&from=2015",
  ],
  ["API page, country", "/api/deals?targetCountry=IN&pageSize=100"],
];

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${os.cpus().length} cores`;
const line = (name: string, t: Timing) => `${name.padEnd(32)} ${ms(t.first)} ${ms(t.p50)} ${ms(t.p95)} ${ms(t.max)}`;

function timingOf(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    first: times[0],
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    runs: times.length,
  };
}

/** Streams a full CSV export, counting its rows; resolves when it ends. */
async function fullExport(base: string): Promise<{ rows: number; ms: number; status: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/deals/export?format=csv`);
  let rows = 0;
  const reader = res.body!.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read())
    for (const byte of r.value) if (byte === 10) rows++;
  return { rows: Math.max(0, rows - 1), ms: performance.now() - started, status: res.status };
}

/** /deals timed over and over while two full CSV exports stream (stops when they end). */
async function duringExports(base: string): Promise<void> {
  let running = 2;
  const exports = [fullExport(base), fullExport(base)].map((p) =>
    p.finally(() => {
      running--;
    }),
  );
  await new Promise((r) => setTimeout(r, 500));
  const times: number[] = [];
  for (let i = 0; i < RUNS * 4 && running === 2; i++) {
    const r = await timeRequest(`${base}/deals`);
    if (r.status !== 200) throw new Error(`/deals answered ${r.status} during the exports`);
    if (running === 2) times.push(r.ms);
  }
  const loadDuring = load();
  const done = await Promise.all(exports);
  if (times.length)
    console.log(
      line(`/deals, 2 full exports running`, timingOf(times)) + `   (${times.length} requests, ${loadDuring})`,
    );
  for (const e of done)
    console.log(
      `  full CSV export: ${e.status}, ${e.rows.toLocaleString("en")} rows in ${(e.ms / 1000).toFixed(1)} s, ${Math.round(e.rows / (e.ms / 1000)).toLocaleString("en")} rows/s`,
    );
}

/** A write (an article imported over the API), then at once one /deals request: RUNS times. */
async function afterWrites(base: string): Promise<void> {
  const email = "bench-editor@bench.test";
  const cookie = await logIn(base, email, await benchEditor(DB_URL, email));
  const writes: number[] = [];
  const reads: number[] = [];
  const stale: boolean[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const w = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ text: freshArticle("bench"), published: "2025-06-01" }),
    });
    await w.text();
    if (w.status !== 201) throw new Error(`the import answered ${w.status}`);
    writes.push(performance.now() - started);
    const r = await timeRequest(`${base}/deals`);
    if (r.status !== 200) throw new Error(`/deals answered ${r.status} after a write`);
    reads.push(r.ms);
    stale.push(r.body.includes("are being updated"));
  }
  console.log(line("import over the API (the write)", timingOf(writes)));
  console.log(
    line("/deals right after a write", timingOf(reads)) +
      `   (${stale.filter(Boolean).length} of ${RUNS} showed the previous counts, marked)`,
  );
}

async function main(): Promise<void> {
  const db = await benchDatabase(DEALS, args.refill, args.database);
  DB_URL = db.url;
  ensureBuild(args.build);
  const { base: BASE, stop } = await startServer(Number(args.port), DB_URL);
  try {
    // other work on the machine skews every figure: print the load beside them
    console.log(
      `\n${DEALS.toLocaleString("en")} deals on ${args.database ? "PostgreSQL" : "SQLite"}, ${RUNS} requests per line, sequential, ${BASE}, ${load()}`,
    );
    console.log(
      `${"request".padEnd(32)} ${"first".padStart(9)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)}`,
    );
    const results: [string, Timing][] = [];
    for (const [name, url] of SCENARIOS) {
      const t = await measure(`${BASE}${url}`, RUNS);
      results.push([name, t]);
      console.log(line(name, t));
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
    console.log(
      `CSV export (${filter}): ${rows.toLocaleString("en")} rows, median of ${exports.length} ${Math.round(exports[Math.floor(exports.length / 2)]).toLocaleString("en")} rows/s (worst ${Math.round(exports[0]).toLocaleString("en")})`,
    );
    await duringExports(BASE);
    await afterWrites(BASE);
    console.log(`finished with ${load()}`);
    const slow = results.filter(([, t]) => t.p95 > 150).map(([n]) => n);
    console.log(slow.length ? `over the 150 ms p95 target: ${slow.join(", ")}` : "every page request: p95 ≤ 150 ms");
  } finally {
    stop();
  }
}

// open database handles (the aggregate worker, the Prisma client) would keep the process alive
main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => process.exit());
