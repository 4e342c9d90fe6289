"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { updateDeal } from "@/lib/data/update-deal";
import { fillFromSelection, type SelectionFill } from "@/lib/deal-form-fill";
import { FILLABLE_FIELDS, type FillableField } from "@/lib/schemas/deal-form";
import { parseDealForm, type DealFormState } from "@/lib/deal-form-input";
import { listParam, listQueryOf } from "@/lib/deals/back-to-list";
import { refused, runAction } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST, selectionArgs } from "@/lib/schemas/action-args";
import { recordIdArg } from "@/lib/schemas/record-id";

export async function saveDealAction(
  dealIdArg: number,
  listArg: string,
  _prev: DealFormState,
  formData: FormData,
): Promise<DealFormState> {
  const id = recordIdArg.safeParse(dealIdArg);
  if (!id.success || !isFormData(formData)) return { ...refused(MALFORMED_REQUEST), conflict: null };
  const dealId = id.data;
  // the list came from the page: checked again, since a bound argument is still client input
  const list = listQueryOf(typeof listArg === "string" ? listArg : undefined);
  const parsed = parseDealForm(formData);
  if (!parsed.ok) return parsed.state;
  const outcome = await runAction(async () =>
    updateDeal(
      { dealId, expectedVersion: parsed.version, content: parsed.content, evidence: parsed.evidence },
      await requireRole("editor"),
    ),
  );
  if (!outcome.ok) return { ...outcome.state, conflict: null };
  if (outcome.value.status === "conflict") {
    return {
      ...refused(
        "Someone saved this deal while you were editing it. Nothing of yours was saved yet: see what changed below.",
      ),
      conflict: outcome.value.conflict,
    };
  }
  revalidatePath(`/deals/${dealId}`);
  // list came from the page: checked again, since a bound argument is still client input
  redirect(`/deals/${dealId}?saved=1${listParam(listQueryOf(list), "&")}`);
}

/** Reads selected article words for one field with the extraction engine (kept on the server: its word lists are large). */
export async function interpretSelectionAction(
  ...args: [field: string, text: string, language: string | null, published: string | null, current: string]
): Promise<SelectionFill> {
  await requireRole("editor");
  const parsed = selectionArgs.safeParse(args);
  if (!parsed.success) return {};
  const [field, text, language, published, current] = parsed.data;
  if (!(FILLABLE_FIELDS as readonly string[]).includes(field)) return {};
  return fillFromSelection(field as FillableField, text, language, published, current);
}
