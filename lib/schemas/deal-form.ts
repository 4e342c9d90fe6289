import { z } from "zod";
import { DEAL_KINDS, DEAL_STATUSES, dealContentSchema, FACILITY_TYPES, type DealContent } from "./deal";

/** The edit form's values: what the inputs hold, all text, before parsing. */
export type DealFormValues = {
  investor: string; via: string; investorCountry: string; targetCountry: string;
  amount: string; currency: string; amountText: string; announcedOn: string;
  status: string; kind: string; stakePercent: string;
  // one partner per line
  partners: string;
  facilities: { type: string; city: string; name: string }[];
};

export const EMPTY_DEAL_FORM: DealFormValues = {
  investor: "", via: "", investorCountry: "", targetCountry: "", amount: "", currency: "", amountText: "",
  announcedOn: "", status: "announced", kind: "greenfield", stakePercent: "", partners: "", facilities: [],
};

const text = (v: string | null | undefined) => v ?? "";

export function toDealFormValues(c: DealContent): DealFormValues {
  return {
    investor: c.investor, via: text(c.via), investorCountry: text(c.investorCountry), targetCountry: c.targetCountry,
    amount: c.amount === null ? "" : String(c.amount), currency: text(c.currency), amountText: text(c.amountText),
    announcedOn: text(c.announcedOn), status: c.status, kind: c.kind,
    stakePercent: c.stakePercent === null ? "" : String(c.stakePercent),
    partners: c.partners.join("\n"),
    facilities: c.facilities.map((f) => ({ type: f.type, city: text(f.city), name: text(f.name) })),
  };
}

/** "450,000,000", "450 000 000", "1,5" (decimal comma), "1.5e9" → a number; null when empty; NaN when unreadable. */
export function parseNumberInput(raw: string): number | null {
  let s = raw.trim().replace(/[\s_'\u00a0\u202f]/g, "");
  if (s === "") return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  return /^[\d.]+(e\d+)?$/i.test(s) ? Number(s) : Number.NaN;
}

const facilityValues = z.object({ type: z.enum(FACILITY_TYPES, "choose a facility type"), city: z.string(), name: z.string() });

/**
 * Parses the form's text values into a deal's content with the shared
 * dealContentSchema. An unreadable number goes on as NaN, which that schema
 * refuses with its own message: every bad field is reported in one save, not
 * one per save.
 */
export const dealFormSchema = z.object({
  investor: z.string(), via: z.string(), investorCountry: z.string(), targetCountry: z.string(),
  amount: z.string(), currency: z.string(), amountText: z.string(), announcedOn: z.string(),
  status: z.enum(DEAL_STATUSES, "choose a status"), kind: z.enum(DEAL_KINDS, "choose a kind"), stakePercent: z.string(), partners: z.string(),
  facilities: z.array(facilityValues).max(50),
}).transform((v): z.input<typeof dealContentSchema> => {
  const orNull = (s: string) => (s.trim() === "" ? null : s);
  return {
    investor: v.investor, via: v.via, investorCountry: orNull(v.investorCountry), targetCountry: v.targetCountry,
    amount: parseNumberInput(v.amount), currency: orNull(v.currency), amountText: v.amountText,
    announcedOn: orNull(v.announcedOn), status: v.status, kind: v.kind,
    stakePercent: parseNumberInput(v.stakePercent),
    partners: v.partners.split("\n").map((p) => p.trim()).filter(Boolean),
    facilities: v.facilities.map((f) => ({ type: f.type, city: f.city, name: f.name })),
  };
}).pipe(dealContentSchema);

/** Words an editor selected in an article as a field's evidence. */
export const evidenceSelectionSchema = z.object({
  field: z.string().min(1).max(40),
  articleId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
}).refine((e) => e.end > e.start, "evidence must cover at least one character");

export type EvidenceSelection = z.infer<typeof evidenceSelectionSchema>;

/** What the edit form posts (as one JSON field): the values, the version it started from, new evidence. */
export const dealEditPayloadSchema = z.object({
  values: z.unknown(),
  version: z.number().int().positive(),
  evidence: z.array(evidenceSelectionSchema).max(200),
  // the editor confirmed an announcement year outside 1900–2100 (the form asks)
  confirmedYear: z.string().regex(/^\d{4}$/).nullable().optional(),
});
