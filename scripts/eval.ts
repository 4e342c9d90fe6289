/**
 * npm run eval [-- --verbose] [--lang xx]: scores the extractor on the project's own corpus,
 * the tuning part and the held-out part apart (and the team's dev set when ../shared is there).
 * --verbose lists errors of the tuning part only: held-out errors are never shown, so no rule
 * gets written against them.
 */
import fs from "node:fs";
import path from "node:path";
import { corpusPart, loadCorpus } from "../lib/extraction/corpus/corpus";
import { scoreArticles, type GoldArticle, type PredDeal, type Score } from "../lib/extraction/corpus/score";
import { extractDeals } from "../lib/extraction";
import { evidenceFailures } from "../lib/extraction/corpus/evidence-check";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const langArg = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : null;
const dirArg = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : undefined;

function run(articles: GoldArticle[]): Score {
  const preds = new Map<string, PredDeal[]>();
  for (const a of articles) preds.set(a.id, extractDeals(a.text, { published: a.published }));
  return scoreArticles(articles, preds);
}

const f = (x: number) => x.toFixed(3);
function line(name: string, r: Score): string {
  return (
    `${name.padEnd(9)} ${String(r.articles).padStart(4)} articles ${String(r.goldDeals).padStart(4)} gold  ` +
    `P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.dealF1)}  amount ${f(r.amountAcc)} facilities ${f(r.facilityF1)} ` +
    `status ${f(r.statusAcc)} date ${f(r.dateAcc)}  score ${f(r.score)}`
  );
}

const corpus = loadCorpus(dirArg).filter((a) => !langArg || a.lang === langArg);
const tune = corpus.filter((a) => corpusPart(a.id) === "tune");
const heldout = corpus.filter((a) => corpusPart(a.id) === "heldout");
const tuneScore = run(tune);
if (verbose) {
  for (const a of tuneScore.perArticle)
    if (a.notes.length) console.log(`${a.id}: tp ${a.tp} fp ${a.fp} fn ${a.fn}\n  ${a.notes.join("\n  ")}`);
}
console.log(line("tune", tuneScore));
console.log(line("held-out", run(heldout)));
if (!langArg) {
  const langs = [...new Set(corpus.map((a) => a.lang))].sort();
  for (const l of langs) {
    const part = corpus.filter((a) => a.lang === l);
    console.log(`  ${l}: ${line("all", run(part)).slice(10)}`);
  }
}
// evidence that names the value, over every record found in the corpus
let records = 0;
const failing = new Map<string, number>();
let anyFailing = 0;
for (const a of corpus) {
  for (const d of extractDeals(a.text, { published: a.published })) {
    records++;
    const fails = evidenceFailures(a.text, d);
    if (fails.length) anyFailing++;
    for (const f of fails) failing.set(f.field, (failing.get(f.field) ?? 0) + 1);
  }
}
console.log(
  `evidence  ${records} records, ${anyFailing} with a span that does not name its value` +
    (failing.size ? ` (${[...failing].map(([k, v]) => `${k} ${v}`).join(", ")})` : ""),
);
const devDir = path.resolve(__dirname, "../../shared/eval/dev");
if (fs.existsSync(devDir) && !langArg) {
  const dev = fs
    .readdirSync(devDir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(devDir, n), "utf8")) as GoldArticle);
  console.log(line("dev", run(dev)));
}
