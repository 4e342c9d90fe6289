"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { deleteDeal, undeleteDeal } from "@/lib/data/delete-deal";
import { restoreDealRevision } from "@/lib/data/restore-deal-revision";
import { rejectDeal, verifyDeal } from "@/lib/data/review-deal";
import { AppError, isAppError } from "@/lib/errors";
import type { ActionMessage } from "@/lib/form-state";
import { isFormData } from "@/lib/schemas/action-args";
import { dealActionSchema, type DealActionInput } from "@/lib/schemas/deal-action";

type Operation = (input: DealActionInput, user: SessionUser) => Promise<unknown>;

/** Every deal button: editor role checked on the server, input parsed, one data call, then back to the page. */
async function run(formData: FormData, operation: Operation): Promise<ActionMessage> {
  const parsed = dealActionSchema.safeParse(isFormData(formData) ? Object.fromEntries(formData) : null);
  if (!parsed.success) return { message: "The request was incomplete: reload the page and try again." };
  try {
    await operation(parsed.data, await requireRole("editor"));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  revalidatePath(`/deals/${parsed.data.dealId}`);
  revalidatePath("/review");
  redirect(parsed.data.next ?? `/deals/${parsed.data.dealId}`);
}

export async function verifyDealAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  return run(formData, (i, user) => verifyDeal(i.dealId, user));
}

export async function rejectDealAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  return run(formData, (i, user) => rejectDeal(i.dealId, user));
}

export async function deleteDealAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  return run(formData, (i, user) => deleteDeal(i.dealId, user));
}

export async function undeleteDealAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  return run(formData, (i, user) => undeleteDeal(i.dealId, user));
}

export async function restoreRevisionAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  return run(formData, (i, user) => {
    if (!i.revisionId) throw new AppError("invalid_input", "Choose the version to restore.");
    return restoreDealRevision(i.dealId, i.revisionId, user);
  });
}
