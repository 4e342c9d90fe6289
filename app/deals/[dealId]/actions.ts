"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/schemas/user";
import { deleteDeal, undeleteDeal } from "@/lib/data/delete-deal";
import { restoreDealRevision } from "@/lib/data/restore-deal-revision";
import { rejectDeal, reopenDeal, verifyDeal } from "@/lib/data/review-deal";
import { AppError } from "@/lib/errors";
import { INCOMPLETE_REQUEST, refused, runAction, type ActionState } from "@/lib/form-state";
import { isFormData } from "@/lib/schemas/action-args";
import { dealActionSchema, type DealActionInput } from "@/lib/schemas/deal-action";

type Operation = (input: DealActionInput, user: SessionUser) => Promise<unknown>;

/** Every deal button: editor role checked on the server, input parsed, one data call, then back to the page. */
async function run(formData: FormData, operation: Operation): Promise<ActionState> {
  const parsed = dealActionSchema.safeParse(isFormData(formData) ? Object.fromEntries(formData) : null);
  if (!parsed.success) return refused(INCOMPLETE_REQUEST);
  const outcome = await runAction(async () => operation(parsed.data, await requireRole("editor")));
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/deals/${parsed.data.dealId}`);
  revalidatePath("/review");
  redirect(parsed.data.next ?? `/deals/${parsed.data.dealId}`);
}

export async function verifyDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => verifyDeal(i.dealId, user));
}

export async function rejectDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => rejectDeal(i.dealId, user));
}

/** Undo of a verify or reject in the review queue: back to unreviewed. */
export async function reopenDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => reopenDeal(i.dealId, user));
}

export async function deleteDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => deleteDeal(i.dealId, user));
}

export async function undeleteDealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => undeleteDeal(i.dealId, user));
}

export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, (i, user) => {
    if (!i.revisionId) throw new AppError("invalid_input", "Choose the version to restore.");
    return restoreDealRevision(i.dealId, i.revisionId, user);
  });
}
