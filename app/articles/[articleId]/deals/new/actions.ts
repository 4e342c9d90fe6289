"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { createDealForArticle } from "@/lib/data/create-deal-for-article";
import { parseDealForm, type DealFormState } from "@/lib/deal-form-input";
import { isAppError } from "@/lib/errors";
import { isFormData, MALFORMED_REQUEST, recordIdArg } from "@/lib/schemas/action-args";

export async function createDealAction(articleIdArg: number, _prev: DealFormState, formData: FormData): Promise<DealFormState> {
  const id = recordIdArg.safeParse(articleIdArg);
  if (!id.success || !isFormData(formData)) return { message: MALFORMED_REQUEST, fieldErrors: {}, conflict: null };
  const articleId = id.data;
  const parsed = parseDealForm(formData);
  if (!parsed.ok) return parsed.state;
  let dealId: number;
  try {
    const user = await requireRole("editor");
    dealId = await createDealForArticle(articleId, parsed.content, parsed.evidence, user);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors ?? {}, conflict: null };
    throw error;
  }
  revalidatePath(`/articles/${articleId}`);
  redirect(`/deals/${dealId}`);
}
