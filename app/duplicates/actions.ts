"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { dismissDuplicate } from "@/lib/data/dismiss-duplicate";
import { addInvestorAlias } from "@/lib/data/investor-aliases";
import { mergeDeals, type MergeChoices } from "@/lib/data/merge-deals";
import { INCOMPLETE_REQUEST, NO_MESSAGE, refused, runAction, zodFieldErrors, type ActionState } from "@/lib/form-state";
import { duplicateActionSchema, investorAliasSchema, MERGE_FIELDS, mergeFormSchema } from "@/lib/schemas/deal-merge";

/** Merges the two deals of a pair (or any two deals) with the editor's choice per field. */
export async function mergeDealsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = mergeFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? INCOMPLETE_REQUEST);
  const { keepId, mergeId } = parsed.data;
  const choices: MergeChoices = Object.fromEntries(MERGE_FIELDS.map((f) => [f, parsed.data[f] ?? "keep"]));
  const outcome = await runAction(async () => mergeDeals({ keepId, mergeId, choices }, await requireRole("editor")));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/duplicates");
  revalidatePath(`/deals/${keepId}`);
  revalidatePath(`/deals/${mergeId}`);
  redirect(`/duplicates?done=merged&deal=${keepId}`);
}

/** The editor says the pair are two deals: it leaves the queue. */
export async function dismissDuplicateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = duplicateActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(INCOMPLETE_REQUEST);
  const outcome = await runAction(async () => dismissDuplicate(parsed.data.candidateId, await requireRole("editor")));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/duplicates");
  redirect("/duplicates?done=dismissed");
}

/** Adds an investor alias the matcher uses from the next import on. */
export async function addInvestorAliasAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = investorAliasSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused("Check the names.", zodFieldErrors(parsed.error));
  const outcome = await runAction(async () =>
    addInvestorAlias(parsed.data.alias, parsed.data.canonical, await requireRole("editor")),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/duplicates");
  return { ...NO_MESSAGE, done: `“${outcome.value.alias}” now names ${outcome.value.canonical}.` };
}
