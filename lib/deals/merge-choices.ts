import type { DealDto } from "../data/deal-dto";
import { MERGE_FIELDS, type MergeField } from "../schemas/deal-merge";
import { formatExactAmount, labelOf } from "../format";
import { formatFieldValue } from "./field-labels";
import { DEAL_FIELD_LABELS } from "./field-names";

function show(deal: DealDto, field: MergeField): string {
  switch (field) {
    case "amount":
      return deal.amount === null ? "—" : formatExactAmount(deal.amount, deal.currency);
    case "status":
      return deal.status;
    case "partners":
      return deal.partners.length ? deal.partners.join(", ") : "—";
    case "facilities":
      return deal.facilities.length
        ? deal.facilities.map((f) => `${labelOf(f.type)}${f.city ? `, ${f.city}` : ""}`).join("; ")
        : "—";
    default:
      return formatFieldValue(field, deal[field]);
  }
}

/** Each field of two deals side by side, the other's value preselected where the kept deal has none. */
export function mergeChoicesOf(keep: DealDto, merge: DealDto) {
  return MERGE_FIELDS.map((field) => {
    const [a, b] = [show(keep, field), show(merge, field)];
    return { field, label: DEAL_FIELD_LABELS[field], keep: a, merge: b, isMergeDefault: a === "—" && b !== "—" };
  });
}
