/** Benchmark: articles and megabytes per second for extractDeals, single process, after a warm-up. */
import fs from "node:fs";
import path from "node:path";
import { extractDeals } from "../lib/extraction";

const ROOT = path.resolve(__dirname, "..");
const DIRS = [path.join(ROOT, "seeds"), path.join(ROOT, "scripts", "bench-corpus")];

function loadCorpus(): string[] {
  const texts: string[] = [];
  for (const dir of DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith(".txt")) texts.push(fs.readFileSync(path.join(dir, f), "utf8"));
    }
  }
  return texts;
}

function run(texts: string[], rounds: number): { seconds: number; cpuSeconds: number; deals: number } {
  let deals = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) deals += extractDeals(t, { published: "2024-03-15" }).length;
  }
  const c = process.cpuUsage(c0);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (c.user + c.system) / 1e6, deals };
}

function main(): void {
  const texts = loadCorpus();
  if (!texts.length) {
    process.stderr.write("bench-extract: no sample texts found\n");
    process.exit(1);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  run(texts, 20); // warm-up: JIT and lazily built tables
  const rounds = Math.max(50, Math.ceil(4000 / texts.length));
  const { seconds, cpuSeconds, deals } = run(texts, rounds);
  const articles = texts.length * rounds;
  console.log(`corpus ${texts.length} articles, ${(bytes / 1024).toFixed(1)} KB; ${rounds} rounds, ${deals / rounds} deals per round`);
  console.log(`articles/s ${(articles / seconds).toFixed(0)}`);
  console.log(`MB/s ${((bytes * rounds) / 1e6 / seconds).toFixed(2)}`);
  // on a shared machine wall time includes waiting for the CPU; CPU time shows the engine's own cost
  console.log(`per CPU-second: articles ${(articles / cpuSeconds).toFixed(0)}, MB ${((bytes * rounds) / 1e6 / cpuSeconds).toFixed(2)}`);
}

main();
