/**
 * Paragraph-order property: an article's records should not depend on the order of its paragraphs,
 * "unless order matters". Over the project's corpus, the body's paragraphs (all but the first line,
 * the headline, which carries context) are reversed and the set of (investor, target, amount) records
 * compared with the original's.
 *
 * Order matters, by design, where the engine reads an article as a story:
 * - coreference: "the company", "it", a lone amount or a shortlist belong to the company in focus,
 *   the last firm named before them (stages/investor.ts), and "the partners" to the latest joint venture;
 * - an investor keeps the target first named for it (stages/target.ts), so which of two countries
 *   comes first decides later sentences' target;
 * - a company bought earlier gives way to its buyer only after the purchase is told;
 * - the lead (the first sentences of the body) dates every record of same-week news, and
 *   "other recent initiatives are:" marks everything after it as older news;
 * - names: a name learned in one sentence (an acronym, a known firm, a parent) helps find it in the
 *   others, and a record's investor is the form its facts name; reversed, de-c25 gives "Brose Gruppe"
 *   where the original gives "Brose GmbH", de-c14 "EY" where it gives "Unternehmensberatung EY";
 * - merging facts into records (records.ts) goes in reading order: a fact joins the latest record of
 *   its investor and target, so which amount opens a record can change.
 * Of the 118 articles that changed when this was written, 76 changed their set of investor names.
 * Measured when this test was written (2026-12-01): 197 of 315 articles, 62.5 % (28 of them have at most
 * one body paragraph, so reversing changes nothing); after the rules of the same day, 196 (62.2 %). The
 * floor sits a little below, so that a rule which moves one or two articles does not fail it while a real
 * regression does; it is not a goal to tune rules towards.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus/corpus";
import { extractDeals } from "./index";

const FLOOR = 0.6;

function recordSet(text: string, published: string | null): string {
  const keys = extractDeals(text, { published }).map((d) => `${d.investor}|${d.targetCountry}|${d.amount ?? "-"}`);
  return [...new Set(keys)].sort().join("\n");
}

describe("paragraph order", () => {
  it("most corpus articles keep their records when the body's paragraphs are reversed", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThan(100);
    let kept = 0;
    for (const a of corpus) {
      const lines = a.text.split("\n").filter((l) => l.trim());
      const same = lines.join("\n");
      const reversed = [lines[0], ...lines.slice(1).reverse()].join("\n");
      if (recordSet(same, a.published) === recordSet(reversed, a.published)) kept++;
    }
    const share = kept / corpus.length;
    console.log(
      `paragraph order: ${kept} of ${corpus.length} articles keep their records (${(share * 100).toFixed(1)} %)`,
    );
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  }, 120_000);
});
