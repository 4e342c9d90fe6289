import type { DealConflict } from "./data/update-deal";
import { refused, zodFieldErrors, type ActionState } from "./form-state";
import type { DealContent } from "./schemas/deal";
import { MAX_YEAR, MIN_YEAR } from "./schemas/deal";
import { dealEditPayloadSchema, dealFormSchema, type EvidenceSelection } from "./schemas/deal-form";

/**
 * What the deal form's actions answer when they do not redirect: with the edit conflict,
 * if any, and `unusualYear`: the announcement's year is outside MIN_YEAR–MAX_YEAR; the
 * form asks the editor to confirm it, and a save that confirms that year stores it.
 */
export type DealFormExtra = { conflict: DealConflict | null; unusualYear?: string | null };
export type DealFormState = ActionState<DealFormExtra>;

export type ParsedDealForm =
  | { ok: true; content: DealContent; version: number; evidence: EvidenceSelection[] }
  | { ok: false; state: DealFormState };

const REFUSED = (message: string, fieldErrors: Record<string, string[]> = {}): ParsedDealForm => ({
  ok: false,
  state: { ...refused(message, fieldErrors), conflict: null },
});

/** The form posts one JSON field, "payload"; both the envelope and the values are parsed by the shared schemas. */
export function parseDealForm(formData: FormData): ParsedDealForm {
  let raw: unknown;
  try {
    raw = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return REFUSED("The form's data could not be read: reload the page and try again.");
  }
  const envelope = dealEditPayloadSchema.safeParse(raw);
  if (!envelope.success) return REFUSED("The form's data was incomplete: reload the page and try again.");
  const values = dealFormSchema.safeParse(envelope.data.values);
  const { version, evidence, confirmedYear } = envelope.data;
  if (values.success) return { ok: true, content: values.data, version, evidence };
  const fieldErrors = zodFieldErrors(values.error);
  const year = unusualYearOf(envelope.data.values, fieldErrors);
  if (year === null) return REFUSED("Nothing was saved: correct the fields marked below.", fieldErrors);
  if (confirmedYear === year) {
    // confirmed: checked as if its year were in range (one with the same leap days), then stored as typed
    const raw = envelope.data.values as { announcedOn: string };
    const date = raw.announcedOn.trim();
    const stand = dealFormSchema.safeParse({
      ...raw,
      announcedOn: `${isLeapYear(Number(year)) ? "2000" : "2001"}${date.slice(4)}`,
    });
    if (stand.success) return { ok: true, content: { ...stand.data, announcedOn: date }, version, evidence };
    return REFUSED("Nothing was saved: correct the fields marked below.", zodFieldErrors(stand.error));
  }
  const message = `${year} is outside ${MIN_YEAR}–${MAX_YEAR}: correct the year, or confirm that ${year} is right and save again`;
  return {
    ok: false,
    state: {
      message: "Nothing was saved: check the fields marked below.",
      fieldErrors: { ...fieldErrors, announcedOn: [message] },
      conflict: null,
      unusualYear: year,
    },
  };
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The year of the announcement date when the year's range is what the date was refused for (a well-formed date). */
function unusualYearOf(values: unknown, fieldErrors: Record<string, string[]>): string | null {
  const errors = fieldErrors.announcedOn ?? [];
  if (!errors.some((e) => e.startsWith("use a year from"))) return null;
  const date = typeof values === "object" && values !== null ? (values as { announcedOn?: unknown }).announcedOn : null;
  return typeof date === "string" && /^\d{4}/.test(date.trim()) ? date.trim().slice(0, 4) : null;
}
