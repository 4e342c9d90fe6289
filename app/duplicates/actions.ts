"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { dismissDuplicate } from "@/lib/data/dismiss-duplicate";
import { addInvestorAlias } from "@/lib/data/investor-aliases";
import { mergeDeals, type MergeChoices } from "@/lib/data/merge-deals";
import { isAppError } from "@/lib/errors";
import type { ActionMessage } from "@/lib/form-state";
import { duplicateActionSchema, investorAliasSchema, MERGE_FIELDS, mergeFormSchema } from "@/lib/schemas/deal-merge";

function messageOf(error: unknown): ActionMessage {
  if (isAppError(error)) return { message: error.message };
  throw error;
}

/** Merges the two deals of a pair (or any two deals) with the editor's choice per field. */
export async function mergeDealsAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const parsed = mergeFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The request was incomplete: reload the page and try again." };
  const { keepId, mergeId } = parsed.data;
  const choices: MergeChoices = Object.fromEntries(MERGE_FIELDS.map((f) => [f, parsed.data[f] ?? "keep"]));
  try {
    await mergeDeals({ keepId, mergeId, choices }, await requireRole("editor"));
  } catch (error) {
    return messageOf(error);
  }
  revalidatePath("/duplicates");
  revalidatePath(`/deals/${keepId}`);
  revalidatePath(`/deals/${mergeId}`);
  redirect(`/duplicates?done=merged&deal=${keepId}`);
}

/** The editor says the pair are two deals: it leaves the queue. */
export async function dismissDuplicateAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const parsed = duplicateActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "The request was incomplete: reload the page and try again." };
  try {
    await dismissDuplicate(parsed.data.candidateId, await requireRole("editor"));
  } catch (error) {
    return messageOf(error);
  }
  revalidatePath("/duplicates");
  redirect("/duplicates?done=dismissed");
}

export type AliasFormState = ActionMessage & { fieldErrors?: Record<string, string[]>; done?: string | null };

/** Adds an investor alias the matcher uses from the next import on. */
export async function addInvestorAliasAction(_prev: AliasFormState, formData: FormData): Promise<AliasFormState> {
  const parsed = investorAliasSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { message: "Check the names.", fieldErrors };
  }
  try {
    const row = await addInvestorAlias(parsed.data.alias, parsed.data.canonical, await requireRole("editor"));
    revalidatePath("/duplicates");
    return { message: null, done: `“${row.alias}” now names ${row.canonical}.` };
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
