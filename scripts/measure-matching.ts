// npm run measure:matching [-- --gold DIR …]
// Precision and recall of the import's matcher on real article pairs: the labelled
// cross-article pairs in lib/matching/labelled-pairs.json, plus the pairs the gold
// itself decides (two records of one article, or one investor into two countries,
// are different commitments). Measured twice: on the gold records (the matcher
// alone) and on what the extractor finds in the two articles (the import as it runs).
import fs from "node:fs";
import path from "node:path";
import { extractDeals, type ExtractedDeal } from "../lib/extraction";
import { investorKey, isSameInvestorKey } from "../lib/matching/investor-name";
import { scoreMatch, type MatchRecord, type MatchVerdict } from "../lib/matching/match-score";

type Gold = MatchRecord & { aliases?: string[]; optional?: boolean; partners?: string[] };
type Article = { id: string; published: string | null; text: string; deals: Gold[] };
type Label = "same" | "different";
type Pair = { a: string; b: string; label: Label; kind: "labelled" | "same article" | "other country" };

const CORPUS = path.resolve("lib/extraction/corpus/articles");
const PAIRS = path.resolve("lib/matching/labelled-pairs.json");

function loadArticles(dirs: string[]): Map<string, Article> {
  const out = new Map<string, Article>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Article;
      out.set(a.id, a);
    }
  }
  return out;
}

const namesOf = (g: Gold) => [g.investor, ...(g.aliases ?? [])].map(investorKey);
const sameName = (a: Gold, b: Gold) => namesOf(a).some((x) => namesOf(b).some((y) => isSameInvestorKey(x, y)));

/** The pairs the gold decides by itself: records of one article, and one investor into two countries. */
function goldPairs(articles: Map<string, Article>): Pair[] {
  const records = [...articles.values()].flatMap((a) =>
    a.deals.map((g, i) => ({ id: `${a.id}#${i}`, article: a.id, g })),
  );
  const out: Pair[] = [];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const [x, y] = [records[i], records[j]];
      if (!sameName(x.g, y.g)) continue;
      if (x.g.targetCountry !== y.g.targetCountry)
        out.push({ a: x.id, b: y.id, label: "different", kind: "other country" });
      else if (x.article === y.article) out.push({ a: x.id, b: y.id, label: "different", kind: "same article" });
    }
  }
  return out;
}

// The extractor's record for each gold record of an article, one to one, by the
// evaluation's rule (same country, names match), closest fields first; a gold record
// the extractor missed gets none.
function alignExtracted(article: Article, found: ExtractedDeal[]): (ExtractedDeal | null)[] {
  const cities = (r: { facilities: { city: string | null }[] }) => r.facilities.map((f) => f.city).filter(Boolean);
  const options: { gi: number; di: number; fit: number }[] = [];
  article.deals.forEach((g, gi) =>
    found.forEach((d, di) => {
      const isMatch =
        d.targetCountry === g.targetCountry &&
        namesOf(g).some(
          (n) => isSameInvestorKey(n, investorKey(d.investor)) || isSameInvestorKey(n, investorKey(d.via)),
        );
      if (!isMatch) return;
      const fit =
        (cities(d).some((c) => cities(g).includes(c)) ? 2 : 0) +
        (d.amount !== null && d.amount === g.amount ? 2 : 0) +
        (g.optional ? 0 : 1);
      options.push({ gi, di, fit });
    }),
  );
  options.sort((x, y) => y.fit - x.fit || x.gi - y.gi || x.di - y.di);
  const out: (ExtractedDeal | null)[] = article.deals.map(() => null);
  const used = new Set<number>();
  for (const o of options)
    if (!out[o.gi] && !used.has(o.di)) {
      out[o.gi] = found[o.di];
      used.add(o.di);
    }
  return out;
}

type Counts = { tp: number; fp: number; fn: number; tn: number };
const ratio = (n: number, d: number) => (d === 0 ? "—" : (n / d).toFixed(2));
function line(name: string, c: Counts): string {
  return `${name.padEnd(52)} pairs ${String(c.tp + c.fp + c.fn + c.tn).padStart(4)}  same ${String(c.tp + c.fn).padStart(3)}  precision ${ratio(c.tp, c.tp + c.fp)}  recall ${ratio(c.tp, c.tp + c.fn)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;
}

function main() {
  const extra = process.argv.flatMap((a, i, all) => (all[i - 1] === "--gold" ? [path.resolve(a)] : []));
  const articles = loadArticles([CORPUS, ...extra]);
  const labelled = (JSON.parse(fs.readFileSync(PAIRS, "utf8")) as { pairs: { a: string; b: string; label: string }[] })
    .pairs;
  const record = (id: string) => {
    const [article, index] = id.split("#");
    const a = articles.get(article);
    return a ? { article: a, gold: a.deals[Number(index)] } : null;
  };
  const usable = labelled
    .filter((p) => p.label !== "ambiguous" && record(p.a) && record(p.b))
    .map((p): Pair => ({ a: p.a, b: p.b, label: p.label as Label, kind: "labelled" }));
  const pairs = [...usable, ...goldPairs(articles)];
  const aligned = new Map<string, (ExtractedDeal | null)[]>();
  const extractedFor = (id: string) => {
    const { article } = record(id)!;
    if (!aligned.has(article.id))
      aligned.set(article.id, alignExtracted(article, extractDeals(article.text, { published: article.published })));
    return aligned.get(article.id)![Number(id.split("#")[1])];
  };
  const isVerbose = process.argv.includes("--verbose");
  let bothExtracted = 0;

  const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
  const tally = (c: Counts, label: Label, isPredictedSame: boolean) => {
    if (label === "same") {
      if (isPredictedSame) c.tp++;
      else c.fn++;
    } else if (isPredictedSame) c.fp++;
    else c.tn++;
  };
  const groups: Record<string, { join: Counts; joinOrQueue: Counts }> = {};
  const misses: string[] = [];
  for (const p of pairs) {
    const [x, y] = [record(p.a)!, record(p.b)!];
    const gold = scoreMatch(x.gold, y.gold).verdict;
    // the import never compares two records of one article, so only cross-article pairs run through extraction
    let viaExtraction: MatchVerdict | null = null;
    let isBothExtracted = false;
    if (p.kind !== "same article") {
      const [ex, ey] = [extractedFor(p.a), extractedFor(p.b)];
      viaExtraction = ex && ey ? scoreMatch(ex, ey).verdict : "different";
      isBothExtracted = !!ex && !!ey;
      if (p.kind === "labelled" && p.label === "same" && isBothExtracted) bothExtracted++;
      if (isVerbose && p.kind === "labelled") {
        const why =
          ex && ey
            ? scoreMatch(ex, ey)
                .reasons.map((r) => r.text)
                .join("; ")
            : `not extracted: ${ex ? "" : p.a} ${ey ? "" : p.b}`;
        console.log(`${p.a} ~ ${p.b} (${p.label}) extracted: ${why}`);
      }
    }
    for (const [mode, verdict] of [
      ["gold records", gold],
      ["extracted records", viaExtraction],
    ] as const) {
      if (verdict === null) continue;
      for (const scope of [
        `${mode}, labelled cross-article pairs`,
        `${mode}, labelled, both records extracted`,
        `${mode}, all pairs`,
      ]) {
        if (!scope.endsWith("all pairs") && p.kind !== "labelled") continue;
        if (scope.endsWith("both records extracted") && (mode === "gold records" || !isBothExtracted)) continue;
        groups[scope] ??= { join: empty(), joinOrQueue: empty() };
        tally(groups[scope].join, p.label, verdict === "same");
        tally(groups[scope].joinOrQueue, p.label, verdict !== "different");
      }
      if ((p.kind === "labelled" || mode === "gold records") && (verdict === "same") !== (p.label === "same"))
        misses.push(`${mode}: ${p.a} ~ ${p.b} labelled ${p.label}, matcher says ${verdict}`);
    }
  }
  console.log(
    `articles ${articles.size}, labelled pairs used ${usable.length} of ${labelled.length} (ambiguous or missing left out), pairs the gold decides ${pairs.length - usable.length}`,
  );
  console.log(
    `labelled same-deal pairs whose two records the extractor both found: ${bothExtracted} of ${usable.filter((p) => p.label === "same").length}`,
  );
  console.log("\npositive = the report joins the deal (score ≥ 0.7):");
  for (const [scope, g] of Object.entries(groups)) console.log(line(scope, g.join));
  console.log("\npositive = joins or goes to the duplicates queue (score ≥ 0.45):");
  for (const [scope, g] of Object.entries(groups)) console.log(line(scope, g.joinOrQueue));
  if (isVerbose) console.log(`\npairs decided wrongly (as a join):\n  ${misses.join("\n  ") || "none"}`);
}

main();
