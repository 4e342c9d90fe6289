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
