import type { DealDto } from "../data/deal-dto";
import { MERGE_FIELDS, type MergeField } from "../schemas/deal-merge";
import { countryName, formatExactAmount, formatPartialDate, labelOf } from "../format";

const LABELS: Record<MergeField, string> = {
  investor: "Investor", via: "Via", investorCountry: "Investor country", targetCountry: "Target country",
  amount: "Amount", announcedOn: "Announced", status: "Status", kind: "Kind", stakePercent: "Stake",
  partners: "Partners", facilities: "Facilities",
};

function show(deal: DealDto, field: MergeField): string {
  switch (field) {
    case "amount": return deal.amount === null ? "—" : formatExactAmount(deal.amount, deal.currency);
    case "investorCountry": case "targetCountry": return deal[field] ? countryName(deal[field]) : "—";
    case "announcedOn": return formatPartialDate(deal.announcedOn);
    case "kind": return labelOf(deal.kind);
    case "stakePercent": return deal.stakePercent === null ? "—" : `${deal.stakePercent} %`;
    case "partners": return deal.partners.length ? deal.partners.join(", ") : "—";
    case "facilities": return deal.facilities.length ? deal.facilities.map((f) => `${labelOf(f.type)}${f.city ? `, ${f.city}` : ""}`).join("; ") : "—";
    default: return deal[field] ?? "—";
  }
}

/** Each field of two deals side by side, the other's value preselected where the kept deal has none. */
export function mergeChoicesOf(keep: DealDto, merge: DealDto) {
  return MERGE_FIELDS.map((field) => {
    const [a, b] = [show(keep, field), show(merge, field)];
    return { field, label: LABELS[field], keep: a, merge: b, isMergeDefault: a === "—" && b !== "—" };
  });
}
