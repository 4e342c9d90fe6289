import { readDealState } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { writeDealChange, type Actor } from "./write-deal-change";

async function setDeleted(dealId: number, deleted: boolean, actor: Actor): Promise<number> {
  return writeTransaction(async (tx) => {
    const before = await readDealState(tx, dealId);
    if (before.snapshot.deleted === deleted) return before.version;
    return writeDealChange(tx, before, {
      action: deleted ? "delete" : "undelete",
      actor,
      after: { ...before.snapshot, deleted },
    });
  });
}

/** Soft delete: the deal disappears from lists and search but keeps its history and can come back. */
export function deleteDeal(dealId: number, actor: Actor): Promise<number> {
  return setDeleted(dealId, true, actor);
}

export function undeleteDeal(dealId: number, actor: Actor): Promise<number> {
  return setDeleted(dealId, false, actor);
}
