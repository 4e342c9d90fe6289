"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { splitDealSource } from "@/lib/data/split-deal-source";
import { undoLinkChange } from "@/lib/data/undo-link-change";
import { isAppError } from "@/lib/errors";
import type { ActionMessage } from "@/lib/form-state";
import { splitActionSchema, undoLinkActionSchema } from "@/lib/schemas/deal-merge";

/** Moves one source article out of the deal into a deal of its own, then shows the new deal. */
export async function splitDealSourceAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const parsed = splitActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "The request was incomplete: reload the page and try again." };
  let newId: number;
  try {
    newId = await splitDealSource(parsed.data.dealId, parsed.data.articleId, await requireRole("editor"));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  revalidatePath(`/deals/${parsed.data.dealId}`);
  redirect(`/deals/${newId}`);
}

/** Takes a merge or a split back, from either deal's history. */
export async function undoLinkChangeAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const parsed = undoLinkActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "The request was incomplete: reload the page and try again." };
  let dealIds: number[];
  try {
    ({ dealIds } = await undoLinkChange(parsed.data.linkChangeId, await requireRole("editor")));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  for (const id of dealIds) revalidatePath(`/deals/${id}`);
  revalidatePath("/duplicates");
  redirect(`/deals/${parsed.data.dealId}`);
}
