"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { createDealForArticle } from "@/lib/data/create-deal-for-article";
import { parseDealForm, type DealFormState } from "@/lib/deal-form-input";
import { refused, runAction } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import { recordIdArg } from "@/lib/schemas/record-id";

export async function createDealAction(
  articleIdArg: number,
  _prev: DealFormState,
  formData: FormData,
): Promise<DealFormState> {
  const id = recordIdArg.safeParse(articleIdArg);
  if (!id.success || !isFormData(formData)) return { ...refused(MALFORMED_REQUEST), conflict: null };
  const articleId = id.data;
  const parsed = parseDealForm(formData);
  if (!parsed.ok) return parsed.state;
  const created = await runAction(async () =>
    createDealForArticle(articleId, parsed.content, parsed.evidence, await requireRole("editor")),
  );
  if (!created.ok) return { ...created.state, conflict: null };
  revalidatePath(`/articles/${articleId}`);
  redirect(`/deals/${created.value}`);
}
