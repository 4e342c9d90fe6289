import { createHash, randomUUID } from "node:crypto";
import type { DealContent, ExtractedDealInput } from "../schemas/deal";
import { createArticleWithDeals } from "../data/create-article-with-deals";

/**
 * Test factory: stores one article holding the given deals with exactly these
 * fields (no extractor involved). Evidence covers the investor's name in the text.
 */
export async function seedDeals(deals: Partial<DealContent>[], text?: string): Promise<number[]> {
  const contents: DealContent[] = deals.map((over) => ({
    investor: "Testco", via: null, investorCountry: null, targetCountry: "PL", amount: null, currency: null,
    amountText: null, announcedOn: null, status: "announced", kind: "greenfield", stakePercent: null,
    partners: [], facilities: [], ...over,
  }));
  const body = text ?? contents.map((c) => `${c.investor} will invest in ${c.targetCountry}.`).join(" ");
  const inputs: ExtractedDealInput[] = contents.map((content) => {
    const start = Math.max(0, body.indexOf(content.investor));
    return { content, confidence: 0.8, evidence: [{ field: "investor", start, end: start + content.investor.length }] };
  });
  const { dealIds } = await createArticleWithDeals({
    title: contents[0]?.investor ?? "article", text: body, source: null, publishedOn: null, language: "en",
    contentHash: createHash("sha256").update(`${body}${randomUUID()}`).digest("hex"), importedById: null, importedVia: "cli",
  }, inputs);
  return dealIds;
}
