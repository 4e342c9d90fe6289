import type { DealConflict } from "./data/update-deal";
import { refused, zodFieldErrors, type ActionState } from "./form-state";
import type { DealContent } from "./schemas/deal";
import { dealEditPayloadSchema, dealFormSchema, type EvidenceSelection } from "./schemas/deal-form";

/** What the deal form's actions answer when they do not redirect: with the edit conflict, if any. */
export type DealFormExtra = { conflict: DealConflict | null };
export type DealFormState = ActionState<DealFormExtra>;

export type ParsedDealForm =
  | { ok: true; content: DealContent; version: number; evidence: EvidenceSelection[] }
  | { ok: false; state: DealFormState };

const REFUSED = (message: string, fieldErrors: Record<string, string[]> = {}): ParsedDealForm =>
  ({ ok: false, state: { ...refused(message, fieldErrors), conflict: null } });

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
  if (!values.success) return REFUSED("Nothing was saved: correct the fields marked below.", zodFieldErrors(values.error));
  return { ok: true, content: values.data, version: envelope.data.version, evidence: envelope.data.evidence };
}
