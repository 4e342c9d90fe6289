import { AppError } from "../errors";
import { dealContentSchema } from "../schemas/deal";
import { DELETED_READ_ONLY } from "./update-deal";
import { readDealState } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { writeDealChange, type Actor } from "./write-deal-change";

/**
 * Brings back the content and review state a deal had at an earlier revision. History
 * is never rewritten: the restore is a new revision, and can itself be undone.
 */
export async function restoreDealRevision(dealId: number, revisionId: number, actor: Actor): Promise<number> {
  return writeTransaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, dealId }, select: { snapshot: true } });
    if (!revision) throw new AppError("not_found", "That revision does not belong to this deal.");
    const stored = JSON.parse(revision.snapshot) as Record<string, unknown>;
    const content = dealContentSchema.parse(stored);
    const before = await readDealState(tx, dealId);
    if (before.deletedAt) throw new AppError("conflict", DELETED_READ_ONLY);
    const reviewState = typeof stored.reviewState === "string" ? stored.reviewState : before.snapshot.reviewState;
    return writeDealChange(tx, before, {
      action: "restore",
      actor,
      markEdited: true,
      after: { ...content, reviewState, deleted: before.snapshot.deleted },
    });
  });
}
