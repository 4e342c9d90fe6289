import { randomBytes } from "node:crypto";

/** A name no other test run uses, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  const tag = randomBytes(4)
    .toString("hex")
    .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]);
  return `${prefix}${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;
}

/** A short news article announcing one greenfield investment by a uniquely named company. */
export function investmentArticle(investor = uniqueName("Norvik")): { investor: string; text: string } {
  const text = [
    `${investor} to build $450 million factory in Poland`,
    "",
    `${investor} Ltd said on Tuesday it will invest $450 million in a new battery factory in Wroclaw, Poland.`,
    "Construction is due to start next year and the plant will employ 800 people, the company said.",
  ].join("\n");
  return { investor, text };
}

/** The German report of investmentArticle's commitment: other words, other language, the same deal. */
export function germanInvestmentArticle(investor: string): string {
  return [
    `${investor} baut Batteriewerk in Polen`,
    "",
    `Der Batteriehersteller ${investor} will 450 Millionen Dollar in ein neues Werk im polnischen Wroclaw investieren.`,
    "Das teilte das Unternehmen am Mittwoch mit.",
  ].join("\n");
}

/** Two reports about one investor in one country that only may be the same deal: an editor decides. */
export function possibleDuplicateArticles(investor = uniqueName("Korvald")): {
  investor: string;
  first: string;
  second: string;
} {
  return {
    investor,
    first: `${investor} to invest in Portugal\n\n${investor} will invest 50 million euros in a data centre in Sines, Portugal, the company said.`,
    second: `${investor} confirms Portugal plans\n\n${investor} will invest in Portugal, the company said on Monday.`,
  };
}
