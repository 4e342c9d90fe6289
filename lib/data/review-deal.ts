import { AppError } from "../errors";
import { DELETED_READ_ONLY } from "./update-deal";
import { readDealState } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { writeDealChange, type Actor } from "./write-deal-change";

export type ReviewDecision = "verified" | "rejected";

async function setReviewState(dealId: number, reviewState: ReviewDecision, actor: Actor): Promise<number> {
  return writeTransaction(async (tx) => {
    const before = await readDealState(tx, dealId);
    if (before.deletedAt) throw new AppError("conflict", DELETED_READ_ONLY);
    const action = reviewState === "verified" ? "verify" : "reject";
    return writeDealChange(tx, before, { action, actor, after: { ...before.snapshot, reviewState } });
  });
}

/** An editor confirms the deal as extracted (or as corrected): one revision, "verify". */
export function verifyDeal(dealId: number, actor: Actor): Promise<number> {
  return setReviewState(dealId, "verified", actor);
}

/** An editor says the deal is not a real investment: it stays, marked rejected. */
export function rejectDeal(dealId: number, actor: Actor): Promise<number> {
  return setReviewState(dealId, "rejected", actor);
}

/**
 * Undoes a verify or reject (the review queue's Undo): the deal goes back to
 * unreviewed with a revision of its own, so the history shows both steps.
 */
export function reopenDeal(dealId: number, actor: Actor): Promise<number> {
  return writeTransaction(async (tx) => {
    const before = await readDealState(tx, dealId);
    if (before.snapshot.reviewState === "unreviewed") return before.version;
    return writeDealChange(tx, before, {
      action: "reopen",
      actor,
      after: { ...before.snapshot, reviewState: "unreviewed" },
    });
  });
}
