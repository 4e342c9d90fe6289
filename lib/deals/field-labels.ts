import { countryName, formatPartialDate, labelOf } from "../format";

/** What people call each recorded field of a deal (history, conflicts). */
export const FIELD_LABELS: Record<string, string> = {
  investor: "Investor", via: "Via", investorCountry: "Investor country", targetCountry: "Target country",
  amount: "Amount", currency: "Currency", amountText: "Amount as written", announcedOn: "Announced",
  status: "Status", kind: "Kind", stakePercent: "Stake", partners: "Partners", facilities: "Facilities",
  reviewState: "Review", deleted: "Deleted",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? labelOf(field);
}

type Facility = { type?: string; city?: string | null; name?: string | null };

const facilityText = (f: Facility) => `${labelOf(f.type ?? "facility")}${f.city ? ` in ${f.city}` : ""}${f.name ? ` (${f.name})` : ""}`;

/** A recorded value as people read it: country names, grouped digits, words for codes. */
export function formatFieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((v) => (typeof v === "object" && v ? facilityText(v as Facility) : String(v))).join("; ");
  }
  switch (field) {
    case "investorCountry":
    case "targetCountry": return countryName(String(value));
    case "amount": return typeof value === "number" ? new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value) : String(value);
    case "stakePercent": return `${String(value)} %`;
    case "announcedOn": return formatPartialDate(String(value));
    case "status":
    case "kind":
    case "reviewState": return labelOf(String(value));
    case "deleted": return value ? "yes" : "no";
    default: return String(value);
  }
}
