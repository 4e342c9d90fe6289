/**
 * npm run load:mixed [-- --deals 1000000 --seconds 60 --readers 20 --editors 5 --port 3181 --database postgresql://…]
 *
 * A mixed load against `next start` on 127.0.0.1, on the benchmark's database
 * (data/bench/deals-<N>.db, filled by the first run; with --database the PostgreSQL
 * database bench_deals_<N> on that server, as npm run bench:web fills it): readers browse /deals, search,
 * open deals, call the API and export small filters; editors read a deal and save a
 * correction (PATCH /api/deals/:id, 409 when someone saved first); one importer runs
 * `npm run import` over a folder of new articles in its own process, as an editor's
 * bulk import would. Bounded by time and by a request cap per client. Prints the
 * count of answers by status class per role, latencies, and the number of 5xx.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchDatabase, benchEditor, ensureBuild, freshArticle, logIn, startServer } from "../lib/bench/bench-server";
import { percentile } from "../lib/bench/measure-http";

const { values: args } = parseArgs({
  options: {
    deals: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: "3181" },
    readers: { type: "string", default: "20" },
    editors: { type: "string", default: "5" },
    build: { type: "boolean", default: false },
    database: { type: "string" },
  },
});
const DEALS = Number(args.deals);
const SECONDS = Math.min(600, Math.max(5, Number(args.seconds)));
const READERS = Math.min(50, Math.max(1, Number(args.readers)));
const EDITORS = Math.min(20, Math.max(0, Number(args.editors)));
const MAX_REQUESTS_PER_CLIENT = 20_000;

type Tally = { requests: number; byClass: Record<string, number>; times: number[]; errors: string[] };
const tally = (): Tally => ({ requests: 0, byClass: {}, times: [], errors: [] });

async function timed(t: Tally, url: string, init?: RequestInit): Promise<{ status: number; body: string } | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    t.times.push(performance.now() - started);
    t.requests++;
    const cls = `${Math.floor(res.status / 100)}xx`;
    t.byClass[cls] = (t.byClass[cls] ?? 0) + 1;
    if (res.status >= 500 && t.errors.length < 10)
      t.errors.push(
        `${res.status} ${init?.method ?? "GET"} ${url.replace(/^http:\/\/[^/]+/, "")}: ${body.slice(0, 200)}`,
      );
    return { status: res.status, body };
  } catch (error) {
    t.requests++;
    t.byClass.failed = (t.byClass.failed ?? 0) + 1;
    if (t.errors.length < 10) t.errors.push(`${(error as Error).message} ${url}`);
    return null;
  }
}

const COUNTRIES = ["TR", "DE", "PL", "IN", "US", "VN", "HU", "MX"];
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const dealId = () => 1 + Math.floor(Math.random() * DEALS);

function readerUrl(): string {
  const r = Math.random();
  if (r < 0.3) return "/deals";
  if (r < 0.5) return `/deals?targetCountry=${pick(COUNTRIES)}&sort=-amount`;
  if (r < 0.6) return `/deals?q=${pick(["battery", "solar plant", "izmir", "data center"])}`;
  if (r < 0.75) return `/deals/${dealId()}`;
  if (r < 0.9) return `/api/deals?targetCountry=${pick(COUNTRIES)}&pageSize=100`;
  if (r < 0.97) return `/api/deals/${dealId()}`;
  return `/api/deals/export?format=csv&targetCountry=${pick(COUNTRIES)}&from=2025-06`;
}

async function reader(base: string, index: number, until: number, t: Tally): Promise<void> {
  // each reader its own address, as separate people would be (exports are capped per address)
  const headers = { "x-forwarded-for": `10.0.1.${index + 1}` };
  for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && Date.now() < until; i++)
    await timed(t, `${base}${readerUrl()}`, { headers });
}

/** An editor's session and address, made before the clock starts. */
async function editorSession(base: string, index: number, url: string): Promise<Record<string, string>> {
  const email = `load-editor-${index}@bench.test`;
  const address = `10.0.2.${index + 1}`;
  return { cookie: await logIn(base, email, await benchEditor(url, email), address), "x-forwarded-for": address };
}

async function editor(base: string, headers: Record<string, string>, until: number, t: Tally): Promise<void> {
  for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && Date.now() < until; i++) {
    const id = dealId();
    const res = await timed(t, `${base}/api/deals/${id}`, { headers });
    if (!res || res.status !== 200) continue;
    const { deal } = JSON.parse(res.body) as { deal: { version: number } };
    await timed(t, `${base}/api/deals/${id}`, {
      method: "PATCH",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({
        version: deal.version,
        changes: { amount: 1e6 * (1 + Math.floor(Math.random() * 900)), currency: "USD" },
      }),
    });
  }
}

/** `npm run import` over a folder of new articles, in its own process, until the run ends. */
function importer(url: string): { stop: () => Promise<{ code: number | null; output: string }> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "load-import-"));
  for (let i = 0; i < 4000; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), freshArticle("load"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", dir, "--published", "2025-06-01"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
  });
  child.stderr.on("data", (d) => {
    output = (output + d).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      fs.rmSync(dir, { recursive: true, force: true });
      return { code, output };
    },
  };
}

const ms = (n: number | undefined) => `${(n ?? 0).toFixed(0).padStart(6)} ms`;

function report(role: string, t: Tally): void {
  const sorted = [...t.times].sort((a, b) => a - b);
  const classes = Object.entries(t.byClass)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  console.log(
    `${role.padEnd(10)} ${String(t.requests).padStart(7)} requests   p50 ${ms(percentile(sorted, 0.5))}   p95 ${ms(percentile(sorted, 0.95))}   max ${ms(sorted[sorted.length - 1])}   ${classes}`,
  );
  for (const e of t.errors) console.log(`           ${e}`);
}

async function main(): Promise<void> {
  const db = await benchDatabase(DEALS, false, args.database);
  ensureBuild(args.build);
  const { base, stop } = await startServer(Number(args.port), db.url);
  try {
    const readers = tally();
    const editors = tally();
    const sessions: Record<string, string>[] = [];
    for (let i = 0; i < EDITORS; i++) sessions.push(await editorSession(base, i, db.url));
    const until = Date.now() + SECONDS * 1000;
    const bulk = importer(db.url);
    console.log(
      `${SECONDS} s against ${base}: ${READERS} readers, ${EDITORS} editors, 1 importer (npm run import), ${DEALS.toLocaleString("en")} deals, load average before ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    await Promise.all([
      ...Array.from({ length: READERS }, (_, i) => reader(base, i, until, readers)),
      ...sessions.map((headers) => editor(base, headers, until, editors)),
    ]);
    const loadAfter = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
    const imported = await bulk.stop();
    report("readers", readers);
    report("editors", editors);
    const summary = imported.output.match(/imported \d+ article\(s\).*/)?.[0];
    const progress = [...imported.output.matchAll(/(\d+)\/\d+ +[\d.]+ articles\/s/g)].pop()?.[1];
    console.log(
      `importer   ${summary ?? `stopped at the end of the run after ${progress ?? "?"} articles`}${/import failed/.test(imported.output) ? `; FAILED: ${imported.output.slice(-300)}` : ""}`,
    );
    const fives = (readers.byClass["5xx"] ?? 0) + (editors.byClass["5xx"] ?? 0);
    const failed = (readers.byClass.failed ?? 0) + (editors.byClass.failed ?? 0);
    console.log(
      `5xx answers: ${fives}; requests that got no answer: ${failed}; load average at the end ${loadAfter} on ${os.cpus().length} cores`,
    );
    if (fives + failed > 0) process.exitCode = 1;
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
