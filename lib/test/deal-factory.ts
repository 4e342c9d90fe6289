import { randomBytes } from "node:crypto";
import { createArticleWithDeals } from "../data/create-article-with-deals";
import { createUser } from "../data/create-user";
import type { ExtractedDealInput } from "../schemas/deal";
import type { SessionUser } from "../schemas/user";
import { dealContent } from "./deal-content";

export const ARTICLE_TEXT = "Testco will invest 100 million euros in a factory in Poznan, Poland, the company said.";

export function extractedDeal(over: Partial<ExtractedDealInput["content"]> = {}, confidence = 0.6): ExtractedDealInput {
  return {
    content: dealContent({
      investorCountry: "DE",
      amount: 1e8,
      currency: "EUR",
      amountText: "100 million euros",
      announcedOn: "2024-05",
      facilities: [{ type: "factory", city: "Poznan", name: null }],
      ...over,
    }),
    confidence,
    evidence: [
      { field: "investor", start: 0, end: 6 },
      { field: "amount", start: 19, end: 36 },
    ],
  };
}

/** One article with the given deals, stored through the importer's own transaction. */
export async function storeArticle(deals: ExtractedDealInput[] = [extractedDeal()], text = ARTICLE_TEXT) {
  return createArticleWithDeals(
    {
      title: "t",
      text,
      source: null,
      publishedOn: "2024-05-14",
      language: "en",
      contentHash: randomBytes(8).toString("hex"),
      importedById: null,
      importedVia: "cli",
    },
    deals,
  );
}

export async function storeEditor(role: SessionUser["role"] = "editor"): Promise<SessionUser> {
  const u = await createUser({
    email: `${role}-${randomBytes(4).toString("hex")}@example.org`,
    role,
    passwordHash: "scrypt$x",
  });
  return { id: u.id, email: u.email, role: u.role };
}

/**
 * Stores one article holding deals with exactly these fields (no extractor
 * involved); unset fields are empty. Evidence marks the investor's name in the text.
 */
export async function seedDeals(
  deals: Partial<ExtractedDealInput["content"]>[],
  text?: string,
  confidence = 0.8,
): Promise<number[]> {
  const contents = deals.map(
    (over) =>
      extractedDeal({
        investorCountry: null,
        amount: null,
        currency: null,
        amountText: null,
        announcedOn: null,
        facilities: [],
        ...over,
      }).content,
  );
  const body = text ?? contents.map((c) => `${c.investor} will invest in ${c.targetCountry}.`).join(" ");
  const inputs = contents.map((content): ExtractedDealInput => {
    const start = Math.max(0, body.indexOf(content.investor));
    return { content, confidence, evidence: [{ field: "investor", start, end: start + content.investor.length }] };
  });
  return (await storeArticle(inputs, body)).dealIds;
}
