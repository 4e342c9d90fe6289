import { AppError } from "../errors";
import { dealContentSchema } from "../schemas/deal";
import { readDealState } from "./deal-state";
import { prisma } from "./prisma";
import { writeDealChange, type Actor } from "./write-deal-change";

/**
 * Brings back the content and review state a deal had at an earlier revision. History
 * is never rewritten: the restore is a new revision, and can itself be undone.
 */
export async function restoreDealRevision(dealId: number, revisionId: number, actor: Actor): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, dealId }, select: { snapshot: true } });
    if (!revision) throw new AppError("not_found", "That revision does not belong to this deal.");
    const stored = JSON.parse(revision.snapshot) as Record<string, unknown>;
    const content = dealContentSchema.parse(stored);
    const before = await readDealState(tx, dealId);
    const reviewState = typeof stored.reviewState === "string" ? stored.reviewState : before.snapshot.reviewState;
    return writeDealChange(tx, before, {
      action: "restore", actor, markEdited: true,
      after: { ...content, reviewState, deleted: before.snapshot.deleted },
    });
  });
}
