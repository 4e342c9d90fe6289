import { z } from "zod";

export const DEAL_STATUSES = ["announced", "proposed", "completed"] as const;
export const DEAL_KINDS = [
  "greenfield",
  "expansion",
  "joint_venture",
  "stake",
  "acquisition",
  "partnership",
  "other",
] as const;
export const FACILITY_TYPES = [
  "factory",
  "data_center",
  "logistics_center",
  "export_center",
  "rnd_center",
  "office",
  "retail",
  "energy",
  "mine",
  "infrastructure",
  "real_estate",
  "other",
] as const;
export const REVIEW_STATES = ["unreviewed", "verified", "rejected"] as const;

export type DealStatus = (typeof DEAL_STATUSES)[number];
export type DealKind = (typeof DEAL_KINDS)[number];
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === "" ? null : s))
    .nullable();

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "use a two-letter ISO 3166 country code, e.g. TR");
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "use a three-letter ISO 4217 currency code, e.g. USD");
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Whether a YYYY-MM-DD names a day the calendar has (no 30 February, 29 February only in leap years). */
function isCalendarDay(value: string): boolean {
  if (value.length < 10) return true;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** YYYY, YYYY-MM or YYYY-MM-DD; the length is the precision. Only real days, years 1900–2100. */
export const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: "use YYYY, YYYY-MM or YYYY-MM-DD",
    abort: true,
  })
  .refine(
    (v) => {
      const y = Number(v.slice(0, 4));
      return y >= MIN_YEAR && y <= MAX_YEAR;
    },
    { message: `use a year from ${MIN_YEAR} to ${MAX_YEAR}`, abort: true },
  )
  .refine(isCalendarDay, "this day does not exist in the calendar (check the day of the month)");

export const facilitySchema = z.object({
  type: z.enum(FACILITY_TYPES),
  city: optionalText(120),
  name: optionalText(200).optional().default(null),
});

export const evidenceSchema = z
  .object({
    field: z.string().min(1).max(40),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((e) => e.end >= e.start, "evidence must end after it starts");

/**
 * A deal's content: what the extractor produces and what an editor may change. The
 * one source of the deal's fields: DEAL_FIELDS, the DTO, the form, the exports and the
 * SQL column lists derive from it (lib/schemas/deal-contract.test.ts checks each layer).
 */
export const dealContentShape = z.object({
  investor: z.string().trim().min(1, "name the investor").max(200),
  via: optionalText(200),
  investorCountry: countryCode.nullable(),
  targetCountry: countryCode,
  amount: z
    .number({ error: "write the amount as a number, e.g. 450000000" })
    .positive("the amount must be positive")
    .finite()
    .nullable(),
  currency: currencyCode.nullable(),
  amountText: optionalText(200),
  announcedOn: partialDate.nullable(),
  status: z.enum(DEAL_STATUSES),
  kind: z.enum(DEAL_KINDS),
  stakePercent: z
    .number({ error: "write the stake as a number of percent, e.g. 51" })
    .min(0)
    .max(100, "a stake is at most 100 %")
    .nullable(),
  partners: z.array(z.string().trim().min(1).max(200)).max(50),
  facilities: z.array(facilitySchema).max(50),
});

export const dealContentSchema = dealContentShape.refine(
  (d) => (d.amount === null) === (d.currency === null) || d.amount === null,
  {
    message: "an amount needs a currency",
    path: ["currency"],
  },
);

export type DealContent = z.infer<typeof dealContentSchema>;

/** The deal's fields, in the schema's order. */
export const dealFieldSchema = dealContentShape.keyof();
export const DEAL_FIELDS = dealFieldSchema.options;
export type DealField = keyof DealContent;

/** Exactly the content fields of anything that has them (a DTO, an extracted record), nothing else. */
export function pickContent(value: DealContent): DealContent {
  return Object.fromEntries(DEAL_FIELDS.map((f) => [f, value[f]])) as DealContent;
}

/** What the importer stores for one extracted deal. */
export const extractedDealSchema = z.object({
  content: dealContentSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});

export type ExtractedDealInput = z.infer<typeof extractedDealSchema>;
