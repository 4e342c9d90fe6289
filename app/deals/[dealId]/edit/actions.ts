"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { updateDeal } from "@/lib/data/update-deal";
import { fillFromSelection, FILLABLE_FIELDS, type FillableField, type SelectionFill } from "@/lib/deal-form-fill";
import { parseDealForm, type DealFormState } from "@/lib/deal-form-input";
import { isAppError } from "@/lib/errors";
import { isFormData, MALFORMED_REQUEST, recordIdArg, selectionArgs } from "@/lib/schemas/action-args";

export async function saveDealAction(dealIdArg: number, _prev: DealFormState, formData: FormData): Promise<DealFormState> {
  const id = recordIdArg.safeParse(dealIdArg);
  if (!id.success || !isFormData(formData)) return { message: MALFORMED_REQUEST, fieldErrors: {}, conflict: null };
  const dealId = id.data;
  const parsed = parseDealForm(formData);
  if (!parsed.ok) return parsed.state;
  try {
    const user = await requireRole("editor");
    const result = await updateDeal({ dealId, expectedVersion: parsed.version, content: parsed.content, evidence: parsed.evidence }, user);
    if (result.status === "conflict") {
      return { message: "Someone saved this deal while you were editing it. Nothing of yours was saved yet: see what changed below.", fieldErrors: {}, conflict: result.conflict };
    }
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors ?? {}, conflict: null };
    throw error;
  }
  revalidatePath(`/deals/${dealId}`);
  redirect(`/deals/${dealId}?saved=1`);
}

/** Reads selected article words for one field with the extraction engine (kept on the server: its word lists are large). */
export async function interpretSelectionAction(...args: [field: string, text: string, language: string | null, published: string | null, current: string]): Promise<SelectionFill> {
  await requireRole("editor");
  const parsed = selectionArgs.safeParse(args);
  if (!parsed.success) return {};
  const [field, text, language, published, current] = parsed.data;
  if (!(FILLABLE_FIELDS as readonly string[]).includes(field)) return {};
  return fillFromSelection(field as FillableField, text, language, published, current);
}
