import { countryName, formatPartialDate, labelOf } from "../format";
import { DEAL_FIELD_LABELS } from "./field-names";

const FIELD_LABELS: Record<string, string> = { ...DEAL_FIELD_LABELS, reviewState: "Review", deleted: "Deleted" };

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? labelOf(field);
}

type Facility = { type?: string; city?: string | null; name?: string | null };

const facilityText = (f: Facility) =>
  `${labelOf(f.type ?? "facility")}${f.city ? ` in ${f.city}` : ""}${f.name ? ` (${f.name})` : ""}`;

/** A recorded value as people read it: country names, grouped digits, words for codes. */
export function formatFieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((v) => (typeof v === "object" && v ? facilityText(v as Facility) : String(v))).join("; ");
  }
  switch (field) {
    case "investorCountry":
    case "targetCountry":
      return countryName(String(value));
    case "amount":
      return typeof value === "number"
        ? new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value)
        : String(value);
    case "stakePercent":
      return `${String(value)} %`;
    case "announcedOn":
      return formatPartialDate(String(value));
    case "status":
    case "kind":
    case "reviewState":
      return labelOf(String(value));
    case "deleted":
      return value ? "yes" : "no";
    default:
      return String(value);
  }
}
