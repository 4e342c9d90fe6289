/**
 * npm run train:target: fits the target-country model (lib/extraction/stages/target-model.ts) on the tuning part of
 * the corpus and writes lib/extraction/stages/target-model.weights.json. The held-out part never reaches it.
 *
 * Examples: every sentence where the model would act (two countries or more, the rules' candidates not empty), run
 * with the rules alone, whose investor is the gold investor of exactly one target country, named in the sentence.
 * Prints the five-fold cross-validated accuracy (the gold country first) against the rules' own first choice.
 * Run it again after a change to the rules: their ranking is one of the features.
 */
import fs from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { corpusPart, loadCorpus } from "../lib/extraction/corpus/corpus";
import { sameInvestorName as sameName } from "../lib/extraction/corpus/score";
import { extractDeals } from "../lib/extraction";
import {
  bestCandidate,
  setTargetModel,
  TARGET_FEATURES,
  trainTargetModel,
  type TargetExample,
} from "../lib/extraction/stages/target-model";

const OUT = path.join(__dirname, "../lib/extraction/stages/target-model.weights.json");

const tune = loadCorpus().filter((a) => corpusPart(a.id) === "tune");
const examples: (TargetExample & { id: string })[] = [];
for (const a of tune) {
  const golds = (a.deals ?? []).filter((g) => !g.optional);
  setTargetModel(null, (cands, inv) => {
    const mine = golds.filter((g) =>
      [g.investor, g.via, ...(g.aliases ?? [])].some((n) => typeof n === "string" && sameName(inv.name, n)),
    );
    const codes = new Set(mine.map((g) => g.targetCountry));
    if (codes.size !== 1) return;
    const gold = [...codes][0] as string;
    if (!cands.some((c) => c.code === gold)) return;
    examples.push({ id: a.id, gold, cands: cands.map((c) => ({ code: c.code, x: c.x })) });
  });
  extractDeals(a.text, { published: a.published });
}
setTargetModel(null);

const fold5 = (id: string) => {
  let h = 7;
  for (const ch of id) h = (h * 131 + ch.charCodeAt(0)) >>> 0;
  return h % 5;
};
let modelRight = 0,
  rulesRight = 0;
for (let k = 0; k < 5; k++) {
  const w = trainTargetModel(examples.filter((e) => fold5(e.id) !== k));
  for (const e of examples.filter((x) => fold5(x.id) === k)) {
    if (bestCandidate(w, e.cands) === e.gold) modelRight++;
    // feature 1: the rules rank it first
    if (e.cands.find((c) => c.x[1] === 1)?.code === e.gold) rulesRight++;
  }
}
const weights = trainTargetModel(examples);
const round = (v: number) => Math.round(v * 1e6) / 1e6;
const json = JSON.stringify({
  note: "written by npm run train:target from the corpus's tuning part; do not edit by hand",
  articles: tune.length,
  examples: examples.length,
  crossValidated: { model: modelRight, rules: rulesRight },
  features: TARGET_FEATURES,
  weights: weights.map(round),
});
// written as the project's formatter writes JSON, so that a retrained file passes the format check
void prettier
  .resolveConfig(OUT)
  .then((config) => prettier.format(json, { ...config, filepath: OUT }))
  .then((formatted) => {
    fs.writeFileSync(OUT, formatted);
    console.log(
      `${examples.length} examples from ${tune.length} tuning articles; five-fold cross-validated: the model puts the gold ` +
        `country first in ${modelRight}, the rules alone in ${rulesRight}; weights written to ${path.relative(process.cwd(), OUT)}`,
    );
  });
