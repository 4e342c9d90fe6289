import type { DealField } from "../schemas/deal";

// Plain words only (no country data): client components import this.

/** What people call each field of the deal contract (deal page, history, conflicts, merges, exports): every field has one. */
export const DEAL_FIELD_LABELS: Record<DealField, string> = {
  investor: "Investor",
  via: "Via",
  investorCountry: "Investor country",
  targetCountry: "Target country",
  amount: "Amount",
  currency: "Currency",
  amountText: "Amount as written",
  announcedOn: "Announced",
  status: "Status",
  kind: "Kind",
  stakePercent: "Stake",
  partners: "Partners",
  facilities: "Facilities",
};

// Where an input's label says more than the field's name (the edit form, the selection filler).
const INPUT_LABELS: Partial<Record<DealField, string>> = { announcedOn: "Announced on", stakePercent: "Stake (%)" };

export function inputLabel(field: DealField): string {
  return INPUT_LABELS[field] ?? DEAL_FIELD_LABELS[field];
}
