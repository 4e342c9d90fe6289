// npm run bench:clutter [-- <folder>] — how much of what the HTML importer keeps is
// not the article (menus, cookie banners, teasers, ads), and how many deals come from
// that clutter, for the old whole-page converter and the article reader.
// Two forms of folder:
// - each page <name>.html with <name>.article.txt beside it (the article's own text):
//   the share of kept characters that are not the article (default folder:
//   lib/importer/fixtures/pages);
// - pages <name>.html with one annotations.json, [{ "file": "<name>.html", "with":
//   [...], "without": [...] }] as in public extraction benchmarks (human-annotated
//   snippets the article must contain / furniture it must not): per page and overall,
//   the share of "without" snippets still in the kept text (clutter kept), of "with"
//   snippets missing (article lost), the kept characters and the deals extractDeals
//   finds in them. Snippets match after whitespace squashing and NFC, case kept
//   (lib/importer/snippet-score.ts). An entry may add "lang" for a page whose markup
//   does not name its language. Bad JSON or a missing page is reported, not thrown.
import fs from "node:fs";
import path from "node:path";
import { extractDeals } from "../lib/extraction";
import { decodeBytes } from "../lib/importer/decode";
import { readHtmlArticle } from "../lib/importer/html-article";
import { htmlToText } from "../lib/importer/html-to-text";
import { normalizeText } from "../lib/importer/normalize";
import { pageAnnotationsSchema, scoreSnippets, type PageAnnotation } from "../lib/importer/snippet-score";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Characters of `kept` in lines that are not part of the article, over all kept characters. */
function clutterShare(kept: string, article: string): { clutter: number; total: number } {
  const body = squash(article);
  let clutter = 0;
  let total = 0;
  for (const line of kept.split("\n").map(squash).filter(Boolean)) {
    total += line.length;
    if (!body.includes(line)) clutter += line.length;
  }
  return { clutter, total };
}

const dealKeys = (text: string) => new Set(extractDeals(text).map((d) => `${d.investor} → ${d.targetCountry}`));

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : "n/a");

function readAnnotations(file: string): PageAnnotation[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file} is not readable JSON: ${(e as Error).message}`);
  }
  const parsed = pageAnnotationsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

/** Pages annotated with snippets the article must contain and furniture it must not. */
function measureAnnotated(dir: string) {
  const annotations = readAnnotations(path.join(dir, "annotations.json"));
  const missing = annotations.filter((a) => !fs.existsSync(path.join(dir, a.file))).map((a) => a.file);
  if (missing.length) throw new Error(`annotations.json names pages not in ${dir}: ${missing.join(", ")}`);
  const sums = {
    old: { kept: 0, without: 0, lost: 0, with: 0, chars: 0, deals: 0, dirtyPages: 0 },
    reader: { kept: 0, without: 0, lost: 0, with: 0, chars: 0, deals: 0, dirtyPages: 0 },
  };
  const languages = new Map<string, number>();
  const readerClutter: { file: string; kept: string[] }[] = [];
  const readerLost: { file: string; lost: string[] }[] = [];
  console.log(
    "page                                       lang  old: clutter kept / article lost / chars / deals   reader: clutter kept / article lost / chars / deals",
  );
  for (const a of annotations) {
    const html = decodeBytes(fs.readFileSync(path.join(dir, a.file))).text;
    const article = readHtmlArticle(html);
    const lang = article.language ?? a.lang ?? "?";
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
    const row = [a.file.padEnd(43), lang.padEnd(5)];
    for (const [name, text] of [
      ["old", normalizeText(htmlToText(html))],
      ["reader", article.text],
    ] as const) {
      const score = scoreSnippets(text, a);
      const deals = dealKeys(text).size;
      const s = sums[name];
      s.kept += score.clutterKept.length;
      s.without += score.withoutTotal;
      s.lost += score.articleLost.length;
      s.with += score.withTotal;
      s.chars += text.length;
      s.deals += deals;
      if (score.clutterKept.length) s.dirtyPages++;
      if (name === "reader" && score.clutterKept.length) readerClutter.push({ file: a.file, kept: score.clutterKept });
      if (name === "reader" && score.articleLost.length) readerLost.push({ file: a.file, lost: score.articleLost });
      row.push(
        `${name}: ${score.clutterKept.length}/${score.withoutTotal} kept, ${score.articleLost.length}/${score.withTotal} lost, ${text.length} ch, ${deals} deals`.padEnd(
          52,
        ),
      );
    }
    console.log(row.join(" "));
  }
  console.log(
    `\n${annotations.length} pages; languages (page markup, else the annotation's lang): ${[...languages]
      .sort((x, y) => y[1] - x[1])
      .map(([l, n]) => `${l} ${n}`)
      .join(", ")}`,
  );
  for (const name of ["old", "reader"] as const) {
    const s = sums[name];
    console.log(
      `${name === "old" ? "old converter " : "article reader"}: clutter kept ${pct(s.kept, s.without)} (${s.kept} of ${s.without} "without" snippets, on ${s.dirtyPages} pages); article lost ${pct(s.lost, s.with)} (${s.lost} of ${s.with} "with" snippets); ${s.chars} characters kept; ${s.deals} deals found`,
    );
  }
  readerClutter.sort((x, y) => y.kept.length - x.kept.length);
  for (const p of readerClutter.slice(0, 5))
    console.log(`reader keeps on ${p.file}: ${p.kept.map((k) => JSON.stringify(k)).join(", ")}`);
  for (const p of readerLost)
    console.log(`reader loses on ${p.file}: ${p.lost.map((k) => JSON.stringify(k)).join(", ")}`);
}

function main() {
  const dir = process.argv[2] ?? path.join("lib", "importer", "fixtures", "pages");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  if (fs.existsSync(path.join(dir, "annotations.json"))) return measureAnnotated(dir);
  const pages = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort();
  const sums = {
    old: { clutter: 0, total: 0, deals: 0, clutterDeals: 0 },
    reader: { clutter: 0, total: 0, deals: 0, clutterDeals: 0 },
  };
  console.log("page                      old converter            article reader");
  for (const page of pages) {
    const html = decodeBytes(fs.readFileSync(path.join(dir, page))).text;
    const articleFile = path.join(dir, page.replace(/\.html$/, ".article.txt"));
    if (!fs.existsSync(articleFile))
      throw new Error(
        `${articleFile} is missing: each page needs its article's text, or the folder an annotations.json`,
      );
    const article = fs.readFileSync(articleFile, "utf8");
    const truth = dealKeys(article);
    const row: string[] = [page.padEnd(26)];
    for (const [name, text] of [
      ["old", normalizeText(htmlToText(html))],
      ["reader", readHtmlArticle(html).text],
    ] as const) {
      const share = clutterShare(text, article);
      const deals = dealKeys(text);
      const fromClutter = [...deals].filter((k) => !truth.has(k));
      Object.assign(sums[name], {
        clutter: sums[name].clutter + share.clutter,
        total: sums[name].total + share.total,
        deals: sums[name].deals + deals.size,
        clutterDeals: sums[name].clutterDeals + fromClutter.length,
      });
      row.push(
        `${((100 * share.clutter) / share.total).toFixed(0).padStart(3)} % clutter, ${fromClutter.length}/${deals.size} deals from it`.padEnd(
          25,
        ),
      );
    }
    console.log(row.join(""));
  }
  for (const name of ["old", "reader"] as const) {
    const s = sums[name];
    console.log(
      `${name === "old" ? "old converter " : "article reader"}: ${((100 * s.clutter) / s.total).toFixed(1)} % of kept characters are clutter; ${s.clutterDeals} of ${s.deals} deals come from clutter (${pages.length} pages)`,
    );
  }
}

try {
  main();
} catch (e) {
  console.error(`bench:clutter: ${(e as Error).message}`);
  process.exitCode = 1;
}
