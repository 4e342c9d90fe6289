import { extractDeals } from "../extraction";
import { extractedDealSchema, pickContent, type ExtractedDealInput } from "../schemas/deal";

/** The extractor's records in the shape the data layer stores; ones that fail the contract are left out. */
export function extractForStorage(
  text: string,
  published: string | null,
): { deals: ExtractedDealInput[]; skipped: number } {
  const deals: ExtractedDealInput[] = [];
  let skipped = 0;
  for (const d of extractDeals(text, { published })) {
    const parsed = extractedDealSchema.safeParse({
      // the engine's record has every content field (checked at compile time in lib/schemas/deal-contract.test.ts)
      content: pickContent(d),
      confidence: d.confidence,
      evidence: d.evidence.filter((e) => e.end <= text.length),
    });
    if (parsed.success) deals.push(parsed.data);
    else skipped++;
  }
  return { deals, skipped };
}
