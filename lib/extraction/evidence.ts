/**
 * Evidence stage: every field's span must name its value. The investor's span is its mention;
 * where the record names the investor differently (an acronym's long form, a parent), the
 * article's own words for that name are added.
 */
import type { ExtractedDeal } from "./types";

export function completeEvidence(text: string, deal: ExtractedDeal): ExtractedDeal {
  const named = (name: string) =>
    deal.evidence.some(
      (e) => e.field === "investor" && text.slice(e.start, e.end).toLowerCase().includes(name.toLowerCase()),
    );
  if (named(deal.investor)) return deal;
  const at = text.indexOf(deal.investor);
  if (at < 0) return deal;
  return { ...deal, evidence: [{ field: "investor", start: at, end: at + deal.investor.length }, ...deal.evidence] };
}
