// npm run bench:clutter [-- <folder>] — how much of what the HTML importer keeps is
// not the article (menus, cookie banners, teasers, ads), and how many deals come from
// that clutter, for the old whole-page converter and the article reader. Each page
// <name>.html needs <name>.article.txt beside it: the article's own text.
import fs from "node:fs";
import path from "node:path";
import { extractDeals } from "../lib/extraction";
import { decodeBytes } from "../lib/importer/decode";
import { readHtmlArticle } from "../lib/importer/html-article";
import { htmlToText } from "../lib/importer/html-to-text";
import { normalizeText } from "../lib/importer/normalize";

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

function main() {
  const dir = process.argv[2] ?? path.join("lib", "importer", "fixtures", "pages");
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
    const article = fs.readFileSync(path.join(dir, page.replace(/\.html$/, ".article.txt")), "utf8");
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

main();
