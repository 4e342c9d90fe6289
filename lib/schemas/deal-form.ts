import { z } from "zod";
import {
  DEAL_FIELDS,
  DEAL_KINDS,
  DEAL_STATUSES,
  dealContentSchema,
  dealContentShape,
  FACILITY_TYPES,
  type DealContent,
  type DealField,
} from "./deal";

/** The fields the form holds as one text each (lists one item per line); facilities have an editor of their own. */
export type DealTextField = Exclude<DealField, "facilities">;
export const DEAL_TEXT_FIELDS = DEAL_FIELDS.filter((f): f is DealTextField => f !== "facilities");

/** Fields a selection in the article can fill: every text field (status and kind are chosen, not read). */
export type FillableField = Exclude<DealTextField, "status" | "kind">;
export const FILLABLE_FIELDS = DEAL_TEXT_FIELDS.filter((f): f is FillableField => f !== "status" && f !== "kind");

/** The edit form's values: what the inputs hold, all text, before parsing. */
export type DealFormValues = Record<DealTextField, string> & {
  facilities: { type: string; city: string; name: string }[];
};

/** How the form reads a field's text, from the field's type in dealContentSchema. */
type TextCodec = "number" | "lines" | "nullable" | "text";

function codecOf(field: DealTextField): TextCodec {
  let schema: z.core.$ZodType = dealContentShape.shape[field];
  const isNullable = schema instanceof z.ZodNullable;
  if (schema instanceof z.ZodNullable) schema = schema.unwrap();
  if (schema instanceof z.ZodNumber) return "number";
  if (schema instanceof z.ZodArray) return "lines";
  return isNullable ? "nullable" : "text";
}

const CODECS = Object.fromEntries(DEAL_TEXT_FIELDS.map((f) => [f, codecOf(f)])) as Record<DealTextField, TextCodec>;

export const EMPTY_DEAL_FORM: DealFormValues = {
  ...(Object.fromEntries(DEAL_TEXT_FIELDS.map((f) => [f, ""])) as Record<DealTextField, string>),
  status: "announced",
  kind: "greenfield",
  facilities: [],
};

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("\n") : String(value);
}

export function toDealFormValues(c: DealContent): DealFormValues {
  return {
    ...(Object.fromEntries(DEAL_TEXT_FIELDS.map((f) => [f, textOf(c[f])])) as Record<DealTextField, string>),
    facilities: c.facilities.map((f) => ({ type: f.type, city: textOf(f.city), name: textOf(f.name) })),
  };
}

/** Whether the field takes a number (its input gets a decimal keyboard). */
export const isNumericField = (field: DealTextField) => CODECS[field] === "number";

function readText(field: DealTextField, raw: string): unknown {
  switch (CODECS[field]) {
    case "number":
      return parseNumberInput(raw);
    case "lines":
      return raw
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean);
    case "nullable":
      return raw.trim() === "" ? null : raw;
    case "text":
      return raw;
  }
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

const facilityValues = z.object({
  type: z.enum(FACILITY_TYPES, "choose a facility type"),
  city: z.string(),
  name: z.string(),
});

/**
 * Parses the form's text values into a deal's content with the shared
 * dealContentSchema. An unreadable number goes on as NaN, which that schema
 * refuses with its own message: every bad field is reported in one save, not
 * one per save.
 */
export const dealFormSchema = z
  .object({
    ...(Object.fromEntries(DEAL_TEXT_FIELDS.map((f) => [f, z.string()])) as Record<DealTextField, z.ZodString>),
    status: z.enum(DEAL_STATUSES, "choose a status"),
    kind: z.enum(DEAL_KINDS, "choose a kind"),
    facilities: z.array(facilityValues).max(50),
  })
  .transform(
    (v) =>
      ({
        ...Object.fromEntries(DEAL_TEXT_FIELDS.map((f) => [f, readText(f, v[f])])),
        status: v.status,
        kind: v.kind,
        facilities: v.facilities.map((f) => ({ type: f.type, city: f.city, name: f.name })),
      }) as z.input<typeof dealContentSchema>,
  )
  .pipe(dealContentSchema);

/** Words an editor selected in an article as a field's evidence. */
export const evidenceSelectionSchema = z
  .object({
    field: z.string().min(1).max(40),
    articleId: z.number().int().positive(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((e) => e.end > e.start, "evidence must cover at least one character");

export type EvidenceSelection = z.infer<typeof evidenceSelectionSchema>;

/** What the edit form posts (as one JSON field): the values, the version it started from, new evidence. */
export const dealEditPayloadSchema = z.object({
  values: z.unknown(),
  version: z.number().int().positive(),
  evidence: z.array(evidenceSelectionSchema).max(200),
  // the editor confirmed an announcement year outside 1900–2100 (the form asks)
  confirmedYear: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional(),
});
