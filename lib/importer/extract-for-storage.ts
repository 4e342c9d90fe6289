import { extractDeals } from "../extraction";
import { extractedDealSchema, type ExtractedDealInput } from "../schemas/deal";

/** The extractor's records in the shape the data layer stores; ones that fail the contract are left out. */
export function extractForStorage(text: string, published: string | null): { deals: ExtractedDealInput[]; skipped: number } {
  const deals: ExtractedDealInput[] = [];
  let skipped = 0;
  for (const d of extractDeals(text, { published })) {
    const parsed = extractedDealSchema.safeParse({
      content: {
        investor: d.investor, via: d.via, investorCountry: d.investorCountry, targetCountry: d.targetCountry,
        amount: d.amount, currency: d.currency, amountText: d.amountText, announcedOn: d.announcedOn,
        status: d.status, kind: d.kind, stakePercent: d.stakePercent, partners: d.partners,
        facilities: d.facilities.map((f) => ({ type: f.type, city: f.city, name: f.name ?? null })),
      },
      confidence: d.confidence,
      evidence: d.evidence.filter((e) => e.end <= text.length),
    });
    if (parsed.success) deals.push(parsed.data);
    else skipped++;
  }
  return { deals, skipped };
}
