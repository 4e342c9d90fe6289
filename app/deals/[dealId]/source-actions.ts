"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { splitDealSource } from "@/lib/data/split-deal-source";
import { undoLinkChange } from "@/lib/data/undo-link-change";
import { INCOMPLETE_REQUEST, refused, runAction, type ActionState } from "@/lib/form-state";
import { splitActionSchema, undoLinkActionSchema } from "@/lib/schemas/deal-merge";

/** Moves one source article out of the deal into a deal of its own, then shows the new deal. */
export async function splitDealSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = splitActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(INCOMPLETE_REQUEST);
  const outcome = await runAction(async () =>
    splitDealSource(parsed.data.dealId, parsed.data.articleId, await requireRole("editor")),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/deals/${parsed.data.dealId}`);
  redirect(`/deals/${outcome.value}`);
}

/** Takes a merge or a split back, from either deal's history. */
export async function undoLinkChangeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = undoLinkActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(INCOMPLETE_REQUEST);
  const outcome = await runAction(async () => undoLinkChange(parsed.data.linkChangeId, await requireRole("editor")));
  if (!outcome.ok) return outcome.state;
  for (const id of outcome.value.dealIds) revalidatePath(`/deals/${id}`);
  revalidatePath("/duplicates");
  redirect(`/deals/${parsed.data.dealId}`);
}
