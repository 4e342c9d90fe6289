import { seedDeals } from "./deal-factory";
import { investmentArticle } from "./factories";

/**
 * One uniquely named deal with exactly the fields investmentArticle states ($450 million
 * for a factory in Wroclaw, Poland), stored with that article as its source through the
 * factory: what the test then sees never depends on what the extractor makes of the text.
 * Less confident than other seeded deals, so the review queue lists it early.
 */
export async function seedDeal(): Promise<{ dealId: number; investor: string }> {
  const article = investmentArticle();
  const [dealId] = await seedDeals(
    [
      {
        investor: article.investor,
        targetCountry: "PL",
        amount: 450e6,
        currency: "USD",
        amountText: "$450 million",
        announcedOn: "2026-03-10",
        status: "announced",
        kind: "greenfield",
        facilities: [{ type: "factory", city: "Wroclaw", name: null }],
      },
    ],
    article.text,
    0.3,
  );
  return { dealId, investor: article.investor };
}
