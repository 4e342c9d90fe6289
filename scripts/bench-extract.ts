/**
 * Benchmark of extractDeals on real articles, in one process, timed by the wall clock.
 *
 *   npm run bench:extract [-- --corpus DIR] [--rounds N] [--no-long] [--threads N | --no-pool]
 *
 * Articles: the project's corpus (lib/extraction/corpus/articles/*.json, field `text`) when
 * present, else the seed articles (seeds/*.txt). The corpus is run `rounds` times (enough for
 * about 3000 extractions unless --rounds is given); "whole process" is the time since the process
 * started, so it includes starting node and tsx, loading the engine and the first, cold round.
 *
 * Worker threads: the same extractions once more, through the bulk importer's worker pool
 * (lib/importer/worker/extraction-pool.ts: its "extract" job, which also converts the deals for
 * storage) with N threads (default: the machine's CPUs), in the same process; timed by the wall
 * clock from creating the pool (so starting the workers and loading the engine in each counts)
 * until the last answer. Reported on its own line, apart from the single-thread figures.
 *
 * Long articles: the real paragraphs of the same articles, repeated in order until the text is
 * about 350 KB and 1.9 MB, each extracted once.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractDeals } from "../lib/extraction";
import { ExtractionPool } from "../lib/importer/worker/extraction-pool";

const ROOT = path.resolve(__dirname, "..");
const CORPUS = path.join(ROOT, "lib", "extraction", "corpus", "articles");
const SEEDS = path.join(ROOT, "seeds");

type Article = { text: string; published: string | null };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadArticles(): { source: string; articles: Article[] } {
  const dir = arg("--corpus") ?? CORPUS;
  const json = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const articles: Article[] = [];
  for (const f of json) {
    try {
      const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { text?: unknown; published?: unknown };
      if (typeof a.text === "string" && a.text.trim()) {
        articles.push({ text: a.text, published: typeof a.published === "string" ? a.published : null });
      }
    } catch {
      // a file being written right now: skip it
    }
  }
  if (articles.length) return { source: path.relative(ROOT, dir) || dir, articles };
  for (const f of fs
    .readdirSync(SEEDS)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    articles.push({ text: fs.readFileSync(path.join(SEEDS, f), "utf8"), published: null });
  }
  return { source: "seeds", articles };
}

/** The articles' paragraphs, repeated in order until the text has about `bytes` bytes. */
function longArticle(articles: Article[], bytes: number): string {
  const paras = articles
    .flatMap((a) => a.text.split(/\n\s*\n|\n/))
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += Buffer.byteLength(p, "utf8") + 2;
  }
  return out.join("\n\n");
}

const mb = (bytes: number) => bytes / 1e6;

/** The articles, `rounds` times, through the import worker pool with `threads` threads: wall seconds and deals per round. */
async function throughPool(
  articles: Article[],
  rounds: number,
  threads: number,
): Promise<{ s: number; deals: number }> {
  const t = process.hrtime.bigint();
  const pool = new ExtractionPool(threads);
  let deals = 0;
  try {
    const jobs: Promise<void>[] = [];
    for (let r = 0; r < rounds; r++)
      for (const a of articles)
        jobs.push(
          pool.run({ type: "extract", text: a.text, published: a.published }, 120_000).then((res) => {
            deals += res.deals.length;
          }),
        );
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
  return { s: Number(process.hrtime.bigint() - t) / 1e9, deals: deals / rounds };
}

async function main(): Promise<void> {
  const { source, articles } = loadArticles();
  if (!articles.length) {
    process.stderr.write("bench-extract: no articles found\n");
    process.exit(1);
  }
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  const rounds = Number(arg("--rounds") ?? Math.max(1, Math.ceil(3000 / articles.length)));
  let deals = 0;
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  let firstCpu = 0;
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) deals += extractDeals(a.text, { published: a.published }).length;
    if (r === 0) firstCpu = cpuSeconds() - c0;
  }
  const loop = Number(process.hrtime.bigint() - t0) / 1e9;
  const loopCpu = cpuSeconds() - c0;
  const whole = process.uptime();
  const wholeCpu = cpuSeconds();
  const n = articles.length * rounds;
  const size = mb(bytes * rounds);
  console.log(
    `articles ${articles.length} from ${source} (${(bytes / 1024).toFixed(0)} KB), ${rounds} rounds: ${n} extractions, ${size.toFixed(1)} MB, ${deals / rounds} deals per round`,
  );
  console.log(
    `whole process ${whole.toFixed(2)} s (extraction ${loop.toFixed(2)} s, start and load ${(whole - loop).toFixed(2)} s)`,
  );
  console.log(`articles/s ${(n / whole).toFixed(0)} whole process, ${(n / loop).toFixed(0)} extraction only`);
  console.log(`MB/s ${(size / whole).toFixed(2)} whole process, ${(size / loop).toFixed(2)} extraction only`);
  // on a busy machine the wall clock includes waiting for a CPU; the process's CPU time does not
  console.log(
    `per CPU second: articles ${(n / wholeCpu).toFixed(0)} whole process, ${(n / loopCpu).toFixed(0)} extraction only (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`,
  );
  // the first round sees every article once, with the regexes still to compile and no memo warm: what a fresh worker does
  console.log(
    `first round alone: ${articles.length} articles in ${firstCpu.toFixed(2)} s CPU, ${(articles.length / firstCpu).toFixed(0)} articles per CPU second`,
  );
  if (!process.argv.includes("--no-pool")) {
    const threads = Number(arg("--threads") ?? os.availableParallelism());
    const pool = await throughPool(articles, rounds, threads);
    // the pool's jobs also convert each deal for storage (and may skip some), so its deal count can differ a little
    console.log(
      `${threads} worker threads, one process (import pool, extract jobs): ${n} extractions in ${pool.s.toFixed(2)} s wall, articles/s ${(n / pool.s).toFixed(0)} including starting the workers, ${pool.deals} deals per round`,
    );
  }
  if (process.argv.includes("--no-long")) return;
  const long: string[] = [];
  for (const target of [350_000, 1_900_000]) {
    const text = longArticle(articles, target);
    const t = process.hrtime.bigint();
    const c = cpuSeconds();
    const found = extractDeals(text, { published: articles[0].published }).length;
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    long.push(
      `${(Buffer.byteLength(text, "utf8") / 1024).toFixed(0)} KB ${s.toFixed(2)} s (CPU ${(cpuSeconds() - c).toFixed(2)} s, ${found} deals)`,
    );
  }
  console.log(`long article from the same paragraphs: ${long.join(", ")}`);
}

function cpuSeconds(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
